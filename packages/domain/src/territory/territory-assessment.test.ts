import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { Stage } from '../lifecycle/stages.ts';
import { assessTerritory, type OtherCptsTerritory, validateUnitCodes } from './territory-assessment.ts';
import { buildTerritoryIndex, type TerritoryIndex } from './territory-index.ts';
import type { TerritorialUnit } from './unit.ts';

/**
 * Two rows of three communes, each sharing an edge with its grid neighbours:
 *   01001 01002 21001
 *   01003 01004 21002
 * 01xxx are in region 84; 21001 in region 27; 21002 has no region recorded.
 */
const POPULATION: Record<string, number> = {
  '01001': 9_000,
  '01002': 14_000,
  '21001': 21_000,
  '01003': 3_500,
  '01004': 6_500,
  '21002': 1_000,
};
const GRID = [
  ['01001', '01002', '21001'],
  ['01003', '01004', '21002'],
] as const;

function makeIndex(withoutShape: readonly string[] = []): TerritoryIndex {
  const units = Object.keys(POPULATION).map(
    (code): TerritorialUnit => ({
      code,
      name: `Commune ${code}`,
      population: POPULATION[code] ?? 0,
      departementCode: code.slice(0, 2),
      regionCode: code === '21002' ? null : code.startsWith('01') ? '84' : '27',
      epciCode: code === '21002' ? null : code.startsWith('01') ? '200000001' : '200000002',
    }),
  );
  const neighbours: [string, string][] = [];
  for (const [r, row] of GRID.entries()) {
    for (const [c, code] of row.entries()) {
      const right = row[c + 1];
      const below = GRID[r + 1]?.[c];
      if (right) neighbours.push([code, right]);
      if (below) neighbours.push([code, below]);
    }
  }
  return buildTerritoryIndex(units, { shaped: units.map((u) => u.code).filter((c) => !withoutShape.includes(c)), neighbours });
}

const makeOther = (id: string, stage: Stage, unitCodes: string[]): OtherCptsTerritory => ({ id, name: `CPTS ${id}`, stage, unitCodes });

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('validateUnitCodes', () => {
  it('returns the known codes sorted, without duplicates', () => {
    expect(validateUnitCodes(makeIndex(), ['01004', '01001', '01004', '21001', '01001'])).toEqual(['01001', '01004', '21001']);
    expect(validateUnitCodes(makeIndex(), [])).toEqual([]);
  });

  it('names the position of the first unknown code in the field path', () => {
    const error = errorOf(() => validateUnitCodes(makeIndex(), ['01002', '01001', '01002', '99999', '75056']));
    expect(error.code).toBe('INVALID');
    expect(error.field).toBe('units[3]');
    expect(error.message).toContain('99999');
    expect(error.message).not.toContain('75056');
  });

  it('uses the field name it is given', () => {
    expect(errorOf(() => validateUnitCodes(makeIndex(), ['2A004'], 'territory.units')).field).toBe('territory.units[0]');
  });

  it('treats codes as exact strings', () => {
    expect(errorOf(() => validateUnitCodes(makeIndex(), [' 01001'])).field).toBe('units[0]');
    expect(errorOf(() => validateUnitCodes(makeIndex(), ['01001', '1001'])).field).toBe('units[1]');
  });
});

