import { invalid } from '../errors.ts';
import { isActive, type Stage } from '../lifecycle/stages.ts';
import { type Contiguity, territoryContiguity } from './contiguity.ts';
import { DEFAULT_SIZE_RULE, type SizeCategory, type SizeCategoryRule, sizeCategory } from './size-category.ts';
import type { TerritoryIndex } from './territory-index.ts';

export interface OtherCptsTerritory {
  id: string;
  name: string;
  stage: Stage;
  unitCodes: readonly string[];
}

export interface TerritoryOverlapWarning {
  cptsId: string;
  cptsName: string;
  unitCodes: string[];
  population: number;
}

export interface TerritoryAssessment {
  unitCodes: string[];
  population: number;
  sizeCategory: SizeCategory;
  contiguity: Contiguity;
  overlaps: TerritoryOverlapWarning[];
  /** Units outside the CPTS's steering region (allowed, but worth a warning). */
  unitsOutsideRegion: string[];
}

/**
 * Checks a proposed territory: every code must be a known unit (the field path names the
 * first unknown one), duplicates are dropped. Returns the canonical sorted list.
 */
export function validateUnitCodes(index: TerritoryIndex, codes: readonly string[], field = 'units'): string[] {
  const seen = new Set<string>();
  codes.forEach((code, position) => {
    if (!index.indexByCode.has(code)) {
      throw invalid(
        `${field}[${position}]`,
        `Unité territoriale inconnue : « ${code} » (code INSEE de commune ou d'arrondissement attendu).`,
      );
    }
    seen.add(code);
  });
  return [...seen].sort();
}

/** Population, taille, contiguity and overlap warnings of a (proposed) CPTS territory. */
export function assessTerritory(options: {
  index: TerritoryIndex;
  unitCodes: readonly string[];
  regionCode: string;
  others: readonly OtherCptsTerritory[];
  sizeRule?: SizeCategoryRule;
}): TerritoryAssessment {
  const { index } = options;
  const unitCodes = validateUnitCodes(index, options.unitCodes);
  const indices = unitCodes.map((code) => index.indexByCode.get(code) as number);
  const mine = new Set(unitCodes);
  const population = indices.reduce((sum, i) => sum + (index.population[i] ?? 0), 0);
  const overlaps: TerritoryOverlapWarning[] = [];
  for (const other of options.others) {
    if (!isActive(other.stage)) continue;
    const shared = other.unitCodes.filter((code) => mine.has(code)).sort();
    if (shared.length === 0) continue;
    overlaps.push({
      cptsId: other.id,
      cptsName: other.name,
      unitCodes: shared,
      population: shared.reduce((sum, code) => sum + (index.population[index.indexByCode.get(code) ?? -1] ?? 0), 0),
    });
  }
  return {
    unitCodes,
    population,
    sizeCategory: sizeCategory(population, options.sizeRule ?? DEFAULT_SIZE_RULE),
    contiguity: territoryContiguity(index, indices),
    overlaps: overlaps.sort((a, b) => b.population - a.population),
    unitsOutsideRegion: indices.filter((i) => index.units[i]?.regionCode !== options.regionCode).map((i) => index.units[i]?.code ?? ''),
  };
}
