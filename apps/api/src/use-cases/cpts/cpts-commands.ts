import {
  assertCanSteerRegion,
  assertMilestonesRecordable,
  type CoreMission,
  type CptsIdentityInput,
  type CptsRecord,
  checkCptsIdentity,
  checkFirstStepDate,
  checkMilestoneDates,
  invalid,
  type MissionMilestones,
  planTransition,
  type Stage,
  transitionActorCheck,
  validateUnitCodes,
} from '@maillon/domain';
import { registerInitialTerritory } from '../territory/change-territory.ts';
import type { CptsContext } from './cpts-ports.ts';
import { editableCpts, maintainableCpts, readableCpts } from './load-cpts.ts';

/**
 * Registers a CPTS (ARS/CPAM staff of its region, or admin); its first stage is recorded.
 * Communes of another region do not apply silently: they become a pending proposal to that
 * region's ARS (territory/change-territory.ts).
 */
export async function createCpts(
  ctx: CptsContext,
  input: CptsIdentityInput & {
    regionCode: string;
    stage: Stage;
    date?: string | undefined;
    units: string[];
    /** Why the first step has its date (a registry import says when the date is not known). */
    comment?: string | undefined;
  },
): Promise<string> {
  assertCanSteerRegion(ctx.principal, input.regionCode);
  if (!['contact', 'letterOfIntentSubmitted'].includes(input.stage)) {
    throw invalid('stage', "Une CPTS est enregistrée au premier contact ou au dépôt de sa lettre d'intention.");
  }
  const identity = checkCptsIdentity(input);
  const occurredOn = checkFirstStepDate(input.date ?? ctx.today, ctx.today);
  validateUnitCodes(ctx.index, input.units);
  const record: Omit<CptsRecord, 'departementCodes'> = {
    id: crypto.randomUUID(),
    ...identity,
    regionCode: input.regionCode,
    stage: input.stage,
    isDemo: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await ctx.transaction(async (ports) => {
    await ports.cpts.create(record);
    await ports.cpts.appendTransition(record.id, {
      id: crypto.randomUUID(),
      from: null,
      to: input.stage,
      occurredOn,
      comment: input.comment ?? 'Enregistrement de la CPTS',
      authorId: ctx.principal.userId,
      createdAt: ctx.now,
    });
    // No territory yet, so no département: the rules below read the region only.
    if (input.units.length) await registerInitialTerritory(ports, ctx, { ...record, departementCodes: [] }, input.units);
  });
  return record.id;
}

export async function updateCptsIdentity(ctx: CptsContext, id: string, input: CptsIdentityInput): Promise<void> {
  const identity = checkCptsIdentity(input);
  await ctx.transaction(async (ports) => {
    await maintainableCpts(ports.cpts, ctx.principal, id);
    await ports.cpts.updateIdentity(id, identity, ctx.now);
  });
}

/** Applies a lifecycle step; the row lock serialises concurrent steps on the same CPTS. */
export async function transitionCpts(
  ctx: CptsContext,
  id: string,
  request: { to: Stage; date?: string | undefined; comment?: string | undefined },
): Promise<void> {
  await ctx.transaction(async (ports) => {
    const record = await readableCpts(ports.cpts, ctx.principal, id, true);
    const history = await ports.cpts.history(id);
    const planned = planTransition({
      current: record.stage,
      history,
      to: request.to,
      date: request.date,
      comment: request.comment,
      canAct: transitionActorCheck(ctx.principal, record),
      today: ctx.today,
    });
    await ports.cpts.appendTransition(id, { ...planned, id: crypto.randomUUID(), authorId: ctx.principal.userId, createdAt: ctx.now });
  });
}

export async function recordMilestone(ctx: CptsContext, id: string, mission: CoreMission, milestone: MissionMilestones): Promise<void> {
  checkMilestoneDates(milestone, ctx.today);
  await ctx.transaction(async (ports) => {
    const record = await editableCpts(ports.cpts, ctx.principal, id);
    assertMilestonesRecordable({ stage: record.stage, history: await ports.cpts.history(id) });
    await ports.cpts.setMilestone(id, mission, milestone);
  });
}
