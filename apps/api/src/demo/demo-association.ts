import {
  createAssociationDirectoryRepository,
  createAssociationGovernanceRepository,
  createAssociationMembersRepository,
  createAssociationSettingsRepository,
  createCptsRepository,
  type Db,
} from '@maillon/db';
import type { CategoryRecord, MemberRecord } from '@maillon/domain';
import { type MandateRole, nextReceiptNumber, type StructureType } from '@maillon/domain';
import { seedDemoAssemblies } from './demo-assemblies.ts';

/** Shifts an ISO date by whole days. */
export function shiftDays(iso: string, days: number): string {
  const at = new Date(`${iso}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

const DEMO_STRUCTURES: { name: string; type: StructureType; college: 'structures' | 'partners' }[] = [
  { name: 'Maison de santé pluriprofessionnelle des Collines (démo)', type: 'msp', college: 'structures' },
  { name: 'Maison de santé du Vieux Bourg (démo)', type: 'msp', college: 'structures' },
  { name: 'Centre de santé municipal (démo)', type: 'healthCentre', college: 'structures' },
  { name: 'Équipe de soins primaires de la Vallée (démo)', type: 'primaryCareTeam', college: 'structures' },
  { name: 'Centre hospitalier de proximité (démo)', type: 'hospital', college: 'partners' },
  { name: 'Service de soins infirmiers à domicile (démo)', type: 'medicoSocial', college: 'partners' },
  { name: "Association d'usagers « Santé ensemble » (démo)", type: 'patientAssociation', college: 'partners' },
  { name: 'Commune partenaire (démo)', type: 'commune', college: 'partners' },
];

/** How many professionals the demo association takes from the territory's directory. */
const MAX_PROFESSIONALS = 70;

interface SeedOptions {
  cptsId: string;
  now: Date;
  today: string;
}

/**
 * Demo association of one CPTS (issue #3): three colleges, members taken from the demo directory
 * of its territory (structures only when the directory is empty), pending requests, dues paid
 * and unpaid with receipts, a bureau, a board and a working group, one closed assembly with its
 * votes and one convened assembly. Everything invented is labelled "(démo)"; members are flagged
 * is_demo. Runs once per CPTS (skipped when the CPTS already has categories).
 */
export async function seedDemoAssociation(db: Db, options: SeedOptions): Promise<{ created: boolean; members: number }> {
  return db.transaction(async (tx) => {
    const settings = createAssociationSettingsRepository(tx);
    if ((await settings.categories(options.cptsId)).length > 0) return { created: false, members: 0 };
    await settings.saveSettings(options.cptsId, { quorumPercent: 25, maxProxiesPerHolder: 2, majorityRule: 'simple' });
    const colleges = {
      professionals: await addCategory(tx, options.cptsId, {
        name: 'Professionnels de santé libéraux',
        voting: true,
        dues: 3000,
        position: 0,
      }),
      structures: await addCategory(tx, options.cptsId, {
        name: "Structures d'exercice coordonné",
        voting: true,
        dues: 10000,
        position: 1,
      }),
      partners: await addCategory(tx, options.cptsId, { name: 'Partenaires', voting: false, dues: 0, position: 2 }),
    };
    const members = await seedMembers(tx, options, colleges);
    await seedDues(tx, options, { members, colleges: Object.values(colleges) });
    const voting = members.filter((m) => m.status === 'active' && m.categoryId !== colleges.partners.id);
    await seedGovernance(tx, options, voting);
    await seedDemoAssemblies(tx, { ...options, voters: voting, categories: Object.values(colleges) });
    return { created: true, members: members.length };
  });
}

async function addCategory(db: Db, cptsId: string, c: { name: string; voting: boolean; dues: number; position: number }) {
  const category: CategoryRecord = {
    id: crypto.randomUUID(),
    cptsId,
    name: c.name,
    voting: c.voting,
    yearlyDuesCents: c.dues,
    position: c.position,
  };
  await createAssociationSettingsRepository(db).createCategory(category);
  return category;
}

/** Status pattern over the list: mostly members, a few pending requests, one refusal, a departure. */
function statusAt(i: number): MemberRecord['status'] {
  if (i % 17 === 5) return 'requested';
  if (i % 29 === 11) return 'refused';
  if (i % 31 === 7) return 'left';
  return 'active';
}

async function seedMembers(db: Db, options: SeedOptions, colleges: Record<'professionals' | 'structures' | 'partners', CategoryRecord>) {
  const territory = await createCptsRepository(db).unitCodes(options.cptsId);
  const professionals = await createAssociationDirectoryRepository(db).inTerritory(territory, MAX_PROFESSIONALS);
  const drafts: Omit<MemberRecord, 'status' | 'joinedOn' | 'leftOn' | 'requestedAt' | 'categoryId'>[] = [
    ...professionals.map((p) => ({
      id: crypto.randomUUID(),
      cptsId: options.cptsId,
      kind: 'professional' as const,
      idNatPs: p.idNatPs,
      finessSite: null,
      structureType: null,
      displayName: `${p.firstName} ${p.lastName}`,
      professionLabel: p.professionLabel,
      contactEmail: null,
      contactPhone: null,
      unitCode: p.unitCode,
      isDemo: true,
    })),
    ...DEMO_STRUCTURES.map((s) => ({
      id: crypto.randomUUID(),
      cptsId: options.cptsId,
      kind: 'structure' as const,
      idNatPs: null,
      finessSite: null,
      structureType: s.type,
      displayName: s.name,
      professionLabel: null,
      contactEmail: 'contact@structure.demo.invalid',
      contactPhone: null,
      unitCode: territory[0] ?? null,
      isDemo: true,
    })),
  ];
  const repo = createAssociationMembersRepository(db);
  const created: MemberRecord[] = [];
  for (const [i, draft] of drafts.entries()) {
    const status = statusAt(i);
    // Founders joined about two years ago, the others spread since; requests are recent.
    const joinedOn = shiftDays(options.today, -(760 - i * 6));
    const requestedOn = status === 'active' || status === 'left' ? shiftDays(joinedOn, -7) : shiftDays(options.today, -(3 + (i % 20)));
    const structure = DEMO_STRUCTURES.find((s) => s.name === draft.displayName);
    const college = structure ? colleges[structure.college] : colleges.professionals;
    const member: MemberRecord = {
      ...draft,
      contactEmail: draft.kind === 'professional' ? `adherent${i + 1}@demo.invalid` : draft.contactEmail,
      status,
      categoryId: status === 'requested' || status === 'refused' ? null : college.id,
      requestedAt: new Date(`${requestedOn}T09:00:00Z`),
      joinedOn: status === 'active' || status === 'left' ? joinedOn : null,
      leftOn: status === 'left' ? shiftDays(options.today, -40) : null,
    };
    await repo.create(member);
    await seedEvents(db, member, requestedOn);
    created.push(member);
  }
  return created;
}

async function seedEvents(db: Db, member: MemberRecord, requestedOn: string) {
  const repo = createAssociationMembersRepository(db);
  const at = (day: string) => new Date(`${day}T09:00:00Z`);
  const event = (kind: 'requested' | 'accepted' | 'refused' | 'left', day: string, comment: string | null = null) =>
    repo.appendEvent({ id: crypto.randomUUID(), memberId: member.id, event: kind, occurredAt: at(day), byUserId: null, comment });
  await event('requested', requestedOn, member.status === 'requested' ? "Demande d'adhésion (démo)" : null);
  if (member.joinedOn) await event('accepted', member.joinedOn);
  if (member.status === 'refused') await event('refused', shiftDays(requestedOn, 2), 'Exerce hors du territoire (démo)');
  if (member.leftOn) await event('left', member.leftOn, 'Départ en retraite (démo)');
}

/** Last year's dues nearly all paid, this year's about two thirds, numbered per year. */
async function seedDues(db: Db, options: SeedOptions, data: { members: MemberRecord[]; colleges: CategoryRecord[] }) {
  const repo = createAssociationMembersRepository(db);
  const year = Number(options.today.slice(0, 4));
  const issued: Record<number, string[]> = { [year - 1]: [], [year]: [] };
  for (const [i, member] of data.members.entries()) {
    const amount = data.colleges.find((c) => c.id === member.categoryId)?.yearlyDuesCents ?? 0;
    if (!member.joinedOn || amount === 0) continue;
    for (const y of [year - 1, year]) {
      const paid = y < year ? i % 10 !== 3 : i % 3 !== 0;
      if (Number(member.joinedOn.slice(0, 4)) > y || (member.leftOn && Number(member.leftOn.slice(0, 4)) < y)) continue;
      const planned = y < year ? `${y}-03-${String(1 + (i % 28)).padStart(2, '0')}` : shiftDays(options.today, -(5 + (i % 60)));
      // ISO dates compare as strings: never paid before joining.
      const paidOn = planned.localeCompare(member.joinedOn) < 0 ? member.joinedOn : planned;
      const receiptNumber = paid ? nextReceiptNumber(y, issued[y] ?? []) : null;
      if (receiptNumber) issued[y]?.push(receiptNumber);
      await repo.saveDues({
        id: crypto.randomUUID(),
        memberId: member.id,
        year: y,
        amountCents: amount,
        paidOn: paid ? paidOn : null,
        receiptNumber,
      });
    }
  }
}

async function seedGovernance(db: Db, options: SeedOptions, voting: MemberRecord[]) {
  const governance = createAssociationGovernanceRepository(db);
  const founded = shiftDays(options.today, -700);
  const founders = voting.filter((m) => (m.joinedOn ?? '') <= founded);
  const seats = founders.length >= 9 ? founders : voting;
  const body = async (kind: 'bureau' | 'board' | 'workingGroup', name: string, createdOn: string, roles: MandateRole[]) => {
    const id = crypto.randomUUID();
    await governance.createBody({ id, cptsId: options.cptsId, kind, name, createdOn, endedOn: null });
    for (const [i, role] of roles.entries()) {
      const member = seats[kind === 'workingGroup' ? seats.length - 1 - i : i];
      if (!member) break;
      const startOn = (member.joinedOn ?? createdOn) > createdOn ? (member.joinedOn as string) : createdOn;
      await governance.createMandate({ id: crypto.randomUUID(), bodyId: id, memberId: member.id, role, startOn, endOn: null });
    }
  };
  await body('bureau', 'Bureau', founded, ['president', 'vicePresident', 'treasurer', 'secretary']);
  await body('board', "Conseil d'administration", founded, [
    'president',
    'vicePresident',
    'treasurer',
    'secretary',
    'member',
    'member',
    'member',
    'member',
    'member',
  ]);
  await body('workingGroup', 'Groupe de travail « Soins non programmés » (démo)', shiftDays(options.today, -300), [
    'lead',
    'member',
    'member',
    'member',
  ]);
}
