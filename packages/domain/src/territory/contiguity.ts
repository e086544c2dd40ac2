import type { TerritoryIndex } from './territory-index.ts';

export type Contiguity =
  | { status: 'contiguous'; parts: 1 }
  /** `detached`: the unit codes of every piece but the largest, the units that break contiguity. */
  | { status: 'fragmented'; parts: number; detached: string[][] }
  | { status: 'empty'; parts: 0 }
  /** Some unit has no contour (or none are loaded): never guess. */
  | { status: 'unknown'; parts: null; unitsWithoutShape: string[] };

/**
 * Connected components of a set of units under the shared-boundary relation, keeping only
 * members of `members` (a Uint8Array mask over the index).
 */
export function connectedComponents(
  index: TerritoryIndex,
  unitIndices: readonly number[],
  members: Uint8Array,
  seen: Uint8Array = new Uint8Array(index.units.length),
): number[][] {
  const components: number[][] = [];
  const stack: number[] = [];
  for (const start of unitIndices) {
    if (seen[start]) continue;
    seen[start] = 1;
    const component: number[] = [];
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      component.push(i);
      const end = index.adjacencyOffsets[i + 1] ?? 0;
      for (let k = index.adjacencyOffsets[i] ?? 0; k < end; k++) {
        const j = index.adjacency[k] as number;
        if (members[j] && !seen[j]) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    components.push(component);
  }
  return components;
}

/** Reusable buffers, so that checking many territories allocates nothing per territory. */
export interface ContiguityScratch {
  members: Uint8Array;
  seen: Uint8Array;
}

export function contiguityScratch(index: TerritoryIndex): ContiguityScratch {
  return { members: new Uint8Array(index.units.length), seen: new Uint8Array(index.units.length) };
}

/** Whether a territory is in one piece. Reads "unknown" when any unit lacks a contour. */
export function territoryContiguity(
  index: TerritoryIndex,
  unitIndices: readonly number[],
  scratch: ContiguityScratch = contiguityScratch(index),
): Contiguity {
  if (unitIndices.length === 0) return { status: 'empty', parts: 0 };
  const unitsWithoutShape = unitIndices.filter((i) => !index.hasShape[i]).map((i) => index.units[i]?.code ?? '');
  if (unitsWithoutShape.length > 0) return { status: 'unknown', parts: null, unitsWithoutShape };
  for (const i of unitIndices) scratch.members[i] = 1;
  const components = connectedComponents(index, unitIndices, scratch.members, scratch.seen);
  // Leave the buffers clean for the next territory (components only visit members).
  for (const i of unitIndices) {
    scratch.members[i] = 0;
    scratch.seen[i] = 0;
  }
  if (components.length === 1) return { status: 'contiguous', parts: 1 };
  return { status: 'fragmented', parts: components.length, detached: detachedPieces(index, components) };
}

/**
 * The pieces that break contiguity: all but the main one (the most populous, then the largest
 * in units), each as sorted unit codes, the most populous first.
 */
function detachedPieces(index: TerritoryIndex, components: readonly number[][]): string[][] {
  const weight = (component: readonly number[]) => component.reduce((sum, i) => sum + (index.population[i] ?? 0), 0);
  const ranked = components
    .map((component) => ({ component, population: weight(component) }))
    .sort((a, b) => b.population - a.population || b.component.length - a.component.length);
  return ranked.slice(1).map(({ component }) => component.map((i) => index.units[i]?.code ?? '').sort());
}
