import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATORS } from './default-indicators.ts';
import { validateIndicators } from './indicator.ts';
import { assessVariablePart } from './variable-assessment.ts';

describe('DEFAULT_INDICATORS', () => {
  it('are valid lines with distinct codes, from the amounts docs/reference/aci.md §5 gives', () => {
    expect(() => validateIndicators(DEFAULT_INDICATORS)).not.toThrow();
    const ald = DEFAULT_INDICATORS.find((line) => line.id === 'ald-sans-medecin-traitant');
    expect(ald?.tiers).toEqual([
      { threshold: 219, amountCents: 300_000 },
      { threshold: 100, amountCents: 600_000 },
      { threshold: 50, amountCents: 900_000 },
    ]);
  });

  it('pay 30 000 € when every target is met: 9 000 + 3 000 + 5 000 + 2 000 + 3 000 + 3 000 + 5 000', () => {
    const values = Object.fromEntries(DEFAULT_INDICATORS.map((line) => [line.id, line.direction === 'lower' ? 0 : 1]));
    const result = assessVariablePart({ indicators: DEFAULT_INDICATORS, values, envelopes: { accessToCare: null } });
    expect(result.missions[0]?.earnedCents).toBe(3_000_000);
  });
});
