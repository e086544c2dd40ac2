import { EARTH_RADIUS_KM } from '../geo/contours.ts';

/** How far a patient's commune is from a practice when no coordinates are known (issue #9). */
export const DISTANCE_TIERS = ['commune', 'epci', 'departement', 'beyond'] as const;
export type DistanceTier = (typeof DISTANCE_TIERS)[number];

export const DISTANCE_TIER_LABELS: Record<DistanceTier, string> = {
  commune: 'même commune',
  epci: 'même EPCI',
  departement: 'même département',
  beyond: 'hors du département',
};

/** A territorial unit as the matching engine sees it; `centroid` comes from imported contours. */
export interface MatchingUnit {
  code: string;
  epciCode: string | null;
  departementCode: string | null;
  centroid: { lon: number; lat: number } | null;
}

const RADIANS = Math.PI / 180;

/** Great-circle distance between two WGS84 points, in km (haversine formula). */
export function greatCircleKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Same commune → same EPCI → same département → beyond. */
export function distanceTier(a: MatchingUnit, b: MatchingUnit): DistanceTier {
  if (a.code === b.code) return 'commune';
  if (a.epciCode !== null && a.epciCode === b.epciCode) return 'epci';
  if (a.departementCode !== null && a.departementCode === b.departementCode) return 'departement';
  return 'beyond';
}

export const tierRank = (tier: DistanceTier): number => DISTANCE_TIERS.indexOf(tier);
