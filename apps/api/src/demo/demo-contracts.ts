import { createCptsRepository, createIdentityRepository, type Db } from '@maillon/db';
import { type AciMission, addMonths, type Principal, type TerritoryIndex } from '@maillon/domain';
import { systemAuditRecorder } from '../composition/audit-recorder.ts';
import { buildUseCaseContext } from '../composition/use-case-context.ts';
import { createContract, recordContractMission } from '../use-cases/aci/contracts.ts';

/** Months after the signature at which the demo CPTS started each mission (a plausible, deterministic spread). */
const START_AFTER: Partial<Record<AciMission, number>> = { accessToCare: 3, healthCrisis: 4, pathways: 9, prevention: 11, quality: 14 };

/**
 * An ACI contract for every demo CPTS that signed one in its lifecycle: the three parties sign
 * on the day of the step « ACI signé », the population is the territory's legal population, and
 * the missions started a few months after the signature (those dates that are already past).
 * Idempotent: CPTS that have a contract are left alone.
 */
export async function ensureDemoContracts(
  db: Db,
  options: { index: TerritoryIndex; now: Date; today: string; arsEmail: string; adminEmail: string },
): Promise<number> {
  const users = createIdentityRepository(db);
  const ars = await users.findUserByEmail(options.arsEmail);
  const admin = await users.findUserByEmail(options.adminEmail);
  if (!ars || !admin) return 0;
  const principalOf = async (user: NonNullable<typeof ars>): Promise<Principal> => ({
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    grants: await users.grantsOf(user.id),
  });
  const audit = systemAuditRecorder('données de démonstration', 'demo seed', () => options.now);
  const context = async (user: NonNullable<typeof ars>) =>
    buildUseCaseContext({ db, audit, principal: await principalOf(user), now: options.now, today: options.today });
  const regulator = await context(ars);
  // Mission progress is the coordination team's to record; the administration does it for every demo CPTS.
  const team = await context(admin);
  const cpts = createCptsRepository(db);
  const territories = new Map((await cpts.territories()).map((t) => [t.id, t.unitCodes]));
  let created = 0;
  for (const record of await cpts.list({})) {
    if (!record.isDemo) continue;
    const signedOn = (await cpts.history(record.id)).find((step) => step.to === 'aciSigned')?.occurredOn;
    if (!signedOn || (await regulator.ports.aciContracts.ofCpts([record.id])).length > 0) continue;
    const population = (territories.get(record.id) ?? []).reduce(
      (sum, code) => sum + (options.index.population[options.index.indexByCode.get(code) ?? -1] ?? 0),
      0,
    );
    const signature = (signatory: string) => ({ signedOn, signatory });
    const id = await createContract(regulator, record.id, {
      signatures: {
        cpts: signature('Présidence de la CPTS (démo)'),
        cpam: signature('Direction de la CPAM (démo)'),
        ars: signature('Délégation départementale ARS (démo)'),
      },
      population: Math.max(population, 1),
      populationVintage: Math.min(Number(signedOn.slice(0, 4)), 2023) - 3,
      optionalMissions: created % 3 === 0 ? [{ mission: 'quality', startWithinMonths: 12, deployedWithinMonths: 24 }] : [],
    });
    created++;
    const contract = await regulator.ports.aciContracts.get(id);
    for (const mission of contract?.missions ?? []) {
      const months = START_AFTER[mission.mission];
      if (months === undefined) continue;
      const clock = mission.mission === 'healthCrisis' && signedOn < '2022-01-01' ? '2022-01-01' : signedOn;
      const startedOn = addMonths(clock, months);
      if (startedOn > options.today) continue;
      await recordContractMission(team, { contractId: id, mission: mission.mission }, { startedOn });
    }
  }
  return created;
}
