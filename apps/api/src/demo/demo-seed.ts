import {
  createAciContractsRepository,
  createCptsRepository,
  createIdentityRepository,
  createPlansRepository,
  type Db,
  schema,
} from '@maillon/db';
import { addMonths, computeCoverage, type Grant, type TerritoryIndex } from '@maillon/domain';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { hashPassword } from '../use-cases/auth/passwords.ts';
import { seedDemoAssociation } from './demo-association.ts';
import { ensureDemoContracts } from './demo-contracts.ts';
import { seedDemoDirectory } from './demo-directory.ts';
import { ensureDemoFhir, removeDemoFhirClients } from './demo-fhir.ts';
import { DEMO_GP_ACCOUNTS, ensureDemoMatching } from './demo-matching.ts';
import { ensureDemoMtRequests } from './demo-mt-requests.ts';
import { planDemo } from './demo-plan.ts';
import { DEMO_NURSE_ACCOUNTS, ensureDemoProRequests } from './demo-pro-requests.ts';
import { ensureDemoProposal } from './demo-proposal.ts';
import { DEMO_REGULATOR, ensureDemoRegulation } from './demo-regulation.ts';
import { ensureDemoSlots } from './demo-slots.ts';
import { DEMO_SPECIALIST_ACCOUNT, ensureDemoSpecialist } from './demo-specialist.ts';
import { ensureDemoSpecialistRequests } from './demo-specialist-requests.ts';

export const DEMO_PASSWORD = 'demo-maillon';
export const DEMO_REGION = '93';
export const DEMO_CPAM_DEPARTEMENT = '83';
export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.maillon.fr',
  ars: 'ars.paca@demo.maillon.fr',
  /** The CPAM of the Var: co-signs and pays the contracts of the Var's demo CPTS. */
  cpam: 'cpam.var@demo.maillon.fr',
  coordinator: 'coordination@demo.maillon.fr',
  /** The coordination team of a demo CPTS of the Var that signed its ACI contract: indicators, yearly assessment, report. */
  contractCoordinator: 'coordination.aci@demo.maillon.fr',
  /** A member professional of the coordinator's CPTS: the member portal. */
  member: 'adherent@demo.maillon.fr',
  /** A general practitioner of the demo directory with a declared capacity (issue #9). */
  gp: DEMO_GP_ACCOUNTS[0],
  /** Two nurses of the demo directory, members of the coordinator's CPTS (issue #10 item 5): requests between professionals. */
  nurse: DEMO_NURSE_ACCOUNTS[0],
  nurse2: DEMO_NURSE_ACCOUNTS[1],
  /** A SAS regulator of the demo CPTS's département (issue #10): searches and books slots. */
  regulator: DEMO_REGULATOR,
  /** A specialist of the demo directory, member of the coordinator's CPTS (issue #10 item 6): answers opinions, books consultations. */
  specialist: DEMO_SPECIALIST_ACCOUNT,
} as const;

/**
 * Seeds the demo (once): Provence-Alpes-Côte d'Azur CPTS built from real communes, all named
 * "CPTS démo …" and flagged is_demo, a generated directory (RPPS and FINESS formats, flagged
 * is_demo), demo accounts, two white-zone action plans, and a pending territory proposal of the
 * coordinator's CPTS for the ARS.
 */
