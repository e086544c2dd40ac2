import { canSteerRegion, type Principal } from '../access/principal.ts';
import type { WhiteZone } from '../coverage/coverage.ts';
import { DomainError, invalid } from '../errors.ts';

export const PLAN_MODALITIES = ['extendNeighbour', 'createCpts', 'other'] as const;
export type PlanModality = (typeof PLAN_MODALITIES)[number];
export const PLAN_STATUSES = ['planned', 'inProgress', 'done', 'abandoned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_MODALITY_LABELS: Record<PlanModality, string> = {
  extendNeighbour: "Extension d'une CPTS voisine",
  createCpts: "Création d'une nouvelle CPTS",
  other: 'Autre',
};
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  planned: 'Prévu',
  inProgress: 'En cours',
  done: 'Terminé',
  abandoned: 'Abandonné',
};

export interface WhiteZonePlan {
  id: string;
  zoneKey: string;
  unitCodes: readonly string[];
  status: PlanStatus;
  dueOn: string;
}

export function isOpen(plan: Pick<WhiteZonePlan, 'status'>): boolean {
  return plan.status === 'planned' || plan.status === 'inProgress';
}

export function isOverdue(plan: Pick<WhiteZonePlan, 'status' | 'dueOn'>, today: string): boolean {
  return isOpen(plan) && plan.dueOn < today;
}

/**
 * White zones move as territories change, so a plan is attached to the units it was made for:
 * a zone is followed by every plan sharing at least one unit with it.
 */
export function plansForZone<P extends WhiteZonePlan>(zone: WhiteZone, plans: readonly P[]): P[] {
  const units = new Set(zone.unitCodes);
  return plans.filter((plan) => plan.zoneKey === zone.key || plan.unitCodes.some((code) => units.has(code)));
}

export interface PlanFollowUp<P extends WhiteZonePlan> {
  zonesWithoutPlan: WhiteZone[];
  overduePlans: P[];
}

export function planFollowUp<P extends WhiteZonePlan>(zones: readonly WhiteZone[], plans: readonly P[], today: string): PlanFollowUp<P> {
  const open = plans.filter(isOpen);
  return {
    zonesWithoutPlan: zones.filter((zone) => plansForZone(zone, open).length === 0),
    overduePlans: plans.filter((plan) => isOverdue(plan, today)),
  };
}

/**
 * The current white zone a new plan is for (docs/reference/coverage.md §4). A zone seen in a
 * département view is clipped to it; its key (smallest unit code) is still an uncovered unit,
 * so it resolves to the region's zone that contains it. A zone that no longer exists (covered
 * since) is refused on `zoneKey`.
 */
export function zoneForPlan(zones: readonly WhiteZone[], zoneKey: string): WhiteZone {
  const zone = zones.find((z) => z.key === zoneKey) ?? zones.find((z) => z.unitCodes.includes(zoneKey));
  if (!zone) throw invalid('zoneKey', "Cette zone blanche n'existe pas (ou plus) dans la région.");
  return zone;
}

/**
 * Only who steers the plan's region changes it; to anyone else it is « not found », so that the
 * plans of another region are not confirmed to exist.
 */
export function assertPlanEditable<P extends { regionCode: string }>(principal: Principal, plan: P | null): asserts plan is P {
  if (!plan || !canSteerRegion(principal, plan.regionCode)) throw new DomainError('NOT_FOUND', "Plan d'action introuvable.");
}
