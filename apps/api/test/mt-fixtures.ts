import { createMtRequestsRepository, schema } from '@maillon/db';
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

/** A waiting request (as part A's doors would file it), straight into the database. */
export async function addRequest(
  t: TestApp,
  options: {
    cptsId: string;
    lastName: string;
    unitCode: string;
    birthDate?: string;
    requestedOn?: string;
    ald?: boolean;
    source?: 'public' | 'team' | 'cpam';
    email?: string | null;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await createMtRequestsRepository(t.ctx.database.db).insert({
    id,
    cptsId: options.cptsId,
    number: `MT-2026-${id.slice(0, 4).toUpperCase()}-${id.slice(4, 8).toUpperCase()}`,
    status: 'waiting',
    source: options.source ?? 'public',
    lastName: options.lastName,
    firstName: 'Dominique',
    birthDate: options.birthDate ?? '1980-05-04',
    unitCode: options.unitCode,
    email: options.email === undefined ? `${options.lastName.toLowerCase()}@patient.test` : options.email,
    phone: null,
    ald: options.ald ?? false,
    c2s: false,
    ame: false,
    frailty: false,
    pregnancy: false,
    gpLostOn: null,
    gpLossReason: null,
    homeVisits: false,
    accessibilityNeeds: null,
    requestedOn: options.requestedOn ?? '2026-10-01',
    closedOn: null,
    mergedInto: null,
    duplicateKey: `${options.lastName.toLowerCase()}|dominique|${options.birthDate ?? '1980-05-04'}|${options.unitCode}`,
    consentedAt: null,
    isDemo: false,
    createdAt: TEST_NOW,
    createdBy: null,
    updatedAt: TEST_NOW,
  });
  return id;
}

/** Polls a run until it is no longer running (it computes in a worker after the answer). */
export async function waitForRun(t: TestApp, session: Session, cptsId: string, runId: string) {
  for (let i = 0; i < 200; i += 1) {
    const response = await t.app.inject({ method: 'GET', url: `/api/cpts/${cptsId}/mt/runs/${runId}`, ...as(session) });
    const run = response.json();
    if (run.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('matching run did not finish');
}
