import type { PlanDto } from '@maillon/contracts';
import type { CptsRepository, PlanRecord, PlansRepository } from '@maillon/domain';
import {
  assertCanReadRegion,
  assertCanSteerRegion,
  assertPlanEditable,
  computeCoverage,
  isOverdue,
  PLAN_MODALITY_LABELS,
  PLAN_STATUS_LABELS,
  type PlanModality,
  type PlanStatus,
  type TerritoryIndex,
  zoneForPlan,
  zoneLabel,
} from '@maillon/domain';
import type { TerritorialContext } from '../use-case-context.ts';

/** What the « 100 % CPTS » plans need from storage. */
export interface PlansPorts {
  plans: PlansRepository;
  cpts: Pick<CptsRepository, 'territories'>;
}

export type PlanContext = TerritorialContext<PlansPorts>;

async function uncoveredUnits(ctx: PlanContext, regionCode: string) {
  const result = computeCoverage(ctx.index, await ctx.ports.cpts.territories(), { kind: 'region', code: regionCode });
  return { zones: result.whiteZones, uncovered: new Set(result.whiteZones.flatMap((z) => z.unitCodes)) };
}

function toDto(plan: PlanRecord, index: TerritoryIndex, uncovered: Set<string>, today: string): PlanDto {
  return {
    id: plan.id,
    regionCode: plan.regionCode,
    zoneKey: plan.zoneKey,
    zoneLabel: zoneLabel(index, plan.unitCodes),
    unitCodes: plan.unitCodes,
    population: plan.unitCodes.reduce((sum, code) => sum + (index.population[index.indexByCode.get(code) ?? -1] ?? 0), 0),
    modality: plan.modality,
    modalityLabel: PLAN_MODALITY_LABELS[plan.modality],
    owner: plan.owner,
    dueOn: plan.dueOn,
    status: plan.status,
    statusLabel: PLAN_STATUS_LABELS[plan.status],
    notes: plan.notes,
    overdue: isOverdue(plan, today),
    zoneStillUncovered: plan.unitCodes.some((code) => uncovered.has(code)),
  };
}

export async function listPlans(ctx: PlanContext, regionCode: string): Promise<PlanDto[]> {
  assertCanReadRegion(ctx.principal, regionCode);
  const [plans, { uncovered }] = await Promise.all([ctx.ports.plans.list(regionCode), uncoveredUnits(ctx, regionCode)]);
  return plans.map((p) => toDto(p, ctx.index, uncovered, ctx.today));
}

export interface PlanInput {
  modality: PlanModality;
  owner: string;
  dueOn: string;
  status: PlanStatus;
  notes?: string | null | undefined;
}

/** Creates an action plan for a current white zone, freezing the units it was made for. */
export async function createPlan(ctx: PlanContext, input: PlanInput & { regionCode: string; zoneKey: string }): Promise<PlanDto> {
  assertCanSteerRegion(ctx.principal, input.regionCode);
  const { zones, uncovered } = await uncoveredUnits(ctx, input.regionCode);
  const zone = zoneForPlan(zones, input.zoneKey);
  const plan: PlanRecord = {
    id: crypto.randomUUID(),
    regionCode: input.regionCode,
    zoneKey: zone.key,
    unitCodes: zone.unitCodes,
    modality: input.modality,
    owner: input.owner,
    dueOn: input.dueOn,
    status: input.status,
    notes: input.notes ?? null,
    createdBy: ctx.principal.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await ctx.ports.plans.create(plan);
  return toDto(plan, ctx.index, uncovered, ctx.today);
}

export async function updatePlan(ctx: PlanContext, id: string, input: PlanInput): Promise<PlanDto> {
  const repo = ctx.ports.plans;
  const plan = await repo.get(id);
  assertPlanEditable(ctx.principal, plan);
  const changes = { ...input, notes: input.notes ?? null, updatedAt: ctx.now };
  await repo.update(id, changes);
  const { uncovered } = await uncoveredUnits(ctx, plan.regionCode);
  return toDto({ ...plan, ...changes }, ctx.index, uncovered, ctx.today);
}
