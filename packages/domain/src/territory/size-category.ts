/**
 * ACI size categories ("taille") from the population of the territory.
 * Thresholds 40 000 / 80 000 / 175 000 are confirmed (docs/reference/coverage.md §2); which side an exact
 * threshold falls on is not, so it is configuration: `atThreshold: 'upper'` (default) puts
 * a territory of exactly 40 000 in taille 2, `'lower'` keeps it in taille 1.
 */
export type SizeCategory = 1 | 2 | 3 | 4;

export interface SizeCategoryRule {
  thresholds: readonly [number, number, number];
  atThreshold: 'upper' | 'lower';
}

export const DEFAULT_SIZE_RULE: SizeCategoryRule = {
  thresholds: [40_000, 80_000, 175_000],
  atThreshold: 'upper',
};

export function sizeCategory(population: number, rule: SizeCategoryRule = DEFAULT_SIZE_RULE): SizeCategory {
  let category: SizeCategory = 1;
  for (const threshold of rule.thresholds) {
    const above = rule.atThreshold === 'upper' ? population >= threshold : population > threshold;
    if (above) category = (category + 1) as SizeCategory;
  }
  return category;
}
