import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVANCE_PERCENT, advanceOf, proRata, shareOf } from './proration.ts';

describe('shares in cents', () => {
  it('rounds every share down to the cent', () => {
    expect(shareOf(2_250_000, 75 * 318, 100 * 366)).toBe(1_466_188); // 14 661,885… €
    expect(advanceOf(13_125_000)).toBe(9_843_750);
    expect(advanceOf(1)).toBe(0);
    expect(ADVANCE_PERCENT).toBe(75);
  });

  it('prorates over the days of the contract year, a whole year giving the whole amount', () => {
    expect(proRata(4_500_000, 196, 366)).toBe(2_409_836);
    expect(proRata(4_500_000, 366, 366)).toBe(4_500_000);
    expect(proRata(4_500_000, 400, 366)).toBe(4_500_000);
    expect(proRata(4_500_000, -3, 365)).toBe(0);
  });

  it('never gives more than the amount, nor an advance above the share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 366 }),
        fc.constantFrom(365, 366),
        (cents, days, yearDays) => {
          const share = proRata(cents, days, yearDays);
          expect(Number.isInteger(share) && share >= 0 && share <= cents).toBe(true);
          expect(shareOf(cents, ADVANCE_PERCENT * Math.min(days, yearDays), 100 * yearDays)).toBeLessThanOrEqual(share);
        },
      ),
    );
  });

  it('refuses amounts beyond exact integer arithmetic', () => {
    expect(() => shareOf(Number.MAX_SAFE_INTEGER, 75, 100)).toThrow(expect.objectContaining({ field: 'amountCents' }));
  });
});
