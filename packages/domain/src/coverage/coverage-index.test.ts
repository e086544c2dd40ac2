import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeGeography, makeIndex, type Scenario, scenarioArb, wideScenarioArb } from '../../test/coverage-arbitraries.ts';
import { type CptsTerritory, computeCoverage } from './coverage.ts';
import { coverageFromIndex, unitLevelsFromIndex } from './coverage-from-index.ts';
import { buildCoverageIndex } from './coverage-index.ts';
import type { CoverageScope } from './scope.ts';
import { unitLevels } from './unit-levels.ts';

const ALL_SCOPES: CoverageScope[] = [
  { kind: 'france' },
  { kind: 'france', outsideRegions: ['94'] },
  { kind: 'region', code: '84' },
  { kind: 'region', code: '27' },
  { kind: 'departement', code: '21' },
  { kind: 'departement', code: '2A' },
];

/** JSON keeps key order, so this also checks that fields and list entries come in the reference's order. */
const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe('coverageFromIndex', () => {
  it('gives exactly the reference answer on random territories and scopes', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb, wideScenarioArb), (s: Scenario) => {
        const index = makeIndex(s.geo);
        const coverage = buildCoverageIndex(index, s.territories);
        same(coverageFromIndex(coverage, s.scope), computeCoverage(index, s.territories, s.scope));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the reference answer for every scope in turn from one index (scratch reused across calls)', () => {
    fc.assert(
      fc.property(wideScenarioArb, (s) => {
        const index = makeIndex(s.geo);
        const coverage = buildCoverageIndex(index, s.territories);
        for (const scope of [...ALL_SCOPES, ...[...ALL_SCOPES].reverse()]) {
          same(coverageFromIndex(coverage, scope), computeCoverage(index, s.territories, scope));
        }
      }),
    );
  });

  it('gives the reference answer without any contour (white zones by EPCI only)', () => {
    fc.assert(
      fc.property(wideScenarioArb, (s) => {
        const geo = { ...s.geo, shaped: new Set<string>(), neighbours: [] };
        const index = makeIndex(geo);
        const result = coverageFromIndex(buildCoverageIndex(index, s.territories), s.scope);
        expect(result.contoursLoaded).toBe(false);
        expect(result.whiteZones.every((z) => z.groupedBy === 'epci')).toBe(true);
        same(result, computeCoverage(index, s.territories, s.scope));
      }),
    );
  });

  it('does not let a caller that changes a result change the next one', () => {
    fc.assert(
      fc.property(wideScenarioArb, (s) => {
        const index = makeIndex(s.geo);
        const coverage = buildCoverageIndex(index, s.territories);
        const first = coverageFromIndex(coverage, s.scope);
        for (const zone of first.whiteZones) zone.unitCodes.push('x');
        for (const overlap of first.overlaps) overlap.cpts.pop();
        for (const cpts of first.cpts) if (cpts.contiguity.status === 'fragmented') cpts.contiguity.detached.pop();
        same(coverageFromIndex(coverage, s.scope), computeCoverage(index, s.territories, s.scope));
      }),
    );
  });

  it('restarts the generation stamps without mixing calls when they wrap around', () => {
    fc.assert(
      fc.property(wideScenarioArb, (s) => {
        const index = makeIndex(s.geo);
        const coverage = buildCoverageIndex(index, s.territories);
        coverageFromIndex(coverage, { kind: 'france' });
        coverage.scratch.generation = 0xffff_fffe;
        same(coverageFromIndex(coverage, s.scope), computeCoverage(index, s.territories, s.scope));
        expect(coverage.scratch.generation).toBe(1);
        same(coverageFromIndex(coverage, s.scope), computeCoverage(index, s.territories, s.scope));
      }),
      { numRuns: 30 },
    );
  });

  it('orders overlaps of equal population as the reference meets them, by first claim and not by unit order', () => {
    const geo = makeGeography(
      3,
      1,
      [0, 0, 0].map((population) => ({ population, dep: '01', epci: 'E1', shaped: true })),
    );
    const index = makeIndex(geo);
    const territories: CptsTerritory[] = [
      { id: 'a', name: 'A', stage: 'contact', unitCodes: ['u002', 'u001', 'u000'] },
      { id: 'b', name: 'B', stage: 'contact', unitCodes: ['u002', 'u000'] },
      { id: 'c', name: 'C', stage: 'contact', unitCodes: ['u001'] },
    ];
    const result = coverageFromIndex(buildCoverageIndex(index, territories), { kind: 'france' });
    expect(result.overlaps.map((o) => o.unitCodes)).toEqual([['u000', 'u002'], ['u001']]);
    same(result, computeCoverage(index, territories, { kind: 'france' }));
  });

  it('counts an empty scope (a code no unit has) as nothing', () => {
    const s = fc.sample(wideScenarioArb, { numRuns: 1, seed: 7 })[0] as Scenario;
    const index = makeIndex(s.geo);
    const result = coverageFromIndex(buildCoverageIndex(index, s.territories), { kind: 'departement', code: '99' });
    expect(result).toMatchObject({ population: 0, unitCount: 0, overlaps: [], whiteZones: [], cpts: [], cptsByStage: {} });
  });
});

describe('unitLevelsFromIndex', () => {
  it('gives exactly the reference levels (territories as storage holds them: each code once)', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb, wideScenarioArb), (s) => {
        const territories = s.territories.map((t) => ({ ...t, unitCodes: [...new Set(t.unitCodes)] }));
        const index = makeIndex(s.geo);
        same(unitLevelsFromIndex(buildCoverageIndex(index, territories), s.scope), unitLevels(index, territories, s.scope));
      }),
      { numRuns: 300 },
    );
  });
});
