import { isActive, isAtLeast, type Stage } from '../lifecycle/stages.ts';
import {
  type Contiguity,
  type ContiguityScratch,
  connectedComponents,
  contiguityScratch,
  territoryContiguity,
} from '../territory/contiguity.ts';
import { DEFAULT_SIZE_RULE, type SizeCategory, type SizeCategoryRule, sizeCategory } from '../territory/size-category.ts';
import type { TerritoryIndex } from '../territory/territory-index.ts';
import { type CoverageScope, scopeMask } from './scope.ts';

export interface CptsTerritory {
  id: string;
  name: string;
  stage: Stage;
  unitCodes: readonly string[];
}

export interface CoverageOptions {
  /** Stage from which a CPTS counts as covering its territory (docs/reference/coverage.md §3: an unknown rule, hence configuration). */
  letterOfIntentThreshold: Stage;
  operatingThreshold: Stage;
  sizeRule: SizeCategoryRule;
}

export const DEFAULT_COVERAGE_OPTIONS: CoverageOptions = {
  letterOfIntentThreshold: 'letterOfIntentValidated',
  operatingThreshold: 'aciSigned',
  sizeRule: DEFAULT_SIZE_RULE,
};

export interface CptsRef {
  id: string;
  name: string;
  stage: Stage;
}

export interface Overlap {
  cpts: CptsRef[];
  unitCodes: string[];
  population: number;
}

export interface WhiteZone {
  /** Stable key: the smallest unit code of the zone. */
  key: string;
  unitCodes: string[];
  population: number;
  /** How units were grouped: shared boundaries, or EPCI when contours are missing. */
  groupedBy: 'adjacency' | 'epci';
  departementCodes: string[];
  /** CPTS projects below the coverage threshold already present on the zone. */
  projects: CptsRef[];
}

export interface CptsCoverage extends CptsRef {
  population: number;
  populationInScope: number;
  sizeCategory: SizeCategory;
  unitCount: number;
  contiguity: Contiguity;
}

export interface CoverageResult {
  population: number;
  unitCount: number;
  covered: { letterOfIntent: number; operating: number };
  uncovered: number;
  /** Count of active CPTS per stage, among CPTS with at least one unit in scope. */
  cptsByStage: Partial<Record<Stage, number>>;
  overlaps: Overlap[];
  whiteZones: WhiteZone[];
  cpts: CptsCoverage[];
  contoursLoaded: boolean;
}

interface ResolvedCpts extends CptsRef {
  indices: number[];
}

function resolve(index: TerritoryIndex, list: readonly CptsTerritory[]): ResolvedCpts[] {
  return list.map((cpts) => {
    const indices: number[] = [];
    for (const code of new Set(cpts.unitCodes)) {
      const i = index.indexByCode.get(code);
      if (i !== undefined) indices.push(i);
    }
    return { id: cpts.id, name: cpts.name, stage: cpts.stage, indices };
  });
}

const ref = (c: CptsRef): CptsRef => ({ id: c.id, name: c.name, stage: c.stage });

/**
 * Population coverage of a scope by CPTS: covered population at each level (de-duplicated),
 * overlaps (units claimed by two or more active CPTS) and white zones (units not covered at the
 * letter-of-intent level, grouped into connected clusters).
 */
export function computeCoverage(
  index: TerritoryIndex,
  territories: readonly CptsTerritory[],
  scope: CoverageScope,
  options: CoverageOptions = DEFAULT_COVERAGE_OPTIONS,
): CoverageResult {
  const n = index.units.length;
  const inScope = scopeMask(index, scope);
  const all = resolve(index, territories).filter((c) => isActive(c.stage));
  // level per unit: 0 none, 1 early project, 2 letter of intent validated, 3 operating
  const level = new Uint8Array(n);
  const claims = new Uint16Array(n);
  const claimants = new Map<number, ResolvedCpts[]>();
  const relevant: ResolvedCpts[] = [];
  for (const cpts of all) {
    const cptsLevel = isAtLeast(cpts.stage, options.operatingThreshold)
      ? 3
      : isAtLeast(cpts.stage, options.letterOfIntentThreshold)
        ? 2
        : 1;
    let touchesScope = false;
    for (const i of cpts.indices) {
      if (!inScope[i]) continue;
      touchesScope = true;
      if ((level[i] ?? 0) < cptsLevel) level[i] = cptsLevel;
      claims[i] = (claims[i] ?? 0) + 1;
      const list = claimants.get(i);
      if (list) list.push(cpts);
      else claimants.set(i, [cpts]);
    }
    if (touchesScope) relevant.push(cpts);
  }

  let population = 0;
  let letterOfIntent = 0;
  let operating = 0;
  let unitCount = 0;
  const uncoveredIndices: number[] = [];
  const uncoveredMask = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!inScope[i]) continue;
    unitCount++;
    const p = index.population[i] ?? 0;
    population += p;
    const l = level[i] ?? 0;
    if (l >= 2) letterOfIntent += p;
    if (l >= 3) operating += p;
    if (l < 2) {
      uncoveredIndices.push(i);
      uncoveredMask[i] = 1;
    }
  }

  const scratch = contiguityScratch(index);
  const cptsByStage: Partial<Record<Stage, number>> = {};
  for (const cpts of relevant) cptsByStage[cpts.stage] = (cptsByStage[cpts.stage] ?? 0) + 1;

  return {
    population,
    unitCount,
    covered: { letterOfIntent, operating },
    uncovered: population - letterOfIntent,
    cptsByStage,
    overlaps: overlapsOf(index, claims, claimants),
    whiteZones: whiteZonesOf(index, uncoveredIndices, uncoveredMask, claimants),
    cpts: relevant.map((cpts) => cptsCoverage(index, cpts, inScope, { rule: options.sizeRule, scratch })),
    contoursLoaded: index.contoursLoaded,
  };
}

