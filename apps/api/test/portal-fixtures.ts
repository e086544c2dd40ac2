import { type Db, schema } from '@maillon/db';
import { TEST_NOW } from './harness.ts';

/** Small builders of association data for the member-portal tests (direct inserts). */

export async function addCategory(db: Db, options: { cptsId: string; name: string; voting: boolean }): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insert(schema.membershipCategories)
    .values({ id, cptsId: options.cptsId, name: options.name, voting: options.voting, yearlyDuesCents: 5000 });
  return id;
}

export async function addMember(
  db: Db,
  options: { cptsId: string; idNatPs: string; categoryId: string | null; status: string; joinedOn?: string | null; leftOn?: string | null },
): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(schema.members).values({
    id,
    cptsId: options.cptsId,
    kind: 'professional',
    idNatPs: options.idNatPs,
    displayName: `Professionnel ${options.idNatPs}`,
    professionLabel: 'Médecin',
    categoryId: options.categoryId,
    status: options.status,
    requestedAt: new Date('2025-01-10T09:00:00Z'),
    joinedOn: options.joinedOn ?? null,
    leftOn: options.leftOn ?? null,
    contactEmail: `pro-${options.idNatPs}@exemple.fr`,
  });
  return id;
}

export async function addDues(db: Db, options: { memberId: string; year: number; paidOn: string | null; receiptNumber: string | null }) {
  await db.insert(schema.dues).values({ id: crypto.randomUUID(), amountCents: 5000, ...options });
}

export async function addAssembly(
  db: Db,
  options: { cptsId: string; title: string; status: 'convened' | 'open' | 'closed'; voters?: { memberId: string; attendance: string }[] },
): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(schema.assemblies).values({
    id,
    cptsId: options.cptsId,
    kind: 'ordinary',
    title: options.title,
    scheduledAt: new Date('2026-12-15T18:00:00Z'),
    location: 'Salle des fêtes',
    agenda: 'Rapport moral ; comptes',
    status: options.status,
    quorumPercent: 25,
    maxProxiesPerHolder: 2,
    majorityRule: 'simple',
    convenedAt: TEST_NOW,
  });
  if (options.voters && options.voters.length > 0) {
    await db.insert(schema.assemblyVoters).values(
      options.voters.map((v) => ({
        assemblyId: id,
        memberId: v.memberId,
        displayName: 'Votant',
        categoryName: 'Libéraux',
        attendance: v.attendance,
      })),
    );
  }
  return id;
}
