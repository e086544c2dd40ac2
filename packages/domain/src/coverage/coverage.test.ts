import { describe, expect, it } from 'vitest';
import type { Stage } from '../lifecycle/stages.ts';
import { buildTerritoryIndex, type TerritoryIndex } from '../territory/territory-index.ts';
import type { TerritorialUnit } from '../territory/unit.ts';
import { type CptsTerritory, computeCoverage, DEFAULT_COVERAGE_OPTIONS } from './coverage.ts';

/**
 * A line of six shaped units A–B–C–D–E–F (each shares a boundary with the next), plus three
 * units without a contour: G and H in EPCI E9, I in no EPCI. A, B, C, G, H are in département 01
 * (region 84); D, E, F, I in département 21 (region 27).
 */
const POPULATION: Record<string, number> = { A: 5_000, B: 12_000, C: 30_000, D: 8_000, E: 20_000, F: 45_000, G: 700, H: 1_300, I: 2_000 };
const TOTAL = 124_000;
const REGION_84 = 5_000 + 12_000 + 30_000 + 700 + 1_300;
const DEPARTEMENT_21 = 8_000 + 20_000 + 45_000 + 2_000;

function makeUnit(code: string): TerritorialUnit {
  const inAin = ['A', 'B', 'C', 'G', 'H'].includes(code);
  return {
    code,
    name: `Commune ${code}`,
    population: POPULATION[code] ?? 0,
    departementCode: inAin ? '01' : '21',
    regionCode: inAin ? '84' : '27',
    epciCode: code === 'G' || code === 'H' ? 'E9' : code === 'I' ? null : `E-${code}`,
  };
}

function makeIndex(): TerritoryIndex {
  const units = Object.keys(POPULATION).map(makeUnit);
  const line = ['A', 'B', 'C', 'D', 'E', 'F'];
  const neighbours = line.slice(1).map((code, i) => [line[i] as string, code] as const);
  return buildTerritoryIndex(units, { shaped: line, neighbours });
}

const makeCpts = (id: string, stage: Stage, unitCodes: string[]): CptsTerritory => ({ id, name: `CPTS ${id}`, stage, unitCodes });
const FRANCE = { kind: 'france' } as const;

describe('computeCoverage: population and coverage levels', () => {
  it('counts the whole population as uncovered when there is no CPTS', () => {
    const result = computeCoverage(makeIndex(), [], FRANCE);
    expect(result.population).toBe(TOTAL);
    expect(result.unitCount).toBe(9);
    expect(result.covered).toEqual({ letterOfIntent: 0, operating: 0 });
    expect(result.uncovered).toBe(TOTAL);
    expect(result.overlaps).toEqual([]);
    expect(result.cpts).toEqual([]);
    expect(result.cptsByStage).toEqual({});
  });

  it.each<[Stage, number, number]>([
    ['contact', 0, 0],
    ['letterOfIntentSubmitted', 0, 0],
    ['letterOfIntentValidated', 17_000, 0],
    ['reviewCommitteeOpinion', 17_000, 0],
    ['healthProjectValidated', 17_000, 0],
    ['aciSigned', 17_000, 17_000],
    ['operating', 17_000, 17_000],
    ['suspended', 0, 0],
  ])('for a CPTS at stage %s on A and B, counts %i covered by letter of intent and %i operating', (stage, li, op) => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', stage, ['A', 'B'])], FRANCE);
    expect(result.covered).toEqual({ letterOfIntent: li, operating: op });
    expect(result.uncovered).toBe(TOTAL - li);
  });

  it.each<Stage>(['dissolved', 'merged'])('ignores a %s CPTS entirely', (stage) => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', stage, ['A', 'B'])], FRANCE);
    expect(result.covered).toEqual({ letterOfIntent: 0, operating: 0 });
    expect(result.cpts).toEqual([]);
    expect(result.cptsByStage).toEqual({});
    expect(result.whiteZones.flatMap((z) => z.projects)).toEqual([]);
  });

  it('counts a unit claimed by two covering CPTS once', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['A', 'B']), makeCpts('y', 'aciSigned', ['B', 'C'])], FRANCE);
    expect(result.covered.operating).toBe(5_000 + 12_000 + 30_000);
    expect(result.covered.letterOfIntent).toBe(5_000 + 12_000 + 30_000);
  });

  it('takes the highest level among the CPTS claiming a unit', () => {
    const result = computeCoverage(
      makeIndex(),
      [makeCpts('early', 'contact', ['A', 'B']), makeCpts('li', 'letterOfIntentValidated', ['B', 'C']), makeCpts('op', 'operating', ['C'])],
      FRANCE,
    );
    expect(result.covered).toEqual({ letterOfIntent: 12_000 + 30_000, operating: 30_000 });
  });

  it('ignores unit codes that are not in the geography', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['A', '99999'])], FRANCE);
    expect(result.covered.operating).toBe(5_000);
    expect(result.cpts[0]?.unitCount).toBe(1);
  });

  it('reads its thresholds from the options', () => {
    const options = {
      ...DEFAULT_COVERAGE_OPTIONS,
      letterOfIntentThreshold: 'letterOfIntentSubmitted' as const,
      operatingThreshold: 'operating' as const,
    };
    const result = computeCoverage(
      makeIndex(),
      [makeCpts('x', 'letterOfIntentSubmitted', ['A']), makeCpts('y', 'aciSigned', ['B']), makeCpts('z', 'operating', ['C'])],
      FRANCE,
      options,
    );
    expect(result.covered).toEqual({ letterOfIntent: 5_000 + 12_000 + 30_000, operating: 30_000 });
  });
});

