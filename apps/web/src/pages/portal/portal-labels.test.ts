import { describe, expect, it } from 'vitest';
import { formatEuros } from './portal-labels.ts';

describe('portal labels', () => {
  it('formats dues in euros, French style', () => {
    expect(formatEuros(5000).replace(/\s/g, ' ')).toBe('50,00 €');
    expect(formatEuros(123456).replace(/\s/g, ' ')).toBe('1 234,56 €');
  });
});
