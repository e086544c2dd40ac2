import { describe, expect, it } from 'vitest';
import type { Stage } from '../lifecycle/stages.ts';
import { buildTerritoryIndex, type TerritoryIndex } from '../territory/territory-index.ts';
import type { TerritorialUnit } from '../territory/unit.ts';
import { type CptsTerritory, computeCoverage } from './coverage.ts';

/**
 * A line of six shaped units A–B–C–D–E–F, plus G and H (EPCI E9) and I (no EPCI) without a
 * contour. A, B, C, G, H are in département 01; D, E, F, I in département 21.
 */
const POPULATION: Record<string, number> = { A: 5_000, B: 12_000, C: 30_000, D: 8_000, E: 20_000, F: 45_000, G: 700, H: 1_300, I: 2_000 };

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
  const line = ['A', 'B', 'C', 'D', 'E', 'F'];
  const neighbours = line.slice(1).map((code, i) => [line[i] as string, code] as const);
  return buildTerritoryIndex(Object.keys(POPULATION).map(makeUnit), { shaped: line, neighbours });
}

const makeCpts = (id: string, stage: Stage, unitCodes: string[]): CptsTerritory => ({ id, name: `CPTS ${id}`, stage, unitCodes });
const FRANCE = { kind: 'france' } as const;

describe('computeCoverage: overlaps', () => {
  it('reports a unit claimed by two active CPTS, with both CPTS and the unit population', () => {
    const result = computeCoverage(
      makeIndex(),
      [makeCpts('x', 'operating', ['A', 'B', 'C']), makeCpts('y', 'contact', ['C', 'D'])],
      FRANCE,
    );
    expect(result.overlaps).toEqual([
      {
        cpts: [
          { id: 'x', name: 'CPTS x', stage: 'operating' },
          { id: 'y', name: 'CPTS y', stage: 'contact' },
        ],
        unitCodes: ['C'],
        population: 30_000,
      },
    ]);
  });

  it('does not count a dissolved or merged CPTS as a claimant', () => {
    const territories = [makeCpts('x', 'operating', ['A', 'B']), makeCpts('old', 'dissolved', ['B']), makeCpts('gone', 'merged', ['A'])];
    expect(computeCoverage(makeIndex(), territories, FRANCE).overlaps).toEqual([]);
  });

  it('counts a suspended CPTS as a claimant', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['A']), makeCpts('s', 'suspended', ['A'])], FRANCE);
    expect(result.overlaps.map((o) => o.cpts.map((c) => c.id))).toEqual([['s', 'x']]);
  });

  it('groups units by the exact set of CPTS claiming them, largest population first', () => {
    const territories = [
      makeCpts('x', 'operating', ['A', 'B', 'C']),
      makeCpts('y', 'operating', ['A', 'B', 'C', 'D']),
      makeCpts('z', 'operating', ['C', 'D', 'E']),
    ];
    const result = computeCoverage(makeIndex(), territories, FRANCE);
    const summary = result.overlaps.map((o) => ({ ids: o.cpts.map((c) => c.id), units: o.unitCodes, population: o.population }));
    expect(summary).toEqual([
      { ids: ['x', 'y', 'z'], units: ['C'], population: 30_000 },
      { ids: ['x', 'y'], units: ['A', 'B'], population: 17_000 },
      { ids: ['y', 'z'], units: ['D'], population: 8_000 },
    ]);
  });

  it('only reports overlaps on units inside the scope', () => {
    const territories = [makeCpts('x', 'operating', ['C', 'D']), makeCpts('y', 'operating', ['C', 'D'])];
    const result = computeCoverage(makeIndex(), territories, { kind: 'departement', code: '21' });
    expect(result.overlaps.map((o) => o.unitCodes)).toEqual([['D']]);
  });
});

describe('computeCoverage: white zones', () => {
  it('groups shaped uncovered units by adjacency and the others by EPCI, then by département', () => {
    const result = computeCoverage(makeIndex(), [], FRANCE);
    const zones = result.whiteZones.map((z) => ({ key: z.key, units: z.unitCodes, by: z.groupedBy, population: z.population }));
    expect(zones).toEqual([
      { key: 'A', units: ['A', 'B', 'C', 'D', 'E', 'F'], by: 'adjacency', population: 120_000 },
      // G+H and I tie on population: the key breaks the tie.
      { key: 'G', units: ['G', 'H'], by: 'epci', population: 2_000 },
      { key: 'I', units: ['I'], by: 'epci', population: 2_000 },
    ]);
  });

  it('splits the uncovered line where a covered unit cuts it, sorted by population then key', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'letterOfIntentValidated', ['C'])], FRANCE);
    const adjacency = result.whiteZones.filter((z) => z.groupedBy === 'adjacency');
    expect(adjacency.map((z) => [z.key, z.unitCodes, z.population])).toEqual([
      ['D', ['D', 'E', 'F'], 73_000],
      ['A', ['A', 'B'], 17_000],
    ]);
  });

  it('keys a zone by its smallest unit code and lists its départements', () => {
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'operating', ['A', 'E'])], FRANCE);
    const zone = result.whiteZones.find((z) => z.unitCodes.includes('C'));
    expect(zone?.key).toBe('B');
    expect(zone?.unitCodes).toEqual(['B', 'C', 'D']);
    expect(zone?.departementCodes).toEqual(['01', '21']);
  });

  it('lists CPTS projects below the coverage threshold already present on a zone', () => {
    const territories = [
      makeCpts('early', 'letterOfIntentSubmitted', ['A', 'B']),
      makeCpts('paused', 'suspended', ['B']),
      makeCpts('covering', 'operating', ['C']),
      makeCpts('gone', 'dissolved', ['A']),
    ];
    const result = computeCoverage(makeIndex(), territories, FRANCE);
    const zone = result.whiteZones.find((z) => z.key === 'A');
    expect(zone?.unitCodes).toEqual(['A', 'B']);
    expect(zone?.projects.map((p) => p.id).sort()).toEqual(['early', 'paused']);
    expect(result.whiteZones.find((z) => z.key === 'D')?.projects).toEqual([]);
  });

  it('leaves no white zone when every unit is covered at the letter-of-intent level', () => {
    const all = Object.keys(POPULATION);
    const result = computeCoverage(makeIndex(), [makeCpts('x', 'letterOfIntentValidated', all)], FRANCE);
    expect(result.whiteZones).toEqual([]);
    expect(result.uncovered).toBe(0);
  });
});
