import { type DistanceTier, distanceTier, greatCircleKm, type MatchingUnit, tierRank } from './distance.ts';

/**
 * Distances of one run. Kilometres between commune centroids when every unit involved has one
 * (contours imported), else tiers for all: mixing kilometres and tiers in one sum would mean
 * nothing. `cost` is what the engine minimises: whole metres, or the tier's rank (0 to 3).
 */
export interface MatchingGeography {
  mode: 'kilometres' | 'tiers';
  /** Units involved that have no centroid (why the run fell back to tiers). */
  missingCentroids: string[];
  unit(code: string): MatchingUnit;
  km(from: string, to: string): number | null;
  tier(from: string, to: string): DistanceTier;
  cost(from: string, to: string): number;
}

export function matchingGeography(units: readonly MatchingUnit[], involved: Iterable<string>): MatchingGeography {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const indexOf = new Map(units.map((u, i) => [u.code, i]));
  const unit = (code: string): MatchingUnit => {
    const found = byCode.get(code);
    if (!found) throw new Error(`Unité ${code} absente de la géographie du calcul.`);
    return found;
  };
  const missingCentroids = [...new Set(involved)].filter((code) => unit(code).centroid === null).sort();
  const mode = missingCentroids.length === 0 ? 'kilometres' : 'tiers';
  // Pairs are few (units × practice units) but asked often: cache them under a numeric key.
  const kmCache = new Map<number, number>();
  const km = (from: string, to: string): number | null => {
    if (mode === 'tiers') return null;
    const i = indexOf.get(from) ?? -1;
    const j = indexOf.get(to) ?? -1;
    const key = i < j ? i * units.length + j : j * units.length + i;
    let value = kmCache.get(key);
    if (value === undefined) {
      const a = unit(from).centroid;
      const b = unit(to).centroid;
      value = a && b ? greatCircleKm(a, b) : 0;
      kmCache.set(key, value);
    }
    return value;
  };
  const tier = (from: string, to: string) => distanceTier(unit(from), unit(to));
  const cost = (from: string, to: string) => (mode === 'kilometres' ? Math.round((km(from, to) ?? 0) * 1000) : tierRank(tier(from, to)));
  return { mode, missingCentroids, unit, km, tier, cost };
}
