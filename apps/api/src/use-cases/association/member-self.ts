import {
  ASSEMBLY_KIND_LABELS,
  ASSEMBLY_STATUS_LABELS,
  type AssemblyKind,
  type AssemblyStatus,
  type AssociationAssembliesRepository,
  type AssociationMembersRepository,
  type AssociationSettingsRepository,
  type Attendance,
  type CptsRepository,
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

/** What a professional's own memberships are read from. */
export interface MemberSelfPorts {
  members: Pick<AssociationMembersRepository, 'byIdNatPs' | 'duesOf'>;
  cpts: Pick<CptsRepository, 'get'>;
  associationSettings: Pick<AssociationSettingsRepository, 'category'>;
  assemblies: Pick<AssociationAssembliesRepository, 'assembliesOfVoters'>;
}

/**
 * The memberships (any status), dues and category of a professional across CPTS, keyed by their
 * national id (users.id_nat_ps). Own data only: callers pass the signed-in user's id.
 */
export async function listMembershipsOfProfessional(
  ports: Pick<MemberSelfPorts, 'members' | 'cpts' | 'associationSettings'>,
  idNatPs: string,
  today: string,
): Promise<OwnMembership[]> {
  const members = await ports.members.byIdNatPs(idNatPs);
  const dues = await ports.members.duesOf(members.map((m) => m.id));
  const year = Number(today.slice(0, 4));
  return Promise.all(
    members.map(async (m) => {
      const cpts = await ports.cpts.get(m.cptsId);
      const category = m.categoryId ? await ports.associationSettings.category(m.cptsId, m.categoryId) : null;
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
export async function listAssembliesOfProfessional(
  ports: Pick<MemberSelfPorts, 'members' | 'assemblies'>,
  idNatPs: string,
): Promise<OwnAssembly[]> {
  const members = await ports.members.byIdNatPs(idNatPs);
  const rows = await ports.assemblies.assembliesOfVoters(members.map((m) => m.id));
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
