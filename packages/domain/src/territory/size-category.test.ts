import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE_RULE, type SizeCategoryRule, sizeCategory } from './size-category.ts';

const makeRule = (atThreshold: SizeCategoryRule['atThreshold']): SizeCategoryRule => ({
  thresholds: [40_000, 80_000, 175_000],
  atThreshold,
});

describe('sizeCategory', () => {
  it('puts territories under 40 000 inhabitants in taille 1', () => {
    expect(sizeCategory(0)).toBe(1);
    expect(sizeCategory(12_500)).toBe(1);
    expect(sizeCategory(39_999)).toBe(1);
  });

  it('puts territories between 40 000 and 80 000 inhabitants in taille 2', () => {
    expect(sizeCategory(40_001)).toBe(2);
    expect(sizeCategory(60_000)).toBe(2);
    expect(sizeCategory(79_999)).toBe(2);
  });

  it('puts territories between 80 000 and 175 000 inhabitants in taille 3', () => {
    expect(sizeCategory(80_001)).toBe(3);
    expect(sizeCategory(120_000)).toBe(3);
    expect(sizeCategory(174_999)).toBe(3);
  });

  it('puts territories over 175 000 inhabitants in taille 4', () => {
    expect(sizeCategory(175_001)).toBe(4);
    expect(sizeCategory(2_100_000)).toBe(4);
  });

  it('uses the upper category at an exact threshold by default', () => {
    expect(DEFAULT_SIZE_RULE.atThreshold).toBe('upper');
    expect(sizeCategory(40_000)).toBe(2);
    expect(sizeCategory(80_000)).toBe(3);
    expect(sizeCategory(175_000)).toBe(4);
  });

  it('keeps an exact threshold in the lower category under the lower rule', () => {
    const lower = makeRule('lower');
    expect(sizeCategory(40_000, lower)).toBe(1);
    expect(sizeCategory(80_000, lower)).toBe(2);
    expect(sizeCategory(175_000, lower)).toBe(3);
  });

  it('agrees with the upper rule everywhere except on the thresholds themselves', () => {
    const upper = makeRule('upper');
    const lower = makeRule('lower');
    for (const population of [39_999, 40_001, 79_999, 80_001, 174_999, 175_001]) {
      expect(sizeCategory(population, lower)).toBe(sizeCategory(population, upper));
    }
  });

  it('reads its thresholds from the rule it is given', () => {
    const rule: SizeCategoryRule = { thresholds: [10, 20, 30], atThreshold: 'upper' };
    expect(sizeCategory(9, rule)).toBe(1);
    expect(sizeCategory(10, rule)).toBe(2);
    expect(sizeCategory(25, rule)).toBe(3);
    expect(sizeCategory(31, rule)).toBe(4);
  });

  it('never decreases when the population grows, under either rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom<SizeCategoryRule['atThreshold']>('upper', 'lower'),
        (a, b, atThreshold) => {
          const rule = makeRule(atThreshold);
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(sizeCategory(small, rule)).toBeLessThanOrEqual(sizeCategory(large, rule));
        },
      ),
    );
  });

  it('matches the interval table of the ACI for any population', () => {
    const expectedUpper = (p: number) => (p < 40_000 ? 1 : p < 80_000 ? 2 : p < 175_000 ? 3 : 4);
    const expectedLower = (p: number) => (p <= 40_000 ? 1 : p <= 80_000 ? 2 : p <= 175_000 ? 3 : 4);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (p) => {
        expect(sizeCategory(p, makeRule('upper'))).toBe(expectedUpper(p));
        expect(sizeCategory(p, makeRule('lower'))).toBe(expectedLower(p));
      }),
    );
  });
});
