/** Densities are expressed per 10 000 inhabitants, as in the ARS and DREES territorial diagnostics. */
export const DENSITY_BASE = 10_000;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Count per 10 000 inhabitants (two decimals); null for a scope without population. */
export function densityPer10k(count: number, population: number): number | null {
  if (population <= 0) return null;
  return round2((count / population) * DENSITY_BASE);
}

/**
 * How the territory compares with a wider scope: territory density over the scope's density
 * (1 = same density, 0.5 = half as dense). Null when either density is unknown or the scope has
 * none (no division by zero), and computed on unrounded densities.
 */
export function densityRatio(
  territory: { count: number; population: number },
  scope: { count: number; population: number },
): number | null {
  if (territory.population <= 0 || scope.population <= 0 || scope.count === 0) return null;
  return round2(territory.count / territory.population / (scope.count / scope.population));
}
