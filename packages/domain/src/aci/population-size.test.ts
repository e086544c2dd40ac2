import { describe, expect, it } from 'vitest';
import { checkPopulationAndSize } from './population-size.ts';

const check = (count: number, sizeCategory: 1 | 2 | 3 | 4, vintage = 2020, field = 'population') =>
  checkPopulationAndSize({ population: { count, vintage }, sizeCategory, field, actOn: '2023-03-15' });

describe('population and taille', () => {
  it('accepts a taille that matches the population', () => {
    expect(() => check(118_000, 3)).not.toThrow();
    expect(() => check(40_000, 2)).not.toThrow();
  });

  it('names the taille field when it does not match, here or in an amendment', () => {
    expect(() => check(35_000, 2)).toThrow(
      expect.objectContaining({ field: 'sizeCategory', message: expect.stringContaining('taille 1') }),
    );
    expect(() => check(35_000, 2, 2020, 'amendments[1].population')).toThrow(
      expect.objectContaining({ field: 'amendments[1].sizeCategory' }),
    );
  });

  it('wants a whole population and an INSEE vintage no later than the act', () => {
    expect(() => check(0, 1)).toThrow(expect.objectContaining({ field: 'population.count' }));
    expect(() => check(12_000.5, 1)).toThrow(expect.objectContaining({ field: 'population.count' }));
    expect(() => check(118_000, 3, 2024)).toThrow(expect.objectContaining({ field: 'population.vintage' }));
    expect(() => check(118_000, 3, 1999)).toThrow(expect.objectContaining({ field: 'population.vintage' }));
  });
});
