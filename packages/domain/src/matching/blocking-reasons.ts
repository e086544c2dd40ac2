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
  context: { classes: readonly GpClass[]; reach: readonly number[]; remaining: readonly number[]; geography: MatchingGeography },
): HubBlock {
  const { classes, geography } = context;
  const inReach = context.reach.map((c) => classes[c] as GpClass);
  const ageOk = inReach.filter((c) => acceptsAge(c, hub.ageYears));
  const compatible = ageOk.filter((c) => acceptsVisits(c, hub.needsHomeVisits));
  let reason: BlockReason = 'capacityExhausted';
  if (inReach.length === 0) reason = 'outOfReach';
  else if (ageOk.length === 0) reason = 'ageNotAccepted';
  else if (compatible.length === 0) reason = 'homeVisitsUnavailable';
  else if (context.reach.some((c) => (context.remaining[c] ?? 0) > 0 && compatible.includes(classes[c] as GpClass))) {
    throw new Error(`Appariement non optimal : une place compatible reste libre pour ${hub.key}.`);
  }
  let nearest: { cost: number; unitCode: string } | null = null;
  for (const c of classes) {
    const cost = geography.cost(c.unitCode, hub.unitCode);
    if (!nearest || cost < nearest.cost || (cost === nearest.cost && c.unitCode < nearest.unitCode))
      nearest = { cost, unitCode: c.unitCode };
  }
  return {
    reason,
    gpsInReach: members(inReach),
    gpsAcceptingAge: members(ageOk),
    gpsCompatible: members(compatible),
    gpsWithoutPlaces: compatible.reduce((sum, c) => sum + c.members.filter((gp) => runCapacity(gp) === 0).length, 0),
    nearestGp: nearest && {
      distanceKm: geography.km(nearest.unitCode, hub.unitCode),
      tier: geography.tier(nearest.unitCode, hub.unitCode),
    },
  };
}
