import type { TerritoryIndex } from '@maillon/domain';

export interface DemoGroup {
  key: string;
  name: string;
  unitIndices: number[];
  population: number;
  departementCode: string;
}

/** Splitting a large EPCI aims at CPTS of about this population (taille 3 territories). */
const TARGET_POPULATION = 95_000;

/**
 * Cuts a region into candidate CPTS territories along EPCI boundaries: an EPCI is one
 * territory, a large one is cut into pieces grown along shared boundaries (when contours are
 * loaded; in code order otherwise, which keeps arrondissements and neighbouring codes together).
 */
export function demoTerritories(index: TerritoryIndex, regionCode: string): DemoGroup[] {
  const byEpci = new Map<string, number[]>();
  index.units.forEach((unit, i) => {
    if (unit.regionCode === regionCode) {
      const key = unit.epciCode ?? `dep-${unit.departementCode}`;
      byEpci.set(key, [...(byEpci.get(key) ?? []), i]);
    }
  });
  const groups: DemoGroup[] = [];
  for (const [epci, members] of [...byEpci].sort(([a], [b]) => a.localeCompare(b))) {
    const population = members.reduce((s, i) => s + (index.population[i] ?? 0), 0);
    const pieces = Math.max(1, Math.round(population / TARGET_POPULATION));
    const parts = pieces === 1 ? [members] : splitByGrowth(index, members, population / pieces);
    groups.push(...parts.map((part, n) => toGroup(index, `${epci}-${n}`, part)));
  }
  return groups;
}

function toGroup(index: TerritoryIndex, key: string, unitIndices: number[]): DemoGroup {
  let largest = unitIndices[0] as number;
  let population = 0;
  for (const i of unitIndices) {
    population += index.population[i] ?? 0;
    if ((index.population[i] ?? 0) > (index.population[largest] ?? 0)) largest = i;
  }
  const unit = index.units[largest];
  return { key, name: unit?.name ?? key, unitIndices, population, departementCode: unit?.departementCode ?? '' };
}

/** Grows pieces of about `target` inhabitants from the first free unit, along shared boundaries. */
function splitByGrowth(index: TerritoryIndex, members: number[], target: number): number[][] {
  const free = new Set(members.sort((a, b) => (index.units[a]?.code ?? '').localeCompare(index.units[b]?.code ?? '')));
  const pieces: number[][] = [];
  while (free.size > 0) {
    const start = free.values().next().value as number;
    const piece: number[] = [];
    let population = 0;
    const queue = [start];
    free.delete(start);
    while (queue.length > 0 && population < target) {
      const i = queue.shift() as number;
      piece.push(i);
      population += index.population[i] ?? 0;
      const end = index.adjacencyOffsets[i + 1] ?? 0;
      for (let k = index.adjacencyOffsets[i] ?? 0; k < end; k++) {
        const j = index.adjacency[k] as number;
        if (free.has(j)) {
          free.delete(j);
          queue.push(j);
        }
      }
      // No shared boundary known (no contours): continue in code order.
      if (queue.length === 0 && population < target && free.size > 0 && !index.hasShape[i]) {
        const next = free.values().next().value as number;
        free.delete(next);
        queue.push(next);
      }
    }
    for (const leftover of queue) free.add(leftover);
    pieces.push(piece);
  }
  // Fold crumbs (under a fifth of the target) into the previous piece.
  const result: number[][] = [];
  for (const piece of pieces) {
    const population = piece.reduce((s, i) => s + (index.population[i] ?? 0), 0);
    const last = result.at(-1);
    if (last && population < target / 5) last.push(...piece);
    else result.push(piece);
  }
  return result;
}
