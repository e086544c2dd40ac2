import { invalid } from '../errors.ts';
import { isActive, type Stage } from '../lifecycle/stages.ts';
import { type Contiguity, territoryContiguity } from './contiguity.ts';
import { DEFAULT_SIZE_RULE, type SizeCategory, type SizeCategoryRule, sizeCategory } from './size-category.ts';
import type { TerritoryIndex } from './territory-index.ts';
import type { TerritorialUnit } from './unit.ts';

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

/** A département or EPCI the territory reaches, and how many of its units it holds. */
export interface TerritoryGroup {
  code: string;
  name: string;
  unitCount: number;
}

export interface TerritoryAssessment {
  unitCodes: string[];
  population: number;
  sizeCategory: SizeCategory;
  contiguity: Contiguity;
  overlaps: TerritoryOverlapWarning[];
  /** Units outside the CPTS's steering region (allowed, but worth a warning). */
  unitsOutsideRegion: string[];
  /** Départements and EPCI the territory reaches, the most represented first (docs/reference/coverage.md §5). */
  departements: TerritoryGroup[];
  epcis: TerritoryGroup[];
}

/** The groups (département or EPCI) of a set of units, named from `names` (the code when unknown). */
export function territoryGroups(
  units: readonly { departementCode: string | null; epciCode: string | null }[],
  key: 'departementCode' | 'epciCode',
  names: ReadonlyMap<string, string>,
): TerritoryGroup[] {
  const counts = new Map<string, number>();
  for (const unit of units) {
    const code = unit[key];
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts]
    .map(([code, unitCount]) => ({ code, name: names.get(code) ?? code, unitCount }))
    .sort((a, b) => b.unitCount - a.unitCount || a.name.localeCompare(b.name, 'fr'));
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
  /** Names of départements and EPCI by code (codes do not collide: 2–3 characters against 9 digits). */
  groupNames?: ReadonlyMap<string, string>;
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
    ...groupsOf(
      indices.flatMap((i) => index.units[i] ?? []),
      options.groupNames ?? new Map(),
    ),
  };
}

function groupsOf(units: readonly TerritorialUnit[], names: ReadonlyMap<string, string>) {
  return { departements: territoryGroups(units, 'departementCode', names), epcis: territoryGroups(units, 'epciCode', names) };
}
