import { blockExplanation } from './matching-explanations.ts';
import type { MatchingGeography } from './matching-geography.ts';
import type { GpClass, PatientHub } from './matching-groups.ts';
import { runCapacity } from './matching-input.ts';
import type { BlockReason, UnmatchedRequest } from './matching-result.ts';
import { acceptsAge, acceptsVisits } from './service-area.ts';

export type HubBlock = Omit<UnmatchedRequest, 'patientId' | 'priority' | 'explanation'>;

const members = (classes: readonly GpClass[]) => classes.reduce((sum, c) => sum + c.members.length, 0);

/**
 * Why the unmatched patients of a hub stayed unmatched, computed from the constraints in their
 * order (reach, age, home visits) and, past them, from the places left after the run.
 *
 * `capacityExhausted` is the only remaining case, and it is exact at the optimum: a compatible
 * GP class with a place left would take one more patient and raise the weighted placements, and
 * one holding a patient of lower weight would raise them by a swap. So every compatible GP is
 * full, with patients at least as high in priority; an `Error` says the impossible happened.
 */
export function hubBlock(
  hub: PatientHub,
  context: {
    classes: readonly GpClass[];
    reach: readonly number[];
    remaining: readonly number[];
    /** Distinct practice units, sorted (for the nearest practice). */
    gpUnits: readonly string[];
    geography: MatchingGeography;
  },
): HubBlock {
  const { classes, geography } = context;
  const classOf = (c: number) => classes[c] as GpClass;
  const ageOkIndex = context.reach.filter((c) => acceptsAge(classOf(c), hub.ageYears));
  const compatibleIndex = ageOkIndex.filter((c) => acceptsVisits(classOf(c), hub.needsHomeVisits));
  let reason: BlockReason = 'capacityExhausted';
  if (context.reach.length === 0) reason = 'outOfReach';
  else if (ageOkIndex.length === 0) reason = 'ageNotAccepted';
  else if (compatibleIndex.length === 0) reason = 'homeVisitsUnavailable';
  else if (compatibleIndex.some((c) => (context.remaining[c] ?? 0) > 0)) {
    throw new Error(`Appariement non optimal : une place compatible reste libre pour ${hub.key}.`);
  }
  let nearest: { cost: number; unitCode: string } | null = null;
  for (const unitCode of context.gpUnits) {
    const cost = geography.cost(unitCode, hub.unitCode);
    if (!nearest || cost < nearest.cost) nearest = { cost, unitCode };
  }
  const compatible = compatibleIndex.map(classOf);
  return {
    reason,
    gpsInReach: members(context.reach.map(classOf)),
    gpsAcceptingAge: members(ageOkIndex.map(classOf)),
    gpsCompatible: members(compatible),
    gpsWithoutPlaces: compatible.reduce((sum, c) => sum + c.members.filter((gp) => runCapacity(gp) === 0).length, 0),
    nearestGp: nearest && {
      distanceKm: geography.km(nearest.unitCode, hub.unitCode),
      tier: geography.tier(nearest.unitCode, hub.unitCode),
    },
  };
}

/** One entry per unmatched patient, hub by hub: the hub's reason, the patient's own explanation. */
export function unmatchedRequests(input: {
  hubs: readonly PatientHub[];
  classes: readonly GpClass[];
  isPlaced: (patientId: string) => boolean;
  reach: ReadonlyMap<string, number[]>;
  /** Proposals made per GP id. */
  used: ReadonlyMap<string, number>;
  geography: MatchingGeography;
  onHub?: (unmatchedSoFar: number) => void;
}): UnmatchedRequest[] {
  const { classes, geography } = input;
  const remaining = classes.map((c) => c.capacity - c.members.reduce((sum, gp) => sum + (input.used.get(gp.id) ?? 0), 0));
  const gpUnits = [...new Set(classes.map((c) => c.unitCode))].sort();
  const unmatched: UnmatchedRequest[] = [];
  for (const hub of input.hubs) {
    const left = hub.levels.flatMap((l) => l.patients).filter((p) => !input.isPlaced(p.id));
    if (left.length === 0) continue;
    const block = hubBlock(hub, { classes, reach: input.reach.get(hub.unitCode) ?? [], remaining, gpUnits, geography });
    for (const patient of left) {
      const explanation = blockExplanation(block.reason, { ...block, ageYears: patient.ageYears });
      unmatched.push({ patientId: patient.id, priority: patient.priority, ...block, explanation });
    }
    input.onHub?.(unmatched.length);
  }
  return unmatched;
}
