import { describe, expect, it } from 'vitest';
import { euros, weakestStatus } from './reference-value.ts';

describe('reference values', () => {
  it('turns whole euros into integer cents', () => {
    expect(euros(131_250)).toBe(13_125_000);
    expect(euros(17_500)).toBe(1_750_000);
  });

  it('says a figure is only as sure as the weakest value it rests on', () => {
    expect(weakestStatus([])).toBe('confirmed');
    expect(weakestStatus(['confirmed', 'derived'])).toBe('derived');
    expect(weakestStatus(['reported', 'confirmed', 'derived'])).toBe('reported');
    expect(weakestStatus(['derived', 'unknown'])).toBe('unknown');
  });
});