describe('assessTerritory', () => {
  it('sums the population of the distinct units and derives the taille', () => {
    const result = assessTerritory({ index: makeIndex(), unitCodes: ['01002', '01001', '01002', '21001'], regionCode: '84', others: [] });
    expect(result.unitCodes).toEqual(['01001', '01002', '21001']);
    expect(result.population).toBe(9_000 + 14_000 + 21_000);
    expect(result.sizeCategory).toBe(2);
    expect(result.contiguity).toEqual({ status: 'contiguous', parts: 1 });
  });

  it('names the départements and EPCI the territory reaches, the most represented first', () => {
    const groupNames = new Map([
      ['01', 'Ain'],
      ['21', "Côte-d'Or"],
      ['200000001', 'CC de la Dombes'],
    ]);
    const result = assessTerritory({
      index: makeIndex(),
      unitCodes: ['01001', '01002', '21001', '21002'],
      regionCode: '84',
      others: [],
      groupNames,
    });
    expect(result.departements).toEqual([
      { code: '01', name: 'Ain', unitCount: 2 },
      { code: '21', name: "Côte-d'Or", unitCount: 2 },
    ]);
    // An EPCI whose name is not known shows its code; a unit outside any EPCI counts in none.
    expect(result.epcis).toEqual([
      { code: '200000001', name: 'CC de la Dombes', unitCount: 2 },
      { code: '200000002', name: '200000002', unitCount: 1 },
    ]);
  });

  it('applies the size rule it is given', () => {
    const unitCodes = ['01001', '01002', '21001', '01003', '01004', '21002'];
    const total = 55_000;
    const rule = { thresholds: [total, 100_000, 200_000] as const, atThreshold: 'lower' as const };
    expect(assessTerritory({ index: makeIndex(), unitCodes, regionCode: '84', others: [], sizeRule: rule }).sizeCategory).toBe(1);
    expect(assessTerritory({ index: makeIndex(), unitCodes, regionCode: '84', others: [] }).sizeCategory).toBe(2);
  });

  it('reports a territory in two pieces, or of unknown shape when a unit has no contour', () => {
    expect(assessTerritory({ index: makeIndex(), unitCodes: ['01001', '21002'], regionCode: '84', others: [] }).contiguity).toEqual({
      status: 'fragmented',
      parts: 2,
      detached: [['21002']],
    });
    const unknown = assessTerritory({ index: makeIndex(['01004']), unitCodes: ['01001', '01004'], regionCode: '84', others: [] });
    expect(unknown.contiguity).toEqual({ status: 'unknown', parts: null, unitsWithoutShape: ['01004'] });
  });

  it('warns about every active CPTS sharing units, with the shared units and their population, largest first', () => {
    const others = [
      makeOther('north', 'operating', ['01002', '21001', '21002']),
      makeOther('west', 'contact', ['01003', '01001']),
      makeOther('paused', 'suspended', ['01004']),
      makeOther('far', 'operating', ['21002']),
    ];
    const result = assessTerritory({
      index: makeIndex(),
      unitCodes: ['01001', '01002', '01003', '01004', '21001'],
      regionCode: '84',
      others,
    });
    expect(result.overlaps).toEqual([
      { cptsId: 'north', cptsName: 'CPTS north', unitCodes: ['01002', '21001'], population: 14_000 + 21_000 },
      { cptsId: 'west', cptsName: 'CPTS west', unitCodes: ['01001', '01003'], population: 9_000 + 3_500 },
      { cptsId: 'paused', cptsName: 'CPTS paused', unitCodes: ['01004'], population: 6_500 },
    ]);
  });

  it('ignores dissolved and merged CPTS when looking for overlaps', () => {
    const others = [makeOther('old', 'dissolved', ['01001']), makeOther('absorbed', 'merged', ['01001', '01002'])];
    expect(assessTerritory({ index: makeIndex(), unitCodes: ['01001', '01002'], regionCode: '84', others }).overlaps).toEqual([]);
  });

  it('lists the units outside the steering region, including those with no region', () => {
    const result = assessTerritory({ index: makeIndex(), unitCodes: ['21002', '01004', '21001', '01001'], regionCode: '84', others: [] });
    expect(result.unitsOutsideRegion).toEqual(['21001', '21002']);
    const inBurgundy = assessTerritory({ index: makeIndex(), unitCodes: ['21001', '01001'], regionCode: '27', others: [] });
    expect(inBurgundy.unitsOutsideRegion).toEqual(['01001']);
  });

  it('refuses a territory with an unknown unit, naming its position', () => {
    const error = errorOf(() => assessTerritory({ index: makeIndex(), unitCodes: ['01001', '13055'], regionCode: '84', others: [] }));
    expect([error.code, error.field]).toEqual(['INVALID', 'units[1]']);
  });
});
