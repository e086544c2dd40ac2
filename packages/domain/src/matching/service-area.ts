import { tierRank } from './distance.ts';
import type { MatchingGeography } from './matching-geography.ts';
import type { MatchingGp } from './matching-input.ts';

/**
 * Whether a GP takes patients from a unit: the communes they listed when they listed some;
 * else their maximum distance when distances are in kilometres; else their farthest tier
 * (without coordinates a distance cannot be checked, so the tier stands in for it).
 */
export function servesUnit(gp: Pick<MatchingGp, 'unitCode' | 'serves'>, unitCode: string, geography: MatchingGeography): boolean {
  const { unitCodes, maxDistanceKm, maxTier } = gp.serves;
  if (unitCodes && unitCodes.length > 0) return unitCodes.includes(unitCode);
  const km = geography.km(gp.unitCode, unitCode);
  if (maxDistanceKm !== null && km !== null) return km <= maxDistanceKm;
  return tierRank(geography.tier(gp.unitCode, unitCode)) <= tierRank(maxTier);
}

export function acceptsAge(gp: Pick<MatchingGp, 'ages'>, ageYears: number): boolean {
  return (gp.ages.min === null || ageYears >= gp.ages.min) && (gp.ages.max === null || ageYears <= gp.ages.max);
}

/** A patient who needs home visits only goes to a GP who makes them. */
export function acceptsVisits(gp: Pick<MatchingGp, 'homeVisits'>, needsHomeVisits: boolean): boolean {
  return gp.homeVisits || !needsHomeVisits;
}
