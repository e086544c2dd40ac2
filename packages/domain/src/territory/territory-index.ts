import type { TerritorialUnit } from './unit.ts';

/**
 * Immutable, array-based view of the reference geography, built once per geography version so
 * that coverage over the ~35 000 units of France runs in milliseconds (typed arrays, no maps in
 * the hot loops).
 */
export interface TerritoryIndex {
  readonly units: readonly TerritorialUnit[];
  readonly indexByCode: ReadonlyMap<string, number>;
  readonly population: Float64Array;
  /** 1 when the unit has a contour (so its neighbours are known). */
  readonly hasShape: Uint8Array;
  /** Compressed adjacency: neighbours of i are adjacency[offsets[i]..offsets[i+1]). */
  readonly adjacencyOffsets: Int32Array;
  readonly adjacency: Int32Array;
  /** True when at least one unit has a contour. */
  readonly contoursLoaded: boolean;
  /**
   * Legal population and number of units per region code (units without a region under ''),
   * summed once per geography version: the diagnostic and the observatory ask for them on every
   * request (issue #11 item 3).
   */
  readonly regionTotals: ReadonlyMap<string, ScopeTotal>;
  /** The same per département code (units without a département are left out). */
  readonly departementTotals: ReadonlyMap<string, ScopeTotal>;
}

export interface ScopeTotal {
  readonly population: number;
  readonly unitCount: number;
}

/** Population and unit count per key of the units (a null key leaves the unit out). */
function totalsBy(units: readonly TerritorialUnit[], keyOf: (unit: TerritorialUnit) => string | null): ReadonlyMap<string, ScopeTotal> {
  const totals = new Map<string, { population: number; unitCount: number }>();
  for (const unit of units) {
    const key = keyOf(unit);
    if (key === null) continue;
    const total = totals.get(key);
    if (total) {
      total.population += unit.population;
      total.unitCount += 1;
    } else totals.set(key, { population: unit.population, unitCount: 1 });
  }
  for (const total of totals.values()) Object.freeze(total);
  return totals;
}

export interface UnitShapeLinks {
  /** Codes of units that have a contour. */
  shaped: Iterable<string>;
  /** Pairs of unit codes that share a boundary. */
  neighbours: Iterable<readonly [string, string]>;
}

export function buildTerritoryIndex(units: readonly TerritorialUnit[], links?: UnitShapeLinks): TerritoryIndex {
  const indexByCode = new Map<string, number>();
  const population = new Float64Array(units.length);
  units.forEach((unit, i) => {
    indexByCode.set(unit.code, i);
    population[i] = unit.population;
  });
  const hasShape = new Uint8Array(units.length);
  for (const code of links?.shaped ?? []) {
    const i = indexByCode.get(code);
    if (i !== undefined) hasShape[i] = 1;
  }
  const lists: number[][] = units.map(() => []);
  for (const [a, b] of links?.neighbours ?? []) {
    const i = indexByCode.get(a);
    const j = indexByCode.get(b);
    // A boundary is only known between two units that both have a contour (never a guess).
    if (i === undefined || j === undefined || i === j || !hasShape[i] || !hasShape[j]) continue;
    lists[i]?.push(j);
    lists[j]?.push(i);
  }
  const adjacencyOffsets = new Int32Array(units.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    const unique = [...new Set(list)];
    lists[i] = unique;
    total += unique.length;
    adjacencyOffsets[i + 1] = total;
  });
  const adjacency = new Int32Array(total);
  lists.forEach((list, i) => {
    adjacency.set(list, adjacencyOffsets[i] ?? 0);
  });
  return {
    units,
    indexByCode,
    population,
    hasShape,
    adjacencyOffsets,
    adjacency,
    contoursLoaded: hasShape.some((v) => v === 1),
    regionTotals: totalsBy(units, (unit) => unit.regionCode ?? ''),
    departementTotals: totalsBy(units, (unit) => unit.departementCode),
  };
}
