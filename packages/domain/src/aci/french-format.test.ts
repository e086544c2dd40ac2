import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatEuros, formatFrenchDate, formatNumber } from './french-format.ts';

describe('French formats', () => {
  it('writes cents as euros with digit groups, a decimal comma and the euro sign after a no-break space', () => {
    expect(formatEuros(123_456)).toBe('1\u202f234,56\u00a0€');
    expect(formatEuros(13_125_000)).toBe('131\u202f250,00\u00a0€');
    expect(formatEuros(5)).toBe('0,05\u00a0€');
    expect(formatEuros(-1_466_188)).toBe('-14\u202f661,88\u00a0€');
  });

  it('matches what toLocaleString fr-FR writes for the digits', () => {
    const cents = 987_654_321;
    expect(formatEuros(cents)).toBe(`${(cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 })}\u00a0€`);
  });

  it('says « montant non connu » for a missing amount, never zero', () => {
    expect(formatAmount(null)).toBe('montant non connu');
    expect(formatAmount(0)).toBe('0,00\u00a0€');
  });

  it('writes numbers, counts and dates the French way', () => {
    expect(formatNumber(1234.5)).toBe('1\u202f234,5');
    expect(formatNumber(-50)).toBe('-50');
    expect(formatCount(118_000)).toBe('118\u202f000');
    expect(formatFrenchDate('2019-08-25')).toBe('25/08/2019');
  });
});
