import { isActive } from '../lifecycle/stages.ts';
import { type Contiguity, connectedComponents, contiguityScratch, territoryContiguity } from '../territory/contiguity.ts';
import { type SizeCategory, sizeCategory } from '../territory/size-category.ts';
import type { TerritoryIndex } from '../territory/territory-index.ts';
import { type CoverageOptions, type CptsRef, type CptsTerritory, DEFAULT_COVERAGE_OPTIONS, type WhiteZone } from './coverage.ts';
import { stageLevelOf } from './unit-levels.ts';

/**
 * Everything about coverage that does not depend on the scope, computed once per (geography
 * version, territories version) so that a coverage answer is a scan of its scope
 * (docs/reference/coverage.md §7). Typed arrays and compressed lists (CSR: the items of k are
 * items[offsets[k]..offsets[k+1])), no maps in the hot loops.
 */
export interface CoverageIndex {
  readonly territory: TerritoryIndex;
  readonly options: CoverageOptions;
  /** Position → unit index: units sorted by region then département, so that each is a range. */
  readonly order: Int32Array;
  /**
   * Blocks: maximal runs of positions with one region and one département; block b holds the
   * positions blockStart[b]..blockStart[b+1]. Every scope is a union of blocks.
   */
  readonly blockStart: Int32Array;
  /** Per unit: its block. */
  readonly blockOf: Int32Array;
  /** [start, end) pairs of blocks, by region code and by département code. */
  readonly regionRanges: ReadonlyMap<string, Int32Array>;
  readonly departementRanges: ReadonlyMap<string, Int32Array>;
  /** Per block: its population, covered at the letter-of-intent and operating levels (each unit once). */
  readonly blockPopulation: Float64Array;
  readonly blockLetterOfIntent: Float64Array;
  readonly blockOperating: Float64Array;
  /** Per block (CSR): the white-zone groups it holds and how many of their units. */
  readonly blockZoneOffsets: Int32Array;
  readonly blockZoneGroup: Int32Array;
  readonly blockZoneCount: Int32Array;
  /** Per block (CSR): the overlap groups it holds, how many units, their population, their first claim. */
  readonly blockOverlapOffsets: Int32Array;
  readonly blockOverlapGroup: Int32Array;
  readonly blockOverlapCount: Int32Array;
  readonly blockOverlapPopulation: Float64Array;
  readonly blockOverlapFirstRank: Int32Array;
  /** Per block (CSR): the CPTS claiming units of it, and the population they claim there. */
  readonly blockCptsOffsets: Int32Array;
  readonly blockCpts: Int32Array;
  readonly blockCptsPopulation: Float64Array;
  /** Per unit: the highest level of its active CPTS (0 none, 1 early project, 2 letter of intent, 3 operating). */
  readonly level: Uint8Array;
  /** Per unit: the active CPTS claiming it, in the order of the territories list. */
  readonly claimOffsets: Int32Array;
  readonly claims: Int32Array;
  /** Per unit: when it is first claimed, walking the CPTS then their units (the order overlaps appear in). */
  readonly claimRank: Int32Array;
  /** Per unit: its overlap group (the same set of two or more CPTS), −1 when claimed less than twice. */
  readonly overlapGroup: Int32Array;
  readonly overlapGroups: readonly OverlapGroup[];
  /** Per unit: its white-zone group over all of France, −1 when covered at the letter-of-intent level. */
  readonly zoneGroup: Int32Array;
  readonly zoneGroups: readonly ZoneGroup[];
  /** Rank of each group's zone in the order of the answer (most populated first, then key), and back. */
  readonly zoneRank: Int32Array;
  readonly zoneByRank: Int32Array;
  /** The active CPTS, in the order of the territories list, and their units (CSR). */
  readonly cpts: readonly CptsRef[];
  readonly cptsUnitOffsets: Int32Array;
  readonly cptsUnits: Int32Array;
  readonly cptsPopulation: Float64Array;
  readonly cptsSize: readonly SizeCategory[];
  readonly cptsContiguity: readonly Contiguity[];
  /** Reused between calls: a slot equal to the current generation is set, any other is stale. */
  readonly scratch: CoverageScratch;
}

export interface OverlapGroup {
  cpts: CptsRef[];
  /** Sorted like the reference (plain string order). */
  unitCodes: string[];
  population: number;
}

export interface ZoneGroup {
  /** The zone when all its units are in scope. */
  zone: WhiteZone;
  /** Its units by increasing unit index (for the zone's part inside a smaller scope). */
  units: Int32Array;
}

