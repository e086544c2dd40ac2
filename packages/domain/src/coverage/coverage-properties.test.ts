import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIndex, type Scenario, scenarioArb } from '../../test/coverage-arbitraries.ts';
import { STAGES, type Stage } from '../lifecycle/stages.ts';
import type { TerritorialUnit } from '../territory/unit.ts';
import { type CoverageResult, computeCoverage } from './coverage.ts';
import type { CoverageScope } from './scope.ts';

/** Stages at or past the default thresholds, written out rather than derived from the code under test. */
const LETTER_OF_INTENT_STAGES: readonly Stage[] = [
  'letterOfIntentValidated',
  'reviewCommitteeOpinion',
  'healthProjectDrafting',
  'healthProjectSubmitted',
  'healthProjectValidated',
  'aciSigned',
  'operating',
];
const OPERATING_STAGES: readonly Stage[] = ['aciSigned', 'operating'];
const isActiveStage = (stage: Stage) => stage !== 'dissolved' && stage !== 'merged';
const inScope = (unit: TerritorialUnit, scope: CoverageScope) =>
  scope.kind === 'france' || (scope.kind === 'region' ? unit.regionCode === scope.code : unit.departementCode === scope.code);

/** Independent oracle: who claims each in-scope unit, and at which level it is covered. */
function oracle({ geo, territories, scope }: Scenario) {
  const scoped = geo.units.filter((u) => inScope(u, scope));
  const active = territories.filter((t) => isActiveStage(t.stage));
  const claimants = new Map(scoped.map((u) => [u.code, active.filter((t) => t.unitCodes.includes(u.code))]));
  const coveredLi = scoped.filter((u) => claimants.get(u.code)?.some((t) => LETTER_OF_INTENT_STAGES.includes(t.stage)));
  const coveredOp = scoped.filter((u) => claimants.get(u.code)?.some((t) => OPERATING_STAGES.includes(t.stage)));
  const sum = (list: TerritorialUnit[]) => list.reduce((s, u) => s + u.population, 0);
  const uncoveredUnits = scoped.filter((u) => !coveredLi.includes(u));
  return { scoped, active, claimants, population: sum(scoped), li: sum(coveredLi), op: sum(coveredOp), uncoveredUnits };
}

const run = (s: Scenario): CoverageResult => computeCoverage(makeIndex(s.geo), s.territories, s.scope);

