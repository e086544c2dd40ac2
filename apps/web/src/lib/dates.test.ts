import { describe, expect, it } from 'vitest';
import { isoToFrench, parseUserDate } from './dates.ts';

describe('parseUserDate', () => {
  it('reads French and ISO dates', () => {
    expect(parseUserDate('15/11/2026')).toBe('2026-11-15');
    expect(parseUserDate('5/1/2026')).toBe('2026-01-05');
    expect(parseUserDate('2026-11-15')).toBe('2026-11-15');
  });

  it('returns "" for an empty text and null for an impossible date', () => {
    expect(parseUserDate('  ')).toBe('');
    expect(parseUserDate('31/02/2026')).toBeNull();
    expect(parseUserDate('demain')).toBeNull();
  });

  it('formats ISO dates for inputs', () => {
    expect(isoToFrench('2026-11-15')).toBe('15/11/2026');
    expect(isoToFrench(null)).toBe('');
  });
});