describe('computeCoverage: scope', () => {
  it('restricts population and coverage to the units of a region', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['C', 'D'])], { kind: 'region', code: '84' });
    expect(result.population).toBe(REGION_84);
    expect(result.unitCount).toBe(5);
    expect(result.covered.operating).toBe(30_000);
    expect(result.uncovered).toBe(REGION_84 - 30_000);
  });

  it('restricts population and coverage to the units of a département', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['C', 'D'])], { kind: 'departement', code: '21' });
    expect(result.population).toBe(DEPARTEMENT_21);
    expect(result.covered.operating).toBe(8_000);
    expect(result.whiteZones.flatMap((z) => z.unitCodes).sort()).toEqual(['E', 'F', 'I']);
  });

  it('finds nothing in a scope code that matches no unit', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['A'])], { kind: 'region', code: '11' });
    expect(result).toMatchObject({ population: 0, unitCount: 0, uncovered: 0, whiteZones: [], cpts: [], cptsByStage: {} });
  });

  it('counts active CPTS per stage among those with a unit in scope only', () => {
    const territories = [
      makeCpts('a', 'operating', ['A']),
      makeCpts('b', 'operating', ['B', 'D']),
      makeCpts('c', 'contact', ['C']),
      makeCpts('d', 'operating', ['E']),
      makeCpts('e', 'dissolved', ['A']),
      makeCpts('f', 'suspended', ['G']),
      makeCpts('g', 'aciSigned', ['99999']),
    ];
    const result = computeCoverage(makeIndex(), territories, { kind: 'region', code: '84' });
    expect(result.cptsByStage).toEqual({ operating: 2, contact: 1, suspended: 1 });
    expect(result.cpts.map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'f']);
  });

  it('describes each CPTS with its whole population, its population in scope, taille and contiguity', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['B', 'C', 'D']), makeCpts('y', 'aciSigned', ['A', 'C'])], {
      kind: 'region',
      code: '84',
    });
    const x = result.cpts.find((c) => c.id === 'x');
    const y = result.cpts.find((c) => c.id === 'y');
    expect(x).toEqual({
      id: 'x',
      name: 'CPTS x',
      stage: 'operating',
      population: 12_000 + 30_000 + 8_000,
      populationInScope: 12_000 + 30_000,
      sizeCategory: 2,
      unitCount: 3,
      contiguity: { status: 'contiguous', parts: 1 },
    });
    expect(y?.contiguity).toMatchObject({ status: 'fragmented', parts: 2 });
    expect(y?.sizeCategory).toBe(1);
  });

  it('reads the contiguity of a CPTS with a unit without contour as unknown', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['A', 'G'])], FRANCE);
    expect(result.cpts[0]?.contiguity).toEqual({ status: 'unknown', parts: null, unitsWithoutShape: ['G'] });
  });

  it('passes on whether contours are loaded', () => {
    expect(computeCoverage(makeIndex(), [], FRANCE).contoursLoaded).toBe(true);
    const bare = buildTerritoryIndex(['A', 'B'].map(makeUnit));
    expect(computeCoverage(bare, [], FRANCE).contoursLoaded).toBe(false);
  });
});

describe('computeCoverage with a unit listed twice', () => {
  it('counts the unit once and never reports a CPTS overlapping itself', () => {
    const unit = (code: string) => ({ code, name: code, population: 100, departementCode: '01', regionCode: '84', epciCode: 'E1' });
    const index = buildTerritoryIndex([unit('A'), unit('B')]);
    const result = computeCoverage(index, [{ id: 'c1', name: 'CPTS 1', stage: 'operating', unitCodes: ['A', 'A'] }], { kind: 'france' });
    expect(result.overlaps).toEqual([]);
    expect(result.cpts[0]).toMatchObject({ population: 100, unitCount: 1 });
  });
});

describe('computeCoverage of France without the regions outside the ACI', () => {
  it('leaves their units out of the population, the white zones and the unit count', () => {
    const unit = (code: string, regionCode: string) => ({
      code,
      name: code,
      population: 100,
      departementCode: regionCode,
      regionCode,
      epciCode: code,
    });
    const index = buildTerritoryIndex([unit('A', '84'), unit('B', '84'), unit('P', '987')]);
    const all = computeCoverage(index, [], { kind: 'france' });
    const field = computeCoverage(index, [], { kind: 'france', outsideRegions: ['987'] });
    expect([all.population, all.unitCount]).toEqual([300, 3]);
    expect([field.population, field.unitCount, field.uncovered]).toEqual([200, 2, 200]);
    expect(field.whiteZones.flatMap((z) => z.unitCodes)).not.toContain('P');
  });
});