function overlapsOf(index: TerritoryIndex, claims: Uint16Array, claimants: Map<number, ResolvedCpts[]>): Overlap[] {
  const groups = new Map<string, Overlap>();
  for (const [i, list] of claimants) {
    if ((claims[i] ?? 0) < 2) continue;
    const sorted = [...list].sort((a, b) => a.id.localeCompare(b.id));
    const key = sorted.map((c) => c.id).join('|');
    let group = groups.get(key);
    if (!group) {
      group = { cpts: sorted.map(ref), unitCodes: [], population: 0 };
      groups.set(key, group);
    }
    group.unitCodes.push(index.units[i]?.code ?? '');
    group.population += index.population[i] ?? 0;
  }
  return [...groups.values()].map((g) => ({ ...g, unitCodes: g.unitCodes.sort() })).sort((a, b) => b.population - a.population);
}

function whiteZonesOf(
  index: TerritoryIndex,
  uncovered: number[],
  uncoveredMask: Uint8Array,
  claimants: Map<number, ResolvedCpts[]>,
): WhiteZone[] {
  const shaped = uncovered.filter((i) => index.hasShape[i]);
  const clusters: { indices: number[]; groupedBy: WhiteZone['groupedBy'] }[] = connectedComponents(index, shaped, uncoveredMask).map(
    (indices) => ({ indices, groupedBy: 'adjacency' }),
  );
  // Units with no contour cannot be placed by adjacency: group them by EPCI (or département).
  const byEpci = new Map<string, number[]>();
  for (const i of uncovered) {
    if (index.hasShape[i]) continue;
    const unit = index.units[i];
    const key = unit?.epciCode ?? `dep-${unit?.departementCode ?? '?'}`;
    const list = byEpci.get(key);
    if (list) list.push(i);
    else byEpci.set(key, [i]);
  }
  for (const indices of byEpci.values()) clusters.push({ indices, groupedBy: 'epci' });

  return clusters
    .map(({ indices, groupedBy }) => {
      const unitCodes = indices.map((i) => index.units[i]?.code ?? '').sort();
      const projects = new Map<string, CptsRef>();
      const departements = new Set<string>();
      let population = 0;
      for (const i of indices) {
        population += index.population[i] ?? 0;
        const dep = index.units[i]?.departementCode;
        if (dep) departements.add(dep);
        for (const c of claimants.get(i) ?? []) projects.set(c.id, ref(c));
      }
      return {
        key: unitCodes[0] ?? '',
        unitCodes,
        population,
        groupedBy,
        departementCodes: [...departements].sort(),
        projects: [...projects.values()],
      };
    })
    .sort((a, b) => b.population - a.population || a.key.localeCompare(b.key));
}

function cptsCoverage(
  index: TerritoryIndex,
  cpts: ResolvedCpts,
  inScope: Uint8Array,
  { rule, scratch }: { rule: SizeCategoryRule; scratch: ContiguityScratch },
): CptsCoverage {
  let population = 0;
  let populationInScope = 0;
  for (const i of cpts.indices) {
    const p = index.population[i] ?? 0;
    population += p;
    if (inScope[i]) populationInScope += p;
  }
  return {
    ...ref(cpts),
    population,
    populationInScope,
    sizeCategory: sizeCategory(population, rule),
    unitCount: cpts.indices.length,
    contiguity: territoryContiguity(index, cpts.indices, scratch),
  };
}
