import fc from 'fast-check';
import type { CptsTerritory } from '../src/coverage/coverage.ts';
import type { CoverageScope } from '../src/coverage/scope.ts';
import { STAGES } from '../src/lifecycle/stages.ts';
import { buildTerritoryIndex, type TerritoryIndex } from '../src/territory/territory-index.ts';
import type { TerritorialUnit } from '../src/territory/unit.ts';

/** Random small geographies, territories and scopes for the coverage property tests (a grid of units, some without contour). */
export const REGION_OF: Record<string, string> = { '01': '84', '21': '27', '2A': '94' };

export interface Geography {
  width: number;
  height: number;
  units: TerritorialUnit[];
  shaped: Set<string>;
  /** Grid neighbours, only between shaped units (as contours produce them). */
  neighbours: [string, string][];
}

export interface Scenario {
  geo: Geography;
  territories: CptsTerritory[];
  scope: CoverageScope;
}

export const makeGeography = (
  width: number,
  height: number,
  cells: { population: number; dep: string; epci: string | null; shaped: boolean }[],
) => {
  const code = (cell: number) => `u${String(cell).padStart(3, '0')}`;
  const units = cells.map(
    (c, cell): TerritorialUnit => ({
      code: code(cell),
      name: code(cell),
      population: c.population,
      departementCode: c.dep,
      regionCode: REGION_OF[c.dep] ?? null,
      epciCode: c.epci,
    }),
  );
  const shaped = new Set(units.filter((_, cell) => cells[cell]?.shaped).map((u) => u.code));
  const neighbours: [string, string][] = [];
  for (let cell = 0; cell < cells.length; cell++) {
    const right = cell % width < width - 1 ? cell + 1 : -1;
    const below = cell + width < cells.length ? cell + width : -1;
    for (const other of [right, below]) {
      if (other >= 0 && shaped.has(code(cell)) && shaped.has(code(other))) neighbours.push([code(cell), code(other)]);
    }
  }
  return { width, height, units, shaped, neighbours };
};

export const geographyArb: fc.Arbitrary<Geography> = fc
  .record({ width: fc.integer({ min: 1, max: 5 }), height: fc.integer({ min: 1, max: 4 }) })
  .chain(({ width, height }) =>
    fc
      .array(
        fc.record({
          population: fc.integer({ min: 0, max: 60_000 }),
          dep: fc.constantFrom('01', '21', '2A'),
          epci: fc.constantFrom<string | null>('E1', 'E2', null),
          shaped: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
        }),
        { minLength: width * height, maxLength: width * height },
      )
      .map((cells) => makeGeography(width, height, cells)),
  );

export const scenarioArb: fc.Arbitrary<Scenario> = geographyArb.chain((geo) => {
  const codes = geo.units.map((u) => u.code);
  const territory = fc.record({
    stage: fc.constantFrom(...STAGES),
    unitCodes: fc.subarray(codes),
    withUnknownCode: fc.boolean(),
  });
  return fc.record({
    geo: fc.constant(geo),
    territories: fc.array(territory, { maxLength: 5 }).map((list) =>
      list.map(
        (t, i): CptsTerritory => ({
          id: `cpts-${i}`,
          name: `CPTS ${i}`,
          stage: t.stage,
          unitCodes: t.withUnknownCode ? [...t.unitCodes, '99999'] : t.unitCodes,
        }),
      ),
    ),
    scope: fc.constantFrom<CoverageScope>(
      { kind: 'france' },
      { kind: 'region', code: '84' },
      { kind: 'region', code: '27' },
      { kind: 'departement', code: '2A' },
      { kind: 'departement', code: '21' },
    ),
  });
});

export const makeIndex = (geo: Geography): TerritoryIndex =>
  buildTerritoryIndex(geo.units, { shaped: geo.shaped, neighbours: geo.neighbours });

/** Every kind of scope, France with and without the regions outside the ACI field, and codes no unit has. */
export const ANY_SCOPE: fc.Arbitrary<CoverageScope> = fc.constantFrom<CoverageScope>(
  { kind: 'france' },
  { kind: 'france', outsideRegions: ['94'] },
  { kind: 'france', outsideRegions: ['84', '27'] },
  { kind: 'france', outsideRegions: ['84', '27', '94', '01'] },
  { kind: 'region', code: '84' },
  { kind: 'region', code: '27' },
  { kind: 'region', code: '94' },
  { kind: 'region', code: '11' },
  { kind: 'departement', code: '2A' },
  { kind: 'departement', code: '21' },
  { kind: 'departement', code: '01' },
  { kind: 'departement', code: '99' },
);

/**
 * Like `scenarioArb`, with more CPTS (so more overlaps), duplicated codes, units whose region
 * does not follow their département or is unknown, equal populations, and any scope.
 */
export const wideScenarioArb: fc.Arbitrary<Scenario> = geographyArb
  .chain((geo) =>
    fc.record({
      geo: fc.constant(geo),
      regions: fc.array(fc.constantFrom<string | null | 'byDepartement'>('byDepartement', 'byDepartement', '84', '27', '94', null), {
        minLength: geo.units.length,
        maxLength: geo.units.length,
      }),
      // Equal populations, so that ties in the population order show.
      populations: fc.array(fc.option(fc.constantFrom(0, 500, 1_000), { nil: undefined }), {
        minLength: geo.units.length,
        maxLength: geo.units.length,
      }),
    }),
  )
  .map(({ geo, regions, populations }) => ({
    ...geo,
    units: geo.units.map((u, i) => ({
      ...u,
      population: populations[i] ?? u.population,
      regionCode: regions[i] === 'byDepartement' ? u.regionCode : (regions[i] ?? null),
    })),
  }))
  .chain((geo) => {
    const codes = geo.units.map((u) => u.code);
    const territory = fc.record({
      stage: fc.constantFrom(...STAGES),
      unitCodes: fc.array(fc.constantFrom(...codes, '99999'), { maxLength: codes.length + 2 }),
    });
    return fc.record({
      geo: fc.constant(geo),
      territories: fc
        .array(territory, { maxLength: 8 })
        .map((list) => list.map((t, i): CptsTerritory => ({ id: `cpts-${(i * 7) % 10}`, name: `CPTS ${i}`, ...t }))),
      scope: ANY_SCOPE,
    });
  });