export async function seedDemo(db: Db, index: TerritoryIndex, now: Date, today: string): Promise<{ created: boolean; cpts: number }> {
  const existing = await db.select().from(schema.referenceMeta).where(eq(schema.referenceMeta.key, 'demo'));
  const seeded = existing[0]?.value as { cpts: number } | undefined;
  if (seeded) {
    await ensureDemoAssociation(db, now, today);
    await ensureDemoCpam(db, now);
    await ensureDemoProposal(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, index, now, today });
    await ensureDemoContracts(db, { index, now, today, arsEmail: DEMO_ACCOUNTS.ars, adminEmail: DEMO_ACCOUNTS.admin });
    await ensureDemoContractCoordinator(db, now);
    await ensureDemoMtRequests(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, now, today });
    await ensureDemoMatching(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, now, today });
    await ensureDemoFhir(db, now);
    await ensureDemoSlots(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, now, today });
    await ensureDemoRegulation(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, now });
    await ensureDemoSpecialistRequests(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, now });
    await ensureDemoSpecialist(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, now, today });
    await ensureDemoProRequests(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, now });
    return { created: false, cpts: seeded.cpts };
  }
  // The directory first: applying the same national files again changes nothing, so an interrupted start simply redoes them.
  await seedDemoDirectory(db, DEMO_REGION, () => now);
  const plan = planDemo({ index, regionCode: DEMO_REGION, today });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const repo = createCptsRepository(tx);
    const users = createIdentityRepository(tx);
    const arsId = crypto.randomUUID();
    await users.createUser(
      { id: arsId, email: DEMO_ACCOUNTS.ars, displayName: 'ARS PACA (démo)', passwordHash, isDemo: true, createdAt: now },
      [{ role: 'ars', regionCode: DEMO_REGION }],
    );
    const adminGrants: Grant[] = [{ role: 'admin' }];
    await users.createUser(
      {
        id: crypto.randomUUID(),
        email: DEMO_ACCOUNTS.admin,
        displayName: 'Administration Maillon (démo)',
        passwordHash,
        isDemo: true,
        createdAt: now,
      },
      adminGrants,
    );
    for (const cpts of plan) {
      const id = crypto.randomUUID();
      await repo.create({
        id,
        name: cpts.name,
        legalForm: 'Association loi 1901',
        siret: null,
        finess: null,
        email: null,
        phone: null,
        address: null,
        regionCode: DEMO_REGION,
        stage: 'contact',
        isDemo: true,
        createdAt: now,
        updatedAt: now,
      });
      let from: (typeof cpts.steps)[number]['to'] | null = null;
      for (const step of cpts.steps) {
        const authorId =
          step.to === 'letterOfIntentValidated' || step.to === 'healthProjectValidated' || step.to === 'aciSigned' ? arsId : null;
        await repo.appendTransition(id, {
          id: crypto.randomUUID(),
          from,
          to: step.to,
          occurredOn: step.occurredOn,
          comment: null,
          authorId,
          createdAt: now,
        });
        from = step.to;
      }
      await repo.replaceTerritory(id, [...new Set(cpts.unitCodes)].sort(), now);
      if (cpts.coordinatorAccount) {
        await users.createUser(
          {
            id: crypto.randomUUID(),
            email: DEMO_ACCOUNTS.coordinator,
            displayName: `Coordination ${cpts.name}`,
            passwordHash,
            isDemo: true,
            createdAt: now,
          },
          [{ role: 'coordinator', cptsId: id }],
        );
      }
    }
    // Two action plans on the largest white zones: one overdue, one on schedule.
    const territories = await repo.territories();
    const zones = computeCoverage(index, territories, { kind: 'region', code: DEMO_REGION }).whiteZones;
    const plans = createPlansRepository(tx);
    const samples = [
      {
        modality: 'extendNeighbour' as const,
        owner: 'Délégation départementale ARS (démo)',
        dueOn: addMonths(today, -1),
        status: 'inProgress' as const,
      },
      { modality: 'createCpts' as const, owner: 'CPAM et URPS (démo)', dueOn: addMonths(today, 6), status: 'planned' as const },
    ];
    for (const [k, zone] of zones.slice(0, samples.length).entries()) {
      const sample = samples[k] as (typeof samples)[number];
      await plans.create({
        id: crypto.randomUUID(),
        regionCode: DEMO_REGION,
        zoneKey: zone.key,
        unitCodes: zone.unitCodes,
        ...sample,
        notes: 'Plan de démonstration.',
        createdBy: arsId,
        createdAt: now,
        updatedAt: now,
      });
    }
    await tx
      .insert(schema.referenceMeta)
      .values({ key: 'demo', value: { cpts: plan.length, seededAt: now.toISOString() }, updatedAt: now });
  });
  await ensureDemoAssociation(db, now, today);
  await ensureDemoCpam(db, now);
  await ensureDemoProposal(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, index, now, today });
  await ensureDemoContracts(db, { index, now, today, arsEmail: DEMO_ACCOUNTS.ars, adminEmail: DEMO_ACCOUNTS.admin });
  await ensureDemoContractCoordinator(db, now);
  await ensureDemoMtRequests(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, now, today });
  await ensureDemoMatching(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, now, today });
  await ensureDemoFhir(db, now);
  await ensureDemoSlots(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, now, today });
  await ensureDemoRegulation(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, now });
  await ensureDemoSpecialistRequests(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, now });
  await ensureDemoSpecialist(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, now, today });
  await ensureDemoProRequests(db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, now });
  return { created: true, cpts: plan.length };
}

