import type { Stage } from '../lifecycle/stages.ts';
import type { Contiguity } from '../territory/contiguity.ts';
import type { CoverageResult, CptsCoverage, CptsRef, Overlap, WhiteZone } from './coverage.ts';
import { type CoverageIndex, type CoverageScratch, whiteZoneOf } from './coverage-index.ts';
import type { CoverageScope } from './scope.ts';
import type { StageLevel, UnitLevel } from './unit-levels.ts';

const NONE = new Int32Array(0);

/** The scope as [start, end) pairs of positions of `ci.order` (France minus some regions is the complement of their ranges). */
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
  if (ci.order.length > from) kept.push(from, ci.order.length);
  return Int32Array.from(kept);
}

/** A fresh generation: every stamp set by an earlier call reads as unset, with no clearing. */
function nextGeneration(s: CoverageScratch): number {
  if (s.generation >= 0xffff_fffe) {
    for (const stamps of [s.inScope, s.seen, s.cptsStamp, s.overlapStamp, s.zoneStamp]) stamps.fill(0);
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
  ...zone,
  unitCodes: [...zone.unitCodes],
  departementCodes: [...zone.departementCodes],
  projects: zone.projects.map(ref),
});

/** The part of a white-zone group inside the scope: EPCI groups shrink, adjacency groups may split (same walk as the reference). */
function partialZones(ci: CoverageIndex, g: number, generation: number): WhiteZone[] {
  const group = ci.zoneGroups[g];
  if (!group) return [];
  const { inScope, seen } = ci.scratch;
  const kept = group.units.filter((i) => inScope[i] === generation);
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
        if (inScope[j] === generation && ci.zoneGroup[j] === g && seen[j] !== generation) {
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
 * reference, docs/reference/coverage.md §8), by one scan of the scope's units.
 */
export function coverageFromIndex(ci: CoverageIndex, scope: CoverageScope): CoverageResult {
  const s = ci.scratch;
  const generation = nextGeneration(s);
  const { order, level, claimOffsets, claims, overlapGroup, zoneGroup, claimRank } = ci;
  const population = ci.territory.population;
  const ranges = scopeRanges(ci, scope);
  let total = 0;
  let letterOfIntent = 0;
  let operating = 0;
  let unitCount = 0;
  const touchedCpts: number[] = [];
  const touchedOverlaps: number[] = [];
  const touchedZones: number[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const end = ranges[r + 1] as number;
    for (let p = ranges[r] as number; p < end; p++) {
      const i = order[p] as number;
      s.inScope[i] = generation;
      unitCount++;
      const pop = population[i] as number;
      total += pop;
      const l = level[i] as number;
      if (l >= 2) letterOfIntent += pop;
      if (l >= 3) operating += pop;
      const z = zoneGroup[i] as number;
      if (z >= 0) {
        if (s.zoneStamp[z] !== generation) {
          s.zoneStamp[z] = generation;
          s.zoneCount[z] = 0;
          touchedZones.push(z);
        }
        s.zoneCount[z] = (s.zoneCount[z] as number) + 1;
      }
      const o = overlapGroup[i] as number;
      if (o >= 0) {
        const rank = claimRank[i] as number;
        if (s.overlapStamp[o] !== generation) {
          s.overlapStamp[o] = generation;
          s.overlapCount[o] = 0;
          s.overlapPopulation[o] = 0;
          s.overlapFirstRank[o] = rank;
          touchedOverlaps.push(o);
        }
        s.overlapCount[o] = (s.overlapCount[o] as number) + 1;
        s.overlapPopulation[o] = (s.overlapPopulation[o] as number) + pop;
        if (rank < (s.overlapFirstRank[o] as number)) s.overlapFirstRank[o] = rank;
      }
      const claimsEnd = claimOffsets[i + 1] as number;
      for (let k = claimOffsets[i] as number; k < claimsEnd; k++) {
        const c = claims[k] as number;
        if (s.cptsStamp[c] !== generation) {
          s.cptsStamp[c] = generation;
          s.cptsPopulationInScope[c] = 0;
          touchedCpts.push(c);
        }
        s.cptsPopulationInScope[c] = (s.cptsPopulationInScope[c] as number) + pop;
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
      ...ref(entry),
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
      : (group?.unitCodes ?? []).filter((code) => s.inScope[ci.territory.indexByCode.get(code) ?? -1] === generation);
    return {
      cpts: (group?.cpts ?? []).map(ref),
      unitCodes,
      population: s.overlapPopulation[o] as number,
      rank: s.overlapFirstRank[o] as number,
    };
  });
  overlaps.sort((a, b) => b.population - a.population || a.rank - b.rank);

  const whiteZones: WhiteZone[] = [];
  for (const z of touchedZones) {
    const group = ci.zoneGroups[z];
    if (!group) continue;
    if (s.zoneCount[z] === group.units.length) whiteZones.push(copyZone(group.zone));
    else whiteZones.push(...partialZones(ci, z, generation));
  }
  whiteZones.sort((a, b) => b.population - a.population || a.key.localeCompare(b.key));

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
  let count = 0;
  for (let r = 0; r < ranges.length; r += 2) count += (ranges[r + 1] as number) - (ranges[r] as number);
  const indices = new Int32Array(count);
  let k = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    indices.set(ci.order.subarray(ranges[r] as number, ranges[r + 1] as number), k);
    k += (ranges[r + 1] as number) - (ranges[r] as number);
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
