import { describe, expect, it } from 'vitest';
import { buildTerritoryIndex, type TerritoryIndex } from './territory-index.ts';
import type { TerritorialUnit } from './unit.ts';

const makeUnit = (code: string, population = 1_000): TerritorialUnit => ({
  code,
  name: `Commune ${code}`,
  population,
  departementCode: '01',
  regionCode: '84',
  epciCode: '200000001',
});

/** A width × height grid; unit (row, col) has code `r{row}c{col}` and shares an edge with its 4 grid neighbours. */
function makeGrid(width: number, height: number) {
  const code = (row: number, col: number) => `r${row}c${col}`;
  const units: TerritorialUnit[] = [];
  const neighbours: [string, string][] = [];
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      units.push(makeUnit(code(row, col), 100 * (row * width + col + 1)));
      if (col + 1 < width) neighbours.push([code(row, col), code(row, col + 1)]);
      if (row + 1 < height) neighbours.push([code(row, col), code(row + 1, col)]);
    }
  }
  return { units, neighbours, code, shaped: units.map((u) => u.code) };
}

function neighboursOf(index: TerritoryIndex, code: string): string[] {
  const i = index.indexByCode.get(code);
  if (i === undefined) throw new Error(`unknown code ${code}`);
  const start = index.adjacencyOffsets[i] ?? 0;
  const end = index.adjacencyOffsets[i + 1] ?? 0;
  return [...index.adjacency.subarray(start, end)].map((j) => index.units[j]?.code ?? '?').sort();
}

describe('buildTerritoryIndex', () => {
  it('maps each unit code to its position and copies populations', () => {
    const units = [makeUnit('01001', 800), makeUnit('01002', 15_000), makeUnit('01004', 0)];
    const index = buildTerritoryIndex(units);
    expect(index.indexByCode.get('01001')).toBe(0);
    expect(index.indexByCode.get('01004')).toBe(2);
    expect(index.indexByCode.has('01003')).toBe(false);
    expect([...index.population]).toEqual([800, 15_000, 0]);
  });

  it('knows no contour and no neighbour when built without links', () => {
    const index = buildTerritoryIndex([makeUnit('01001'), makeUnit('01002')]);
    expect(index.contoursLoaded).toBe(false);
    expect([...index.hasShape]).toEqual([0, 0]);
    expect(index.adjacency.length).toBe(0);
    expect([...index.adjacencyOffsets]).toEqual([0, 0, 0]);
  });

  it('marks shaped units and reports contours loaded as soon as one unit has a contour', () => {
    const index = buildTerritoryIndex([makeUnit('01001'), makeUnit('01002')], { shaped: ['01002'], neighbours: [] });
    expect([...index.hasShape]).toEqual([0, 1]);
    expect(index.contoursLoaded).toBe(true);
  });

  it('ignores shaped codes that are not units', () => {
    const index = buildTerritoryIndex([makeUnit('01001')], { shaped: ['99999'], neighbours: [] });
    expect(index.contoursLoaded).toBe(false);
  });

  it('records each neighbour pair in both directions', () => {
    const index = buildTerritoryIndex([makeUnit('A'), makeUnit('B'), makeUnit('C')], {
      shaped: ['A', 'B', 'C'],
      neighbours: [['A', 'B']],
    });
    expect(neighboursOf(index, 'A')).toEqual(['B']);
    expect(neighboursOf(index, 'B')).toEqual(['A']);
    expect(neighboursOf(index, 'C')).toEqual([]);
  });

  it('ignores neighbour pairs that reference an unknown code', () => {
    const index = buildTerritoryIndex([makeUnit('A'), makeUnit('B')], {
      shaped: ['A', 'B'],
      neighbours: [
        ['A', 'ZZZ'],
        ['YYY', 'B'],
        ['XXX', 'WWW'],
      ],
    });
    expect(neighboursOf(index, 'A')).toEqual([]);
    expect(neighboursOf(index, 'B')).toEqual([]);
    expect(index.adjacency.length).toBe(0);
  });

  it('ignores a unit declared as its own neighbour', () => {
    const index = buildTerritoryIndex([makeUnit('A'), makeUnit('B')], { shaped: ['A', 'B'], neighbours: [['A', 'A']] });
    expect(neighboursOf(index, 'A')).toEqual([]);
  });

  it('de-duplicates a pair given several times, in either order', () => {
    const index = buildTerritoryIndex([makeUnit('A'), makeUnit('B'), makeUnit('C')], {
      shaped: ['A', 'B', 'C'],
      neighbours: [
        ['A', 'B'],
        ['B', 'A'],
        ['A', 'B'],
        ['B', 'C'],
      ],
    });
    expect(neighboursOf(index, 'A')).toEqual(['B']);
    expect(neighboursOf(index, 'B')).toEqual(['A', 'C']);
    expect(index.adjacency.length).toBe(4);
  });

  it('gives each cell of a 3 × 3 grid its 2, 3 or 4 edge neighbours', () => {
    const grid = makeGrid(3, 3);
    const index = buildTerritoryIndex(grid.units, { shaped: grid.shaped, neighbours: grid.neighbours });
    expect(neighboursOf(index, grid.code(0, 0))).toEqual(['r0c1', 'r1c0']);
    expect(neighboursOf(index, grid.code(0, 1))).toEqual(['r0c0', 'r0c2', 'r1c1']);
    expect(neighboursOf(index, grid.code(1, 1))).toEqual(['r0c1', 'r1c0', 'r1c2', 'r2c1']);
    // 12 undirected edges in a 3 × 3 grid (2 × 3 horizontal + 3 × 2 vertical), stored twice.
    expect(index.adjacency.length).toBe(24);
    expect(index.adjacencyOffsets[9]).toBe(24);
  });

  it('keeps adjacency offsets non-decreasing and consistent with each list', () => {
    const grid = makeGrid(4, 2);
    const index = buildTerritoryIndex(grid.units, { shaped: grid.shaped, neighbours: grid.neighbours });
    for (let i = 0; i < grid.units.length; i++) {
      const start = index.adjacencyOffsets[i] ?? 0;
      const end = index.adjacencyOffsets[i + 1] ?? 0;
      expect(end).toBeGreaterThanOrEqual(start);
      for (let k = start; k < end; k++) {
        const j = index.adjacency[k] ?? -1;
        // symmetric: i appears among j's neighbours
        const jStart = index.adjacencyOffsets[j] ?? 0;
        const jEnd = index.adjacencyOffsets[j + 1] ?? 0;
        expect([...index.adjacency.subarray(jStart, jEnd)]).toContain(i);
      }
    }
  });
});

describe('buildTerritoryIndex with inconsistent contour data', () => {
  it('ignores a neighbour pair when either unit has no contour', () => {
    const unit = (code: string) => ({ code, name: code, population: 10, departementCode: '01', regionCode: '84', epciCode: null });
    const index = buildTerritoryIndex([unit('A'), unit('B'), unit('C')], {
      shaped: ['A', 'C'],
      neighbours: [
        ['A', 'B'],
        ['A', 'C'],
      ],
    });
    expect(index.adjacency.length).toBe(2);
    expect(index.adjacencyOffsets[2]).toBe(index.adjacencyOffsets[1]);
  });
});
