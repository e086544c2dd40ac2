import {
  createAssociationAssembliesRepository,
  createAssociationMembersRepository,
  createAssociationSettingsRepository,
  createCptsRepository,
  type Db,
} from '@maillon/db';
import {
  ASSEMBLY_KIND_LABELS,
  ASSEMBLY_STATUS_LABELS,
  type AssemblyKind,
  type AssemblyStatus,
  type Attendance,
  type DuesStatus,
  duesStatus,
  MEMBER_STATUS_LABELS,
  type MemberStatus,
} from '@maillon/domain';

/** One membership of a professional, as they see it themselves (member portal). */
export interface OwnMembership {
  memberId: string;
  cpts: { id: string; name: string; isDemo: boolean };
  status: MemberStatus;
  statusLabel: string;
  category: { name: string; voting: boolean; yearlyDuesCents: number } | null;
  requestedAt: string;
  joinedOn: string | null;
  leftOn: string | null;
  dues: { year: number; status: DuesStatus; amountCents: number; paidOn: string | null; receiptNumber: string | null }[];
}

export interface OwnAssembly {
  assemblyId: string;
  cptsId: string;
  kind: AssemblyKind;
  kindLabel: string;
  title: string;
  scheduledAt: string;
  location: string | null;
  status: AssemblyStatus;
  statusLabel: string;
  attendance: Attendance;
}

/**
 * The memberships (any status), dues and category of a professional across CPTS, keyed by their
 * national id (users.id_nat_ps). Own data only: callers pass the signed-in user's id.
 */
export async function listMembershipsOfProfessional(db: Db, idNatPs: string, today: string): Promise<OwnMembership[]> {
  const repo = createAssociationMembersRepository(db);
  const members = await repo.byIdNatPs(idNatPs);
  const dues = await repo.duesOf(members.map((m) => m.id));
  const cptsRepo = createCptsRepository(db);
  const settings = createAssociationSettingsRepository(db);
  const year = Number(today.slice(0, 4));
  return Promise.all(
    members.map(async (m) => {
      const cpts = await cptsRepo.get(m.cptsId);
      const category = m.categoryId ? await settings.category(m.cptsId, m.categoryId) : null;
      const own = dues.filter((d) => d.memberId === m.id);
      const years = m.status === 'active' && !own.some((d) => d.year === year) ? [{ year, row: null }] : [];
      return {
        memberId: m.id,
        cpts: { id: m.cptsId, name: cpts?.name ?? '', isDemo: cpts?.isDemo ?? false },
        status: m.status,
        statusLabel: MEMBER_STATUS_LABELS[m.status],
        category: category ? { name: category.name, voting: category.voting, yearlyDuesCents: category.yearlyDuesCents } : null,
        requestedAt: m.requestedAt.toISOString(),
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
        dues: [
          ...years.map(({ year: y }) => ({
            year: y,
            status: duesStatus(null, category?.yearlyDuesCents ?? 0),
            amountCents: category?.yearlyDuesCents ?? 0,
            paidOn: null,
            receiptNumber: null,
          })),
          ...own.map((d) => ({
            year: d.year,
            status: duesStatus(d, d.amountCents),
            amountCents: d.amountCents,
            paidOn: d.paidOn,
            receiptNumber: d.receiptNumber,
          })),
        ],
      };
    }),
  );
}

/** Assemblies where the professional is on the frozen voter list, latest first. */
export async function listAssembliesOfProfessional(db: Db, idNatPs: string): Promise<OwnAssembly[]> {
  const members = await createAssociationMembersRepository(db).byIdNatPs(idNatPs);
  const rows = await createAssociationAssembliesRepository(db).assembliesOfVoters(members.map((m) => m.id));
  return rows.map((a) => ({
    assemblyId: a.id,
    cptsId: a.cptsId,
    kind: a.kind,
    kindLabel: ASSEMBLY_KIND_LABELS[a.kind],
    title: a.title,
    scheduledAt: a.scheduledAt.toISOString(),
    location: a.location,
    status: a.status,
    statusLabel: ASSEMBLY_STATUS_LABELS[a.status],
    attendance: a.attendance,
  }));
}
