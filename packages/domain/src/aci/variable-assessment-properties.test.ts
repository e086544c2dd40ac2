import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorLine } from './indicator.ts';
import { ACI_MISSIONS } from './missions.ts';
import { assessVariablePart } from './variable-assessment.ts';

/** Indicator lines with tiers consistent with their direction (sorted thresholds, growing amounts). */
const indicatorArb: fc.Arbitrary<IndicatorLine> = fc
  .record({
    mission: fc.constantFrom(...ACI_MISSIONS),
    direction: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
    thresholds: fc.uniqueArray(fc.integer({ min: -1_000, max: 1_000 }), { minLength: 1, maxLength: 4 }),
    amounts: fc.uniqueArray(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ mission, direction, thresholds, amounts }) => {
    const ordered = [...thresholds].sort((a, b) => (direction === 'higher' ? a - b : b - a));
    const paid = [...amounts].sort((a, b) => a - b);
    return {
      id: '',
      mission,
      label: 'Indicateur',
      unit: 'patients',
      direction,
      baseline: null,
      tiers: ordered.map((threshold, index) => ({ threshold, amountCents: paid[index] ?? 1 })),
      dataSource: 'CPTS' as const,
      evidence: [],
    };
  });

const linesArb = fc
  .array(indicatorArb, { minLength: 1, maxLength: 8 })
  .map((lines) => lines.map((line, index) => ({ ...line, id: `i${index}` })));
const valueArb = fc.option(fc.integer({ min: -1_200, max: 1_200 }), { nil: null });
const envelopesArb = fc.dictionary(fc.constantFrom(...ACI_MISSIONS), fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }));

describe('variable part invariants', () => {
  it('earns more (or as much) as the value improves in the direction of the indicator', () => {
    fc.assert(
      fc.property(indicatorArb, fc.integer({ min: -1_200, max: 1_200 }), fc.integer({ min: 0, max: 500 }), (indicator, value, step) => {
        const better = indicator.direction === 'higher' ? value + step : value - step;
        const earned = (v: number) =>
          assessVariablePart({ indicators: [{ ...indicator, id: 'x' }], values: { x: v }, envelopes: {} }).lines[0]?.earnedCents ?? 0;
        expect(earned(better)).toBeGreaterThanOrEqual(earned(value));
      }),
    );
  });

  it('never pays a mission more than its envelope, and what the cap removes is exactly the excess', () => {
    fc.assert(
      fc.property(linesArb, fc.array(valueArb, { minLength: 8, maxLength: 8 }), envelopesArb, (indicators, values, envelopes) => {
        const result = assessVariablePart({
          indicators,
          values: Object.fromEntries(indicators.map((line, index) => [line.id, values[index] ?? null])),
          envelopes,
        });
        for (const mission of result.missions) {
          const lines = result.lines.filter((line) => line.mission === mission.mission);
          expect(mission.earnedCents).toBe(lines.reduce((sum, line) => sum + line.earnedCents, 0));
          if (mission.envelopeCents === null) {
            expect(mission.payableCents).toBeNull();
          } else {
            expect(mission.payableCents).toBeLessThanOrEqual(mission.envelopeCents);
            expect((mission.payableCents ?? 0) + (mission.removedByCapCents ?? 0)).toBe(mission.earnedCents);
          }
        }
        for (const line of result.lines) if (line.value === null) expect(line.earnedCents).toBe(0);
      }),
    );
  });
});