export interface CoverageScratch {
  generation: number;
  /** Blocks of the current scope (a unit is in scope when its block is). */
  readonly blockStamp: Uint32Array;
  readonly seen: Uint32Array;
  readonly cptsStamp: Uint32Array;
  readonly cptsPopulationInScope: Float64Array;
  readonly overlapStamp: Uint32Array;
  readonly overlapCount: Int32Array;
  readonly overlapPopulation: Float64Array;
  readonly overlapFirstRank: Int32Array;
  readonly zoneStamp: Uint32Array;
  readonly zoneCount: Int32Array;
}

const ref = (c: CptsRef): CptsRef => ({ id: c.id, name: c.name, stage: c.stage });
const byCode = (codes: readonly string[]) => (a: number, b: number) => {
  const x = codes[a] as string;
  const y = codes[b] as string;
  return x < y ? -1 : x > y ? 1 : 0;
};

function ids(values: readonly (string | null)[]): Int32Array {
  const known = new Map<string | null, number>();
  return Int32Array.from(values, (value) => {
    let id = known.get(value);
    if (id === undefined) {
      id = known.size;
      known.set(value, id);
    }
    return id;
  });
}

/** Ranges of consecutive blocks sharing a code (a département split across regions gets several ranges). */
function rangesOf(blocks: number, codeOf: (b: number) => string | null): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  let start = 0;
  for (let p = 1; p <= blocks; p++) {
    const code = codeOf(start);
    if (p < blocks && codeOf(p) === code) continue;
    if (code !== null) {
      const list = lists.get(code);
      if (list) list.push(start, p);
      else lists.set(code, [start, p]);
    }
    start = p;
  }
  return new Map([...lists].map(([code, list]) => [code, Int32Array.from(list)]));
}

function csr(lists: readonly (readonly number[])[]): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, k) => {
    offsets[k + 1] = (offsets[k] ?? 0) + list.length;
  });
  const items = new Int32Array(offsets[lists.length] ?? 0);
  lists.forEach((list, k) => {
    items.set(list, offsets[k] ?? 0);
  });
  return { offsets, items };
}

/** The order of white zones in an answer: most populated first, then by key (as the reference sorts them). */
export const byZoneOrder = (a: WhiteZone, b: WhiteZone) => b.population - a.population || a.key.localeCompare(b.key);

/** A white zone from its units (in the order the reference visits them, which orders its projects). */
export function whiteZoneOf(
  ci: Pick<CoverageIndex, 'territory' | 'claimOffsets' | 'claims' | 'cpts'>,
  indices: ArrayLike<number>,
  groupedBy: WhiteZone['groupedBy'],
): WhiteZone {
  const { units, population } = ci.territory;
  const unitCodes: string[] = [];
  const projects = new Map<string, CptsRef>();
  const departements = new Set<string>();
  let total = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const unit = units[i];
    unitCodes.push(unit?.code ?? '');
    total += population[i] ?? 0;
    if (unit?.departementCode) departements.add(unit.departementCode);
    const end = ci.claimOffsets[i + 1] ?? 0;
    for (let c = ci.claimOffsets[i] ?? 0; c < end; c++) {
      const cpts = ci.cpts[ci.claims[c] as number] as CptsRef;
      projects.set(cpts.id, ref(cpts));
    }
  }
  unitCodes.sort();
  return {
    key: unitCodes[0] ?? '',
    unitCodes,
    population: total,
    groupedBy,
    departementCodes: [...departements].sort(),
    projects: [...projects.values()],
  };
}

/**
 * Builds the coverage index of these territories over the reference geography. Pure; the API
 * keeps the last one per (geography version, territories version) (docs/architecture.md).
 */
