import { describe, expect, it } from 'vitest';
import { labelledMonths, monthLabel, niceMax } from './chart-scale.ts';

describe('membership chart helpers', () => {
  it('labels months in French', () => {
    expect(monthLabel('2026-02')).toBe('févr. 2026');
    expect(monthLabel('2025-12')).toBe('déc. 2025');
  });

  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 180, 201, 512].map(niceMax)).toEqual([1, 1, 3, 8, 15, 200, 250, 600]);
  });

  it('labels the last month and every few months before it, at most eight', () => {
    expect([...labelledMonths(4)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
    expect([...labelledMonths(23)].sort((a, b) => a - b)).toEqual([1, 4, 7, 10, 13, 16, 19, 22]);
    expect(labelledMonths(120).size).toBeLessThanOrEqual(8);
  });
});
