import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectedComponents, territoryContiguity } from './contiguity.ts';
import { buildTerritoryIndex, type TerritoryIndex } from './territory-index.ts';
import type { TerritorialUnit } from './unit.ts';

const code = (row: number, col: number) => `r${row}c${col}`;

const makeUnit = (unitCode: string): TerritorialUnit => ({
  code: unitCode,
  name: unitCode,
  population: 1_000,
  departementCode: '01',
  regionCode: '84',
  epciCode: null,
});

/** A width × height grid of units, each sharing an edge with its 4 grid neighbours; all shaped unless listed. */
function makeGridIndex(width: number, height: number, withoutShape: readonly string[] = []): TerritoryIndex {
  const units: TerritorialUnit[] = [];
  const neighbours: [string, string][] = [];
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      units.push(makeUnit(code(row, col)));
      if (col + 1 < width) neighbours.push([code(row, col), code(row, col + 1)]);
      if (row + 1 < height) neighbours.push([code(row, col), code(row + 1, col)]);
    }
  }
  const shaped = units.map((u) => u.code).filter((c) => !withoutShape.includes(c));
  return buildTerritoryIndex(units, { shaped, neighbours });
}

const indicesOf = (index: TerritoryIndex, codes: readonly string[]) => codes.map((c) => index.indexByCode.get(c) as number);

describe('territoryContiguity', () => {
  it('reads an empty territory as empty', () => {
    expect(territoryContiguity(makeGridIndex(2, 2), [])).toEqual({ status: 'empty', parts: 0 });
  });

  it('reads a whole grid as contiguous', () => {
    const index = makeGridIndex(3, 3);
    expect(
      territoryContiguity(
        index,
        index.units.map((_, i) => i),
      ),
    ).toEqual({ status: 'contiguous', parts: 1 });
  });

  it('reads a single unit as contiguous', () => {
    const index = makeGridIndex(3, 3);
    expect(territoryContiguity(index, indicesOf(index, ['r1c1']))).toEqual({ status: 'contiguous', parts: 1 });
  });

  it('reads an L-shaped path of edge neighbours as contiguous', () => {
    const index = makeGridIndex(3, 3);
    const territory = indicesOf(index, ['r0c0', 'r1c0', 'r2c0', 'r2c1', 'r2c2']);
    expect(territoryContiguity(index, territory)).toEqual({ status: 'contiguous', parts: 1 });
  });

  it('reads two opposite corners as fragmented in two parts', () => {
    const index = makeGridIndex(3, 3);
    expect(territoryContiguity(index, indicesOf(index, ['r0c0', 'r2c2']))).toEqual({
      status: 'fragmented',
      parts: 2,
      detached: [['r2c2']],
    });
  });

  it('does not join units that only touch diagonally', () => {
    const index = makeGridIndex(3, 3);
    // The corners and the centre of a 3 × 3 grid: no two of them share an edge.
    const territory = indicesOf(index, ['r0c0', 'r0c2', 'r1c1', 'r2c0', 'r2c2']);
    expect(territoryContiguity(index, territory)).toEqual({
      status: 'fragmented',
      parts: 5,
      detached: [['r0c2'], ['r1c1'], ['r2c0'], ['r2c2']],
    });
  });

  it('does not go through units outside the territory to join two parts', () => {
    const index = makeGridIndex(3, 1);
    expect(territoryContiguity(index, indicesOf(index, ['r0c0', 'r0c2']))).toEqual({
      status: 'fragmented',
      parts: 2,
      detached: [['r0c2']],
    });
  });

  it('names the units that break contiguity: every piece but the main (largest) one', () => {
    const index = makeGridIndex(4, 4);
    // A 2 × 2 block in one corner, a pair on the far column, a lone unit in between.
    const territory = indicesOf(index, ['r0c0', 'r0c1', 'r1c0', 'r1c1', 'r3c3', 'r2c3', 'r3c1']);
    expect(territoryContiguity(index, territory)).toEqual({
      status: 'fragmented',
      parts: 3,
      detached: [['r2c3', 'r3c3'], ['r3c1']],
    });
  });

  it('reads unknown, listing the units without a contour, when any unit of the territory has no shape', () => {
    const index = makeGridIndex(3, 3, ['r0c1', 'r2c2', 'r1c0']);
    const result = territoryContiguity(index, indicesOf(index, ['r0c0', 'r0c1', 'r1c1', 'r2c2']));
    expect(result.status).toBe('unknown');
    expect(result.parts).toBeNull();
    // r1c0 has no shape either, but is not part of this territory.
    expect(result.status === 'unknown' ? [...result.unitsWithoutShape].sort() : []).toEqual(['r0c1', 'r2c2']);
  });

  it('reads unknown when no contour is loaded at all', () => {
    const units = [makeUnit('A'), makeUnit('B')];
    const index = buildTerritoryIndex(units);
    expect(territoryContiguity(index, [0, 1])).toEqual({ status: 'unknown', parts: null, unitsWithoutShape: ['A', 'B'] });
  });

  it('counts the same parts as a flood fill on grid coordinates, for any subset of a grid', () => {
    const width = 5;
    const height = 4;
    const index = makeGridIndex(width, height);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: width * height, maxLength: width * height }), (picked) => {
        const cells = new Set<number>();
        picked.forEach((on, cell) => {
          if (on) cells.add(cell);
        });
        // Independent count: 4-connected flood fill over (row, col).
        const seen = new Set<number>();
        let parts = 0;
        for (const cell of cells) {
          if (seen.has(cell)) continue;
          parts++;
          const stack = [cell];
          seen.add(cell);
          while (stack.length > 0) {
            const c = stack.pop() as number;
            const row = Math.floor(c / width);
            const col = c % width;
            const around = [
              row > 0 ? c - width : -1,
              row < height - 1 ? c + width : -1,
              col > 0 ? c - 1 : -1,
              col < width - 1 ? c + 1 : -1,
            ];
            for (const n of around) {
              if (n >= 0 && cells.has(n) && !seen.has(n)) {
                seen.add(n);
                stack.push(n);
              }
            }
          }
        }
        const codes = [...cells].map((c) => code(Math.floor(c / width), c % width));
        const result = territoryContiguity(index, indicesOf(index, codes));
        expect(result.parts).toBe(parts);
        expect(result.status).toBe(parts === 0 ? 'empty' : parts === 1 ? 'contiguous' : 'fragmented');
      }),
    );
  });
});

describe('connectedComponents', () => {
  it('returns components that partition the given units, each within the member mask', () => {
    const index = makeGridIndex(4, 1);
    const members = new Uint8Array(index.units.length);
    const start = indicesOf(index, ['r0c0', 'r0c1', 'r0c3']);
    for (const i of start) members[i] = 1;
    const components = connectedComponents(index, start, members).map((component) =>
      component.map((i) => index.units[i]?.code ?? '?').sort(),
    );
    expect(components.sort()).toEqual([['r0c0', 'r0c1'], ['r0c3']]);
  });

  it('extends a component through members that were not among the starting units', () => {
    const index = makeGridIndex(3, 1);
    const members = new Uint8Array(index.units.length).fill(1);
    const components = connectedComponents(index, indicesOf(index, ['r0c0']), members);
    expect(components).toHaveLength(1);
    expect(components[0]?.map((i) => index.units[i]?.code).sort()).toEqual(['r0c0', 'r0c1', 'r0c2']);
  });
});
