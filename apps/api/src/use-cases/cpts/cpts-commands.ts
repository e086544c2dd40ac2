import { createCptsRepository, type Db } from '@maillon/db';
import type { CptsRecord } from '@maillon/domain';
import {
  assertCanSteerRegion,
  type CoreMission,
  DomainError,
  forbidden,
  invalid,
  isIsoDate,
  type MissionMilestones,
  type Principal,
  planTransition,
  type Stage,
  type TerritoryIndex,
  transitionActorCheck,
  validateUnitCodes,
} from '@maillon/domain';
import { registerInitialTerritory } from '../territory/change-territory.ts';
import { createTerritoryStore } from '../territory/territory-store.ts';
import { checkIdentity, type IdentityInput } from './identity.ts';
import { loadEditableCpts, loadMaintainableCpts, loadReadableCpts } from './load-cpts.ts';

interface CommandContext {
  db: Db;
  index: TerritoryIndex;
  principal: Principal;
  now: Date;
  today: string;
}

/**
 * Registers a CPTS (ARS/CPAM staff of its region, or admin); its first stage is recorded.
 * Communes of another region do not apply silently: they become a pending proposal to that
 * region's ARS (territory/change-territory.ts).
 */
export async function createCpts(
  ctx: CommandContext,
  input: IdentityInput & { regionCode: string; stage: Stage; units: string[] },
): Promise<string> {
  assertCanSteerRegion(ctx.principal, input.regionCode);
  if (!['contact', 'letterOfIntentSubmitted'].includes(input.stage)) {
    throw invalid('stage', "Une CPTS est enregistrée au premier contact ou au dépôt de sa lettre d'intention.");
  }
  const identity = checkIdentity(input);
  validateUnitCodes(ctx.index, input.units);
  const record: CptsRecord = {
    id: crypto.randomUUID(),
    ...identity,
    regionCode: input.regionCode,
    stage: input.stage,
    isDemo: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await ctx.db.transaction(async (tx) => {
    const repo = createCptsRepository(tx);
    await repo.create(record);
    await repo.appendTransition(record.id, {
      id: crypto.randomUUID(),
      from: null,
      to: input.stage,
      occurredOn: ctx.today,
      comment: 'Enregistrement de la CPTS',
      authorId: ctx.principal.userId,
      createdAt: ctx.now,
    });
    if (input.units.length) {
      const store = createTerritoryStore(tx);
      await registerInitialTerritory(store, { ...ctx, store }, record, input.units);
    }
  });
  return record.id;
}

export async function updateCptsIdentity(ctx: CommandContext, id: string, input: IdentityInput): Promise<void> {
  const identity = checkIdentity(input);
  await ctx.db.transaction(async (tx) => {
    await loadMaintainableCpts(tx, ctx.principal, id);
    await createCptsRepository(tx).updateIdentity(id, identity, ctx.now);
  });
}

/** Applies a lifecycle step; the row lock serialises concurrent steps on the same CPTS. */
export async function transitionCpts(
  ctx: CommandContext,
  id: string,
  request: { to: Stage; date?: string | undefined; comment?: string | undefined },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const record = await loadReadableCpts(tx, ctx.principal, id, true);
    const repo = createCptsRepository(tx);
    const history = await repo.history(id);
    const planned = planTransition({
      current: record.stage,
      history,
      to: request.to,
      date: request.date,
      comment: request.comment,
      canAct: transitionActorCheck(ctx.principal, record),
      today: ctx.today,
    });
    await repo.appendTransition(id, { ...planned, id: crypto.randomUUID(), authorId: ctx.principal.userId, createdAt: ctx.now });
  });
}

export async function recordMilestone(ctx: CommandContext, id: string, mission: CoreMission, milestone: MissionMilestones): Promise<void> {
  for (const field of ['startedOn', 'deployedOn'] as const) {
    const value = milestone[field];
    if (value && !isIsoDate(value)) throw invalid(field, 'Date au format AAAA-MM-JJ attendue.');
    if (value && value > ctx.today) throw invalid(field, 'La date ne peut pas être dans le futur.');
  }
  if (milestone.startedOn && milestone.deployedOn && milestone.deployedOn < milestone.startedOn) {
    throw invalid('deployedOn', 'Le déploiement ne peut pas précéder le démarrage.');
  }
  await ctx.db.transaction(async (tx) => {
    const record = await loadEditableCpts(tx, ctx.principal, id);
    const history = await createCptsRepository(tx).history(id);
    if (!history.some((h) => h.to === 'aciSigned')) {
      throw new DomainError('CONFLICT', "Les missions ACI ne démarrent qu'après la signature du contrat.");
    }
    if (record.stage === 'dissolved' || record.stage === 'merged') throw forbidden('Cette CPTS n’est plus active.');
    await createCptsRepository(tx).setMilestone(id, mission, milestone);
  });
}
