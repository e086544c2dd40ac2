import { invalid } from '../errors.ts';
import { formatCount } from '../format/index.ts';
import { DEFAULT_SIZE_RULE, type SizeCategory, type SizeCategoryRule, sizeCategory } from '../territory/size-category.ts';
import type { PopulationFigure } from './contract.ts';

/** INSEE legal populations of the renewed census start with the 2006 vintage. */
const FIRST_VINTAGE = 2006;

/**
 * Checks a population and the taille it gives (docs/reference/coverage.md §2: thresholds [C], exact-threshold
 * side configurable), at `field` (`population` / `amendments[2].population`). The vintage
 * cannot be later than the year of the act that uses it.
 */
export function checkPopulationAndSize(
  figure: { population: PopulationFigure; sizeCategory: SizeCategory; field: string; actOn: string | null },
  rule: SizeCategoryRule = DEFAULT_SIZE_RULE,
): void {
  const { population, field } = figure;
  if (!Number.isSafeInteger(population.count) || population.count <= 0) {
    throw invalid(`${field}.count`, 'La population doit être un nombre entier d’habitants.');
  }
  const actYear = figure.actOn === null ? Number.POSITIVE_INFINITY : Number(figure.actOn.slice(0, 4));
  if (!Number.isInteger(population.vintage) || population.vintage < FIRST_VINTAGE || population.vintage > actYear) {
    const upTo = figure.actOn === null ? '' : `, au plus tard ${actYear}`;
    throw invalid(
      `${field}.vintage`,
      `Le millésime de la population doit être une année de recensement, à partir de ${FIRST_VINTAGE}${upTo}.`,
    );
  }
  const expected = sizeCategory(population.count, rule);
  if (figure.sizeCategory !== expected) {
    const sizeField = field === 'population' ? 'sizeCategory' : field.replace(/population$/, 'sizeCategory');
    throw invalid(
      sizeField,
      `La taille ${figure.sizeCategory} ne correspond pas à la population (${formatCount(population.count)} habitants : taille ${expected}).`,
    );
  }
}
