import type { Stage } from '../lifecycle/stages.ts';
import type { Contiguity } from '../territory/contiguity.ts';
import type { CoverageResult, CptsCoverage, CptsRef, Overlap, WhiteZone } from './coverage.ts';
import { byZoneOrder, type CoverageIndex, type CoverageScratch, whiteZoneOf, type ZoneGroup } from './coverage-index.ts';
import type { CoverageScope } from './scope.ts';
import type { StageLevel, UnitLevel } from './unit-levels.ts';

const NONE = new Int32Array(0);

/** The scope as [start, end) pairs of blocks (France minus some regions is the complement of their ranges). */
export function scopeRanges(ci: CoverageIndex, scope: CoverageScope): Int32Array {
  if (scope.kind === 'region') return ci.regionRanges.get(scope.code) ?? NONE;
  if (scope.kind === 'departement') return ci.departementRanges.get(scope.code) ?? NONE;
  const cut: number[] = [];
  for (const code of new Set(scope.outsideRegions ?? [])) {
    const ranges = ci.regionRanges.get(code);
    if (ranges) cut.push(...ranges);
  }
  const pairs: [number, number][] = [];
  for (let k = 0; k < cut.length; k += 2) pairs.push([cut[k] as number, cut[k + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  const kept: number[] = [];
  let from = 0;
  for (const [start, end] of pairs) {
    if (start > from) kept.push(from, start);
    from = end;
  }
  const blocks = ci.scratch.blockStamp.length;
  if (blocks > from) kept.push(from, blocks);
  return Int32Array.from(kept);
}

/** A fresh generation: every stamp set by an earlier call reads as unset, with no clearing. */
function nextGeneration(s: CoverageScratch): number {
  if (s.generation >= 0xffff_fffe) {
    for (const stamps of [s.blockStamp, s.seen, s.cptsStamp, s.overlapStamp, s.zoneStamp]) stamps.fill(0);
    s.generation = 0;
  }
  s.generation += 1;
  return s.generation;
}

const ref = (c: CptsRef): CptsRef => ({ id: c.id, name: c.name, stage: c.stage });

function copyContiguity(c: Contiguity): Contiguity {
  if (c.status === 'fragmented') return { status: 'fragmented', parts: c.parts, detached: c.detached.map((piece) => [...piece]) };
  if (c.status === 'unknown') return { status: 'unknown', parts: null, unitsWithoutShape: [...c.unitsWithoutShape] };
  return { ...c };
}

const copyZone = (zone: WhiteZone): WhiteZone => ({
  key: zone.key,
  unitCodes: zone.unitCodes.slice(),
  population: zone.population,
  groupedBy: zone.groupedBy,
  departementCodes: zone.departementCodes.slice(),
  projects: zone.projects.map(ref),
});

/** The part of a white-zone group inside the scope: EPCI groups shrink, adjacency groups may split (same walk as the reference). */
function partialZones(ci: CoverageIndex, g: number, generation: number): WhiteZone[] {
  const group = ci.zoneGroups[g];
  if (!group) return [];
  const { blockStamp, seen } = ci.scratch;
  const { blockOf } = ci;
  const kept = group.units.filter((i) => blockStamp[blockOf[i] as number] === generation);
  if (group.zone.groupedBy === 'epci') return [whiteZoneOf(ci, kept, 'epci')];
  const { adjacencyOffsets, adjacency } = ci.territory;
  const zones: WhiteZone[] = [];
  const stack: number[] = [];
  for (const start of kept) {
    if (seen[start] === generation) continue;
    seen[start] = generation;
    const component: number[] = [];
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      component.push(i);
      const end = adjacencyOffsets[i + 1] ?? 0;
      for (let k = adjacencyOffsets[i] ?? 0; k < end; k++) {
        const j = adjacency[k] as number;
        // Uncovered and in scope: a neighbour of the group that is uncovered is in the group.
        if (blockStamp[blockOf[j] as number] === generation && ci.zoneGroup[j] === g && seen[j] !== generation) {
          seen[j] = generation;
          stack.push(j);
        }
      }
    }
    zones.push(whiteZoneOf(ci, component, 'adjacency'));
  }
  return zones;
}

/**
 * Coverage of a scope from the index: the same `CoverageResult` as `computeCoverage` (the
 * reference, docs/reference/coverage.md §7), by one scan of the scope's units.
 */
export function coverageFromIndex(ci: CoverageIndex, scope: CoverageScope): CoverageResult {
  const s = ci.scratch;
  const generation = nextGeneration(s);
  const ranges = scopeRanges(ci, scope);
  let total = 0;
  let letterOfIntent = 0;
  let operating = 0;
  let unitCount = 0;
  const touchedCpts: number[] = [];
  const touchedOverlaps: number[] = [];
  const touchedZones: number[] = [];
  // Locals, so that the loop reads typed arrays only.
  const {
    blockStamp,
    zoneStamp,
    zoneCount,
    overlapStamp,
    overlapCount,
    overlapPopulation,
    overlapFirstRank,
    cptsStamp,
    cptsPopulationInScope,
  } = s;
  const { blockStart, blockZoneOffsets, blockZoneGroup, blockZoneCount, blockOverlapOffsets, blockOverlapGroup } = ci;
  const { blockOverlapCount, blockOverlapPopulation, blockOverlapFirstRank, blockCptsOffsets, blockCpts, blockCptsPopulation } = ci;
  for (let r = 0; r < ranges.length; r += 2) {
    const end = ranges[r + 1] as number;
    for (let b = ranges[r] as number; b < end; b++) {
      blockStamp[b] = generation;
      unitCount += (blockStart[b + 1] as number) - (blockStart[b] as number);
      total += ci.blockPopulation[b] as number;
      letterOfIntent += ci.blockLetterOfIntent[b] as number;
      operating += ci.blockOperating[b] as number;
      for (let k = blockZoneOffsets[b] as number; k < (blockZoneOffsets[b + 1] as number); k++) {
        const z = blockZoneGroup[k] as number;
        if (zoneStamp[z] !== generation) {
          zoneStamp[z] = generation;
          zoneCount[z] = blockZoneCount[k] as number;
          touchedZones.push(z);
        } else zoneCount[z] = (zoneCount[z] as number) + (blockZoneCount[k] as number);
      }
      for (let k = blockOverlapOffsets[b] as number; k < (blockOverlapOffsets[b + 1] as number); k++) {
        const o = blockOverlapGroup[k] as number;
        const rank = blockOverlapFirstRank[k] as number;
        if (overlapStamp[o] !== generation) {
          overlapStamp[o] = generation;
          overlapCount[o] = blockOverlapCount[k] as number;
          overlapPopulation[o] = blockOverlapPopulation[k] as number;
          overlapFirstRank[o] = rank;
          touchedOverlaps.push(o);
        } else {
          overlapCount[o] = (overlapCount[o] as number) + (blockOverlapCount[k] as number);
          overlapPopulation[o] = (overlapPopulation[o] as number) + (blockOverlapPopulation[k] as number);
          if (rank < (overlapFirstRank[o] as number)) overlapFirstRank[o] = rank;
        }
      }
      for (let k = blockCptsOffsets[b] as number; k < (blockCptsOffsets[b + 1] as number); k++) {
        const c = blockCpts[k] as number;
        if (cptsStamp[c] !== generation) {
          cptsStamp[c] = generation;
          cptsPopulationInScope[c] = blockCptsPopulation[k] as number;
          touchedCpts.push(c);
        } else cptsPopulationInScope[c] = (cptsPopulationInScope[c] as number) + (blockCptsPopulation[k] as number);
      }
    }
  }

  // CPTS in the order of the territories list, as the reference lists them.
  const relevant = Int32Array.from(touchedCpts).sort();
  const cptsByStage: Partial<Record<Stage, number>> = {};
  const cpts: CptsCoverage[] = [];
  for (const c of relevant) {
    const entry = ci.cpts[c] as CptsRef;
    cptsByStage[entry.stage] = (cptsByStage[entry.stage] ?? 0) + 1;
    cpts.push({
      id: entry.id,
      name: entry.name,
      stage: entry.stage,
      population: ci.cptsPopulation[c] as number,
      populationInScope: s.cptsPopulationInScope[c] as number,
      sizeCategory: ci.cptsSize[c] as CptsCoverage['sizeCategory'],
      unitCount: (ci.cptsUnitOffsets[c + 1] as number) - (ci.cptsUnitOffsets[c] as number),
      contiguity: copyContiguity(ci.cptsContiguity[c] as Contiguity),
    });
  }

  // Overlaps: most populated first, ties in the order the reference meets them (first claim).
  const overlaps: (Overlap & { rank: number })[] = touchedOverlaps.map((o) => {
    const group = ci.overlapGroups[o];
    const full = s.overlapCount[o] === group?.unitCodes.length;
    const unitCodes = full
      ? [...(group?.unitCodes ?? [])]
      : (group?.unitCodes ?? []).filter((code) => s.blockStamp[ci.blockOf[ci.territory.indexByCode.get(code) ?? -1] ?? -1] === generation);
    return {
      cpts: (group?.cpts ?? []).map(ref),
      unitCodes,
      population: s.overlapPopulation[o] as number,
      rank: s.overlapFirstRank[o] as number,
    };
  });
  overlaps.sort((a, b) => b.population - a.population || a.rank - b.rank);

  // White zones: most populated first, then by key. Whole groups come in their precomputed order;
  // only when a group is cut by the scope are the zones sorted as objects.
  let whiteZones: WhiteZone[] = [];
  const fullRanks: number[] = [];
  const partial: WhiteZone[] = [];
  for (const z of touchedZones) {
    const group = ci.zoneGroups[z];
    if (!group) continue;
    if (s.zoneCount[z] === group.units.length) fullRanks.push(ci.zoneRank[z] as number);
    else partial.push(...partialZones(ci, z, generation));
  }
  for (const rank of Int32Array.from(fullRanks).sort())
    whiteZones.push(copyZone((ci.zoneGroups[ci.zoneByRank[rank] as number] as ZoneGroup).zone));
  if (partial.length > 0) whiteZones = [...whiteZones, ...partial].sort(byZoneOrder);

  return {
    population: total,
    unitCount,
    covered: { letterOfIntent, operating },
    uncovered: total - letterOfIntent,
    cptsByStage,
    overlaps: overlaps.map(({ rank: _rank, ...overlap }) => overlap),
    whiteZones,
    cpts,
    contoursLoaded: ci.territory.contoursLoaded,
  };
}

/** The level of every unit of the scope for the map (`unitLevels`, from the index), by increasing unit index. */
export function unitLevelsFromIndex(ci: CoverageIndex, scope: CoverageScope): UnitLevel[] {
  const ranges = scopeRanges(ci, scope);
  const positions = (r: number) =>
    [ci.blockStart[ranges[r] as number] as number, ci.blockStart[ranges[r + 1] as number] as number] as const;
  let count = 0;
  for (let r = 0; r < ranges.length; r += 2) count += positions(r)[1] - positions(r)[0];
  const indices = new Int32Array(count);
  let k = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const [start, end] = positions(r);
    indices.set(ci.order.subarray(start, end), k);
    k += end - start;
  }
  indices.sort();
  const result: UnitLevel[] = new Array(count);
  for (let j = 0; j < count; j++) {
    const i = indices[j] as number;
    const cptsIds: string[] = [];
    const end = ci.claimOffsets[i + 1] as number;
    for (let c = ci.claimOffsets[i] as number; c < end; c++) cptsIds.push((ci.cpts[ci.claims[c] as number] as CptsRef).id);
    result[j] = { code: ci.territory.units[i]?.code ?? '', stageLevel: ci.level[i] as StageLevel, cptsIds };
  }
  return result;
}