/**
 * Association life of the demo coordinator's CPTS (members from the demo directory, dues,
 * bodies, assemblies) and a member-portal account for one of its members. Idempotent, so an
 * interrupted first start completes on the next one.
 */
async function ensureDemoAssociation(db: Db, now: Date, today: string): Promise<void> {
  const users = createIdentityRepository(db);
  const coordinator = await users.findUserByEmail(DEMO_ACCOUNTS.coordinator);
  const grant = coordinator ? (await users.grantsOf(coordinator.id)).find((g) => g.role === 'coordinator') : undefined;
  if (grant?.role !== 'coordinator') return;
  await seedDemoAssociation(db, { cptsId: grant.cptsId, now, today });
  if (await users.findUserByEmail(DEMO_ACCOUNTS.member)) return;
  const [member] = await db
    .select()
    .from(schema.members)
    .where(and(eq(schema.members.cptsId, grant.cptsId), eq(schema.members.status, 'active'), isNotNull(schema.members.idNatPs)))
    .orderBy(asc(schema.members.displayName))
    .limit(1);
  if (!member?.idNatPs) return;
  await users.createUser(
    {
      id: crypto.randomUUID(),
      email: DEMO_ACCOUNTS.member,
      displayName: `${member.displayName}`,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      isDemo: true,
      idNatPs: member.idNatPs,
      createdAt: now,
    },
    [],
  );
}

/** The demo CPAM account (added after the first demo seeds, hence its own idempotent step). */
async function ensureDemoCpam(db: Db, now: Date): Promise<void> {
  const users = createIdentityRepository(db);
  if (await users.findUserByEmail(DEMO_ACCOUNTS.cpam)) return;
  await users.createUser(
    {
      id: crypto.randomUUID(),
      email: DEMO_ACCOUNTS.cpam,
      displayName: 'CPAM du Var (démo)',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      isDemo: true,
      createdAt: now,
    },
    [{ role: 'cpam', regionCode: DEMO_REGION, departementCode: DEMO_CPAM_DEPARTEMENT }],
  );
}

/**
 * A coordination account for a demo CPTS with an ACI contract, in the Var when one is (so the demo
 * CPAM du Var co-manages it), else the first: it follows the indicators and the yearly assessment.
 */
async function ensureDemoContractCoordinator(db: Db, now: Date): Promise<void> {
  const users = createIdentityRepository(db);
  if (await users.findUserByEmail(DEMO_ACCOUNTS.contractCoordinator)) return;
  const cpts = createCptsRepository(db);
  const contracts = createAciContractsRepository(db);
  const demo = (await cpts.list({})).filter((c) => c.isDemo).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const withContract = [];
  for (const record of demo) if ((await contracts.ofCpts([record.id])).length > 0) withContract.push(record);
  const chosen = withContract.find((c) => c.departementCodes.includes(DEMO_CPAM_DEPARTEMENT)) ?? withContract[0];
  if (!chosen) return;
  await users.createUser(
    {
      id: crypto.randomUUID(),
      email: DEMO_ACCOUNTS.contractCoordinator,
      displayName: `Coordination ${chosen.name} (démo)`,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      isDemo: true,
      createdAt: now,
    },
    [{ role: 'coordinator', cptsId: chosen.id }],
  );
}

/**
 * Outside demo mode no demo account may exist: removes them (and their sessions). Looked for first:
 * on a warm PGlite start the DELETE costs about 75 ms of CPU even when it removes nothing (the
 * many tables referencing users), the lookup a few (issue #11 item 4).
 */
export async function removeDemoAccounts(db: Db): Promise<void> {
  const demo = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.isDemo, true)).limit(1);
  if (demo.length > 0) await db.delete(schema.users).where(eq(schema.users.isDemo, true));
  await removeDemoFhirClients(db);
}
