import { createIdentityRepository, createMtRequestsRepository, type Db, schema } from '@maillon/db';
import { type MatchingRunRecord, type MtRequestRecord, matchPatients } from '@maillon/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { systemAuditRecorder } from '../composition/audit-recorder.ts';
import { buildUseCaseContext } from '../composition/use-case-context.ts';
import { hashPassword } from '../use-cases/auth/passwords.ts';
import { executeMatchingRun } from '../use-cases/mt-matching/matching-runs.ts';

/** Demo GP accounts (general practitioners of the demo directory) who declared capacity. */
export const DEMO_GP_ACCOUNTS = ['medecin@demo.maillon.fr', 'medecin2@demo.maillon.fr'] as const;

const DEMO_PATIENTS = [
  { lastName: 'Démo-Arnaud', birthDate: '1948-03-12', ald: true, source: 'cpam' },
  { lastName: 'Démo-Benoît', birthDate: '1961-07-01', ald: true, source: 'cpam' },
  { lastName: 'Démo-Clément', birthDate: '1952-11-23', ald: false, source: 'cpam' },
  { lastName: 'Démo-Dupuis', birthDate: '1990-05-17', ald: false, source: 'public' },
  { lastName: 'Démo-Estève', birthDate: '2016-09-02', ald: false, source: 'public' },
  { lastName: 'Démo-Fabre', birthDate: '1979-01-30', ald: false, source: 'team' },
  { lastName: 'Démo-Garnier', birthDate: '1940-06-14', ald: true, source: 'cpam' },
] as const;

function demoRequest(
  cptsId: string,
  unitCode: string,
  p: (typeof DEMO_PATIENTS)[number],
  k: number,
  now: Date,
  today: string,
): MtRequestRecord {
  const id = crypto.randomUUID();
  const requestedOn = new Date(Date.parse(`${today}T00:00:00Z`) - (20 + 11 * k) * 86_400_000).toISOString().slice(0, 10);
  return {
    id,
    cptsId,
    number: `MT-DEMO-${String(k + 1).padStart(4, '0')}`,
    status: 'waiting',
    source: p.source,
    lastName: p.lastName,
    firstName: 'Camille',
    birthDate: p.birthDate,
    unitCode,
    email: `${p.lastName
      .toLowerCase()
      .replace('démo-', 'demo-')
      .replace(/[^a-z-]/g, '')}@patient.demo.maillon.fr`,
    phone: null,
    ald: p.ald,
    c2s: false,
    ame: false,
    frailty: false,
    pregnancy: false,
    gpLostOn: null,
    gpLossReason: null,
    homeVisits: false,
    accessibilityNeeds: null,
    requestedOn,
    closedOn: null,
    mergedInto: null,
    duplicateKey: `${p.lastName.toLowerCase()}|camille|${p.birthDate}|${unitCode}`,
    consentedAt: p.source === 'public' ? now : null,
    isDemo: true,
    createdAt: now,
    createdBy: null,
    updatedAt: now,
  };
}

/**
 * The médecin-traitant demo of the coordinator's CPTS (issue #9 item 9): fictitious waiting
 * patients labelled demo when the CPTS has none, two GP accounts from the demo directory with
 * a declared capacity, and one matching run whose proposals wait for the team's review.
 * Idempotent: does nothing once a demo capacity exists.
 */
export async function ensureDemoMatching(db: Db, options: { coordinatorEmail: string; password: string; now: Date; today: string }) {
  const users = createIdentityRepository(db);
  const coordinator = await users.findUserByEmail(options.coordinatorEmail);
  const grant = coordinator ? (await users.grantsOf(coordinator.id)).find((g) => g.role === 'coordinator') : undefined;
  if (!coordinator || grant?.role !== 'coordinator') return;
  const cptsId = grant.cptsId;
  if ((await db.select().from(schema.gpCapacities).where(eq(schema.gpCapacities.cptsId, cptsId)).limit(1)).length > 0) return;
  const territory = (await db.select().from(schema.cptsUnits).where(eq(schema.cptsUnits.cptsId, cptsId))).map((u) => u.unitCode).sort();
  const gps = await db
    .selectDistinct({
      idNatPs: schema.professionalActivities.idNatPs,
      unitCode: schema.professionalActivities.unitCode,
      firstName: schema.professionals.firstName,
      lastName: schema.professionals.lastName,
    })
    .from(schema.professionalActivities)
    .innerJoin(schema.professionals, eq(schema.professionals.idNatPs, schema.professionalActivities.idNatPs))
    .where(and(eq(schema.professionalActivities.generalPractice, true), inArray(schema.professionalActivities.unitCode, territory)))
    .orderBy(asc(schema.professionalActivities.idNatPs))
    .limit(DEMO_GP_ACCOUNTS.length);
  if (gps.length === 0 || territory.length === 0) return;
  const passwordHash = await hashPassword(options.password);
  const mt = createMtRequestsRepository(db);
  if ((await mt.list(cptsId, {})).length === 0) {
    for (const [k, p] of DEMO_PATIENTS.entries()) {
      await mt.insert(demoRequest(cptsId, territory[k % territory.length] as string, p, k, options.now, options.today));
    }
  }
  for (const [k, gp] of gps.entries()) {
    const email = DEMO_GP_ACCOUNTS[k] as string;
    const userId = (await users.findUserByEmail(email))?.id ?? crypto.randomUUID();
    if (!(await users.findUserById(userId)))
      await users.createUser(
        {
          id: userId,
          email,
          displayName: `Dr ${gp.firstName} ${gp.lastName}`,
          passwordHash,
          isDemo: true,
          idNatPs: gp.idNatPs,
          createdAt: options.now,
        },
        [],
      );
    await db.insert(schema.gpCapacities).values({
      cptsId,
      idNatPs: gp.idNatPs,
      displayName: `${gp.firstName} ${gp.lastName}`,
      practiceUnitCode: gp.unitCode as string,
      availableNow: 2 + k,
      perMonth: 4,
      unitCodes: null,
      maxDistanceKm: null,
      maxTier: 'departement',
      minAge: k === 1 ? 16 : null,
      maxAge: null,
      homeVisits: k === 0,
      declaredAt: options.now,
      declaredBy: userId,
      isDemo: true,
    });
  }
  const ctx = buildUseCaseContext({
    db,
    audit: systemAuditRecorder('données de démonstration', 'demo seed', () => options.now),
    principal: { userId: coordinator.id, email: coordinator.email, displayName: coordinator.displayName, grants: [grant] },
    now: options.now,
    today: options.today,
  });
  const run: MatchingRunRecord = {
    id: crypto.randomUUID(),
    cptsId,
    status: 'running',
    phase: null,
    done: 0,
    total: 0,
    startedBy: coordinator.id,
    startedAt: options.now,
    heartbeatAt: options.now,
    finishedAt: null,
    summary: null,
    unmatched: null,
    error: null,
    isDemo: true,
  };
  await ctx.ports.mtMatching.startRun(run);
  // In-process: a demo list of a few patients needs no worker thread.
  await executeMatchingRun(ctx, run, {
    engine: { run: async (input, onProgress) => matchPatients(input, onProgress) },
    clock: () => options.now,
  });
}
