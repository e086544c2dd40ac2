import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { as, type Session, TEST_NOW, type TestApp } from './harness.ts';

/** A general practitioner of the directory (RPPS) with a local account holding their national id. */
export async function addGp(t: TestApp, options: { idNatPs: string; lastName: string; unitCode: string }): Promise<Session> {
  const db = t.ctx.database.db;
  await db.insert(schema.professionals).values({
    idNatPs: options.idNatPs,
    idType: '8',
    identifier: options.idNatPs.slice(1),
    lastName: options.lastName,
    firstName: 'Camille',
    professionCode: '10',
    professionLabel: 'Médecin',
    updatedAt: TEST_NOW,
  });
  await db.insert(schema.professionalActivities).values({
    idNatPs: options.idNatPs,
    activityKey: `cab-${options.unitCode}`,
    professionCode: '10',
    specialtyCode: 'SM54',
    specialtyLabel: 'Médecine générale',
    generalPractice: true,
    unitCode: options.unitCode,
    townLabel: 'Commune test',
    structureName: 'Cabinet test',
  });
  const email = `gp.${options.lastName.toLowerCase()}@test.fr`;
  const userId = await t.addUser(email, []);
  await db.update(schema.users).set({ idNatPs: options.idNatPs }).where(eq(schema.users.id, userId));
  return t.login(email);
}

export const CAPACITY = {
  availableNow: 2,
  perMonth: 3,
  unitCodes: null,
  maxDistanceKm: null,
  maxTier: 'departement',
  minAge: null,
  maxAge: null,
  homeVisits: false,
} as const;

/** Declares a capacity for a GP session to a CPTS through the API. */
export async function declare(t: TestApp, session: Session, cptsId: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'PUT', url: `/api/gp/capacity/${cptsId}`, payload: body, ...as(session) });
}
