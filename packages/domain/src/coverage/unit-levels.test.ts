import { describe, expect, it } from 'vitest';
import type { Stage } from '../lifecycle/stages.ts';
import { buildTerritoryIndex } from '../territory/territory-index.ts';
import type { TerritorialUnit } from '../territory/unit.ts';
import { stageLevelOf, unitLevels, zoneLabel } from './unit-levels.ts';

const unit = (code: string, population: number, departementCode: string, regionCode: string): TerritorialUnit => ({
  code,
  name: `Commune ${code}`,
  population,
  departementCode,
  regionCode,
  epciCode: null,
});

/** A, B, C in département 01 (region 84); D in département 21 (region 27). */
const index = buildTerritoryIndex(
  [unit('A', 100, '01', '84'), unit('B', 5_000, '01', '84'), unit('C', 300, '01', '84'), unit('D', 40, '21', '27')],
  {
    shaped: [],
    neighbours: [],
  },
);

describe('stageLevelOf', () => {
  it.each<[Stage, number]>([
    ['contact', 1],
    ['letterOfIntentSubmitted', 1],
    ['letterOfIntentValidated', 2],
    ['healthProjectValidated', 2],
    ['aciSigned', 3],
    ['operating', 3],
    // Off the main line: still a CPTS on the map, at the lowest level.
    ['suspended', 1],
    ['dissolved', 0],
    ['merged', 0],
  ])('gives a CPTS at stage %s the level %i', (stage, level) => {
    expect(stageLevelOf(stage)).toBe(level);
  });
});

describe('unitLevels', () => {
  it('lists every unit of the scope at level 0 when there is no CPTS', () => {
    expect(unitLevels(index, [], { kind: 'departement', code: '01' })).toEqual([
      { code: 'A', stageLevel: 0, cptsIds: [] },
      { code: 'B', stageLevel: 0, cptsIds: [] },
      { code: 'C', stageLevel: 0, cptsIds: [] },
    ]);
  });

  it('keeps the most advanced CPTS of a unit and names every active one, ignoring dissolved ones and units outside the scope', () => {
    const levels = unitLevels(
      index,
      [
        { id: 'early', name: 'Projet', stage: 'contact', unitCodes: ['A', 'B'] },
        { id: 'signed', name: 'Signée', stage: 'aciSigned', unitCodes: ['B', 'D'] },
        { id: 'gone', name: 'Dissoute', stage: 'dissolved', unitCodes: ['C'] },
      ],
      { kind: 'region', code: '84' },
    );
    expect(levels).toEqual([
      { code: 'A', stageLevel: 1, cptsIds: ['early'] },
      { code: 'B', stageLevel: 3, cptsIds: ['early', 'signed'] },
      { code: 'C', stageLevel: 0, cptsIds: [] },
    ]);
  });

  it('covers all of France for the national scope', () => {
    expect(unitLevels(index, [], { kind: 'france' }).map((l) => l.code)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('zoneLabel', () => {
  it('names a zone after its most populated unit and counts the others', () => {
    expect(zoneLabel(index, ['A', 'B', 'C'])).toBe('Commune B et 2 autres unités');
    expect(zoneLabel(index, ['A', 'C'])).toBe('Commune C et 1 autre unité');
    expect(zoneLabel(index, ['D'])).toBe('Commune D');
  });

  it('falls back on the codes when no unit is known', () => {
    expect(zoneLabel(index, ['X1', 'X2'])).toBe('X1, X2');
  });
});