export function buildCoverageIndex(
  territory: TerritoryIndex,
  territories: readonly CptsTerritory[],
  options: CoverageOptions = DEFAULT_COVERAGE_OPTIONS,
): CoverageIndex {
  const { units, population } = territory;
  const n = units.length;
  const codes = units.map((u) => u.code);

  // Scope layout: a region, a département, France minus some regions are ranges of positions.
  const regionId = ids(units.map((u) => u.regionCode));
  const departementId = ids(units.map((u) => u.departementCode));
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (regionId[a] as number) - (regionId[b] as number) || (departementId[a] as number) - (departementId[b] as number) || a - b,
  );
  const starts = [0];
  for (let p = 1; p < n; p++) {
    const a = order[p - 1] as number;
    const b = order[p] as number;
    if (regionId[a] !== regionId[b] || departementId[a] !== departementId[b]) starts.push(p);
  }
  if (n > 0) starts.push(n);
  const blockStart = Int32Array.from(starts);
  const blockCount = Math.max(0, starts.length - 1);
  const blockOf = new Int32Array(n);
  for (let b = 0; b < blockCount; b++)
    for (let p = starts[b] as number; p < (starts[b + 1] as number); p++) blockOf[order[p] as number] = b;
  const unitOfBlock = (b: number) => units[order[starts[b] as number] as number];
  const regionRanges = rangesOf(blockCount, (b) => unitOfBlock(b)?.regionCode ?? null);
  const departementRanges = rangesOf(blockCount, (b) => unitOfBlock(b)?.departementCode ?? null);

  // The active CPTS and their known units, as the reference resolves them (codes de-duplicated, unknown codes dropped).
  const cpts: CptsRef[] = [];
  const cptsLists: number[][] = [];
  const cptsLevel: number[] = [];
  for (const t of territories) {
    if (!isActive(t.stage)) continue;
    const list: number[] = [];
    for (const code of new Set(t.unitCodes)) {
      const i = territory.indexByCode.get(code);
      if (i !== undefined) list.push(i);
    }
    cpts.push(ref(t));
    cptsLists.push(list);
    cptsLevel.push(stageLevelOf(t.stage, options));
  }
  const { offsets: cptsUnitOffsets, items: cptsUnits } = csr(cptsLists);

  // Unit → claiming CPTS, levels and the order in which units are first claimed.
  const unitLists: number[][] = Array.from({ length: n }, () => []);
  const level = new Uint8Array(n);
  const claimRank = new Int32Array(n).fill(-1);
  let rank = 0;
  cptsLists.forEach((list, c) => {
    const l = cptsLevel[c] as number;
    for (const i of list) {
      unitLists[i]?.push(c);
      if ((level[i] as number) < l) level[i] = l;
      if (claimRank[i] === -1) claimRank[i] = rank++;
    }
  });
  const { offsets: claimOffsets, items: claims } = csr(unitLists);

  // Overlap groups: units claimed by the same set of two or more CPTS, keyed once by their ids.
  const overlapGroup = new Int32Array(n).fill(-1);
  const overlapKeys = new Map<string, number>();
  const overlapMembers: number[][] = [];
  const overlapCpts: CptsRef[][] = [];
  for (let i = 0; i < n; i++) {
    const list = unitLists[i] as number[];
    if (list.length < 2) continue;
    const sorted = list.map((c) => cpts[c] as CptsRef).sort((a, b) => a.id.localeCompare(b.id));
    const key = sorted.map((c) => c.id).join('|');
    let g = overlapKeys.get(key);
    if (g === undefined) {
      g = overlapMembers.length;
      overlapKeys.set(key, g);
      overlapMembers.push([]);
      overlapCpts.push(sorted.map(ref));
    }
    overlapGroup[i] = g;
    overlapMembers[g]?.push(i);
  }
  const overlapGroups: OverlapGroup[] = overlapMembers.map((members, g) => ({
    cpts: overlapCpts[g] as CptsRef[],
    unitCodes: members.sort(byCode(codes)).map((i) => codes[i] as string),
    population: members.reduce((sum, i) => sum + (population[i] ?? 0), 0),
  }));

  // White-zone groups over all of France: connected uncovered units with a contour, the others by EPCI.
  const uncoveredMask = new Uint8Array(n);
  const shapedUncovered: number[] = [];
  const byEpci = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if ((level[i] as number) >= 2) continue;
    uncoveredMask[i] = 1;
    if (territory.hasShape[i]) shapedUncovered.push(i);
    else {
      const unit = units[i];
      const key = unit?.epciCode ?? `dep-${unit?.departementCode ?? '?'}`;
      const list = byEpci.get(key);
      if (list) list.push(i);
      else byEpci.set(key, [i]);
    }
  }
  const zoneGroup = new Int32Array(n).fill(-1);
  const base = { territory, claimOffsets, claims, cpts };
  const zoneGroups: ZoneGroup[] = [
    ...connectedComponents(territory, shapedUncovered, uncoveredMask).map((indices) => ({ indices, groupedBy: 'adjacency' as const })),
    ...[...byEpci.values()].map((indices) => ({ indices, groupedBy: 'epci' as const })),
  ].map(({ indices, groupedBy }, g) => {
    for (const i of indices) zoneGroup[i] = g;
    return { zone: whiteZoneOf(base, indices, groupedBy), units: Int32Array.from(indices).sort() };
  });

  const zoneByRank = Int32Array.from(zoneGroups.keys()).sort((a, b) =>
    byZoneOrder((zoneGroups[a] as ZoneGroup).zone, (zoneGroups[b] as ZoneGroup).zone),
  );
  const zoneRank = new Int32Array(zoneGroups.length);
  zoneByRank.forEach((g, rank) => {
    zoneRank[g] = rank;
  });

  // Per block: its totals and the groups and CPTS it touches, so that a scope adds up blocks, not units.
  const blockPopulation = new Float64Array(blockCount);
  const blockLetterOfIntent = new Float64Array(blockCount);
  const blockOperating = new Float64Array(blockCount);
  const zoneLists: number[][] = [];
  const zoneCounts: number[][] = [];
  const overlapLists: number[][] = [];
  const overlapCounts: number[][] = [];
  const overlapPopulations: number[][] = [];
  const overlapRanks: number[][] = [];
  const cptsListsByBlock: number[][] = [];
  const cptsPopulations: number[][] = [];
  for (let b = 0; b < blockCount; b++) {
    const zones = new Map<number, number>();
    const overlaps = new Map<number, { count: number; population: number; rank: number }>();
    const claimed = new Map<number, number>();
    for (let p = starts[b] as number; p < (starts[b + 1] as number); p++) {
      const i = order[p] as number;
      const pop = population[i] ?? 0;
      blockPopulation[b] = (blockPopulation[b] as number) + pop;
      if ((level[i] as number) >= 2) blockLetterOfIntent[b] = (blockLetterOfIntent[b] as number) + pop;
      if ((level[i] as number) >= 3) blockOperating[b] = (blockOperating[b] as number) + pop;
      const z = zoneGroup[i] as number;
      if (z >= 0) zones.set(z, (zones.get(z) ?? 0) + 1);
      const o = overlapGroup[i] as number;
      if (o >= 0) {
        const entry = overlaps.get(o) ?? { count: 0, population: 0, rank: claimRank[i] as number };
        entry.count += 1;
        entry.population += pop;
        entry.rank = Math.min(entry.rank, claimRank[i] as number);
        overlaps.set(o, entry);
      }
      for (const c of unitLists[i] as number[]) claimed.set(c, (claimed.get(c) ?? 0) + pop);
    }
    zoneLists.push([...zones.keys()]);
    zoneCounts.push([...zones.values()]);
    overlapLists.push([...overlaps.keys()]);
    overlapCounts.push([...overlaps.values()].map((e) => e.count));
    overlapPopulations.push([...overlaps.values()].map((e) => e.population));
    overlapRanks.push([...overlaps.values()].map((e) => e.rank));
    cptsListsByBlock.push([...claimed.keys()]);
    cptsPopulations.push([...claimed.values()]);
  }
  const { offsets: blockZoneOffsets, items: blockZoneGroup } = csr(zoneLists);
  const { offsets: blockOverlapOffsets, items: blockOverlapGroup } = csr(overlapLists);
  const { offsets: blockCptsOffsets, items: blockCpts } = csr(cptsListsByBlock);

  // Per CPTS: what does not depend on the scope.
  const scratch = contiguityScratch(territory);
  const cptsPopulation = Float64Array.from(cptsLists, (list) => list.reduce((sum, i) => sum + (population[i] ?? 0), 0));
  const cptsSize = [...cptsPopulation].map((p) => sizeCategory(p, options.sizeRule));
  const cptsContiguity = cptsLists.map((list) => territoryContiguity(territory, list, scratch));

  return {
    territory,
    options,
    order,
    blockStart,
    blockOf,
    regionRanges,
    departementRanges,
    blockPopulation,
    blockLetterOfIntent,
    blockOperating,
    blockZoneOffsets,
    blockZoneGroup,
    blockZoneCount: Int32Array.from(zoneCounts.flat()),
    blockOverlapOffsets,
    blockOverlapGroup,
    blockOverlapCount: Int32Array.from(overlapCounts.flat()),
    blockOverlapPopulation: Float64Array.from(overlapPopulations.flat()),
    blockOverlapFirstRank: Int32Array.from(overlapRanks.flat()),
    blockCptsOffsets,
    blockCpts,
    blockCptsPopulation: Float64Array.from(cptsPopulations.flat()),
    level,
    claimOffsets,
    claims,
    claimRank,
    overlapGroup,
    overlapGroups,
    zoneGroup,
    zoneGroups,
    zoneRank,
    zoneByRank,
    cpts,
    cptsUnitOffsets,
    cptsUnits,
    cptsPopulation,
    cptsSize,
    cptsContiguity,
    scratch: {
      generation: 0,
      blockStamp: new Uint32Array(blockCount),
      seen: new Uint32Array(n),
      cptsStamp: new Uint32Array(cpts.length),
      cptsPopulationInScope: new Float64Array(cpts.length),
      overlapStamp: new Uint32Array(overlapGroups.length),
      overlapCount: new Int32Array(overlapGroups.length),
      overlapPopulation: new Float64Array(overlapGroups.length),
      overlapFirstRank: new Int32Array(overlapGroups.length),
      zoneStamp: new Uint32Array(zoneGroups.length),
      zoneCount: new Int32Array(zoneGroups.length),
    },
  };
}
