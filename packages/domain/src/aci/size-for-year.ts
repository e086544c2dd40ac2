import type { SizeCategory } from '../territory/size-category.ts';
import type { AciContract, PopulationFigure, SizeAmendment } from './contract.ts';
import type { ContractYear } from './contract-years.ts';

export interface YearSize {
  sizeCategory: SizeCategory;
  population: PopulationFigure;
  /** The amendment the taille comes from, `null` for the taille fixed at signature. */
  amendment: SizeAmendment | null;
}

/**
 * The taille a contract year is paid on. Rule chosen (docs/reference/coverage.md §2 is silent on timing): the
 * taille fixed at signature holds until an amendment takes effect; an amendment changes the
 * taille of the contract years that start on or after its effective date, never the year in
 * progress, whose advance was paid on its taille at the anniversary (docs/reference/aci.md §6).
 */
export function sizeForYear(contract: Pick<AciContract, 'sizeCategory' | 'population' | 'amendments'>, year: ContractYear): YearSize {
  const amendment = contract.amendments
    .filter((candidate) => candidate.effectiveFrom <= year.startsOn)
    .reduce<SizeAmendment | null>(
      (latest, candidate) => (!latest || candidate.effectiveFrom > latest.effectiveFrom ? candidate : latest),
      null,
    );
  return amendment
    ? { sizeCategory: amendment.sizeCategory, population: amendment.population, amendment }
    : { sizeCategory: contract.sizeCategory, population: contract.population, amendment: null };
}