describe('computeCoverage properties', () => {
  it('splits the population in scope into covered and uncovered, operating within letter of intent', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = run(s);
        const expected = oracle(s);
        expect(result.population).toBe(expected.population);
        expect(result.unitCount).toBe(expected.scoped.length);
        expect(result.covered).toEqual({ letterOfIntent: expected.li, operating: expected.op });
        expect(result.covered.letterOfIntent + result.uncovered).toBe(result.population);
        expect(result.covered.operating).toBeLessThanOrEqual(result.covered.letterOfIntent);
        expect(result.covered.letterOfIntent).toBeLessThanOrEqual(result.population);
      }),
    );
  });

  it('reports a unit as an overlap exactly when two or more active CPTS claim it, with exactly those CPTS', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = run(s);
        const { scoped, claimants } = oracle(s);
        const groupOf = new Map<string, string[]>();
        for (const overlap of result.overlaps) {
          const ids = overlap.cpts.map((c) => c.id);
          expect(new Set(ids).size).toBe(ids.length);
          const population = overlap.unitCodes.reduce((sum, code) => sum + (s.geo.units.find((u) => u.code === code)?.population ?? 0), 0);
          expect(overlap.population).toBe(population);
          for (const code of overlap.unitCodes) {
            expect(groupOf.has(code)).toBe(false);
            groupOf.set(code, [...ids].sort());
          }
        }
        for (const unit of scoped) {
          const ids = (claimants.get(unit.code) ?? []).map((t) => t.id).sort();
          expect(groupOf.get(unit.code)).toEqual(ids.length >= 2 ? ids : undefined);
        }
        expect(groupOf.size).toBe(scoped.filter((u) => (claimants.get(u.code)?.length ?? 0) >= 2).length);
      }),
    );
  });

  it('partitions the uncovered units in scope into white zones whose populations add up to the uncovered population', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = run(s);
        const { uncoveredUnits, claimants } = oracle(s);
        const listed = result.whiteZones.flatMap((z) => z.unitCodes);
        expect([...listed].sort()).toEqual(uncoveredUnits.map((u) => u.code).sort());
        expect(result.whiteZones.reduce((sum, z) => sum + z.population, 0)).toBe(result.uncovered);
        for (const zone of result.whiteZones) {
          expect(zone.key).toBe([...zone.unitCodes].sort()[0]);
          const projects = new Set(zone.unitCodes.flatMap((code) => (claimants.get(code) ?? []).map((t) => t.id)));
          expect(zone.projects.map((p) => p.id).sort()).toEqual([...projects].sort());
        }
      }),
    );
  });

  it('makes each adjacency white zone a maximal connected set of shaped units, and groups the others by EPCI', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = run(s);
        const adjacent = new Map<string, string[]>(s.geo.units.map((u) => [u.code, []]));
        for (const [a, b] of s.geo.neighbours) {
          adjacent.get(a)?.push(b);
          adjacent.get(b)?.push(a);
        }
        const zoneOf = new Map(result.whiteZones.flatMap((z, i) => z.unitCodes.map((code) => [code, i] as const)));
        const epciKeys = new Set<string>();
        result.whiteZones.forEach((zone, i) => {
          const units = zone.unitCodes.map((code) => s.geo.units.find((u) => u.code === code) as TerritorialUnit);
          if (zone.groupedBy === 'adjacency') {
            expect(zone.unitCodes.every((code) => s.geo.shaped.has(code))).toBe(true);
            const reached = new Set([zone.unitCodes[0] as string]);
            const stack = [zone.unitCodes[0] as string];
            while (stack.length > 0) {
              for (const next of adjacent.get(stack.pop() as string) ?? []) {
                if (zone.unitCodes.includes(next) && !reached.has(next)) {
                  reached.add(next);
                  stack.push(next);
                }
              }
            }
            expect(reached.size).toBe(zone.unitCodes.length);
            // maximal: no uncovered neighbour is left in another zone
            for (const code of zone.unitCodes) {
              for (const next of adjacent.get(code) ?? []) if (zoneOf.has(next)) expect(zoneOf.get(next)).toBe(i);
            }
          } else {
            expect(zone.unitCodes.some((code) => s.geo.shaped.has(code))).toBe(false);
            const keys = new Set(units.map((u) => u.epciCode ?? `dep-${u.departementCode}`));
            expect(keys.size).toBe(1);
            const key = [...keys][0] as string;
            expect(epciKeys.has(key)).toBe(false);
            epciKeys.add(key);
          }
        });
      }),
    );
  });

  it('counts per stage the active CPTS that have at least one unit in scope', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = run(s);
        const { scoped, active } = oracle(s);
        const touching = active.filter((t) => t.unitCodes.some((code) => scoped.some((u) => u.code === code)));
        const expected: Partial<Record<Stage, number>> = {};
        for (const t of touching) expected[t.stage] = (expected[t.stage] ?? 0) + 1;
        expect(result.cptsByStage).toEqual(expected);
        expect(result.cpts.map((c) => c.id).sort()).toEqual(touching.map((t) => t.id).sort());
      }),
    );
  });

  it('describes each CPTS with the population, unit count and contiguity of its own known units', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = run(s);
        for (const entry of result.cpts) {
          const own = s.geo.units.filter((u) => s.territories.find((t) => t.id === entry.id)?.unitCodes.includes(u.code));
          expect(entry.population).toBe(own.reduce((sum, u) => sum + u.population, 0));
          expect(entry.unitCount).toBe(own.length);
          const unshaped = own.filter((u) => !s.geo.shaped.has(u.code)).map((u) => u.code);
          if (unshaped.length > 0) {
            expect(entry.contiguity).toEqual({ status: 'unknown', parts: null, unitsWithoutShape: unshaped });
            continue;
          }
          // Independent count: merge the CPTS's units along grid neighbours (union–find).
          const parent = new Map(own.map((u) => [u.code, u.code]));
          const find = (c: string): string => (parent.get(c) === c ? c : find(parent.get(c) as string));
          for (const [a, b] of s.geo.neighbours) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
          expect(entry.contiguity.parts).toBe(new Set(own.map((u) => find(u.code))).size);
        }
      }),
    );
  });

  it('never lowers a CPTS population, nor the covered population, when a unit is added to a CPTS', () => {
    const arb = scenarioArb.chain((s) =>
      fc.record({
        s: fc.constant(s),
        stage: fc.constantFrom(...STAGES.filter(isActiveStage)),
        base: fc.subarray(s.geo.units.map((u) => u.code)),
        added: fc.constantFrom(...s.geo.units.map((u) => u.code)),
      }),
    );
    fc.assert(
      fc.property(arb, ({ s, stage, base, added }) => {
        fc.pre(!base.includes(added));
        const france: Scenario = { ...s, scope: { kind: 'france' } };
        const before = run({ ...france, territories: [...s.territories, { id: 'grow', name: 'Grow', stage, unitCodes: base }] });
        const after = run({ ...france, territories: [...s.territories, { id: 'grow', name: 'Grow', stage, unitCodes: [...base, added] }] });
        const populationBefore = before.cpts.find((c) => c.id === 'grow')?.population ?? 0;
        const populationAfter = after.cpts.find((c) => c.id === 'grow')?.population ?? 0;
        const addedPopulation = s.geo.units.find((u) => u.code === added)?.population ?? 0;
        expect(populationAfter).toBeGreaterThanOrEqual(populationBefore);
        expect(populationAfter).toBe(populationBefore + addedPopulation);
        expect(after.covered.letterOfIntent).toBeGreaterThanOrEqual(before.covered.letterOfIntent);
        expect(after.covered.operating).toBeGreaterThanOrEqual(before.covered.operating);
      }),
    );
  });
});
