import { describe, expect, it } from 'vitest';
import { formatEuros, frenchDate, frenchDateTime, pdfText } from './pdf-document.ts';

describe('PDF text helpers', () => {
  it('keeps French text and replaces what the standard fonts cannot encode', () => {
    expect(pdfText('Hélène Bérard — « Écrins » œuvre 30 €')).toBe('Hélène Bérard — « Écrins » œuvre 30 €');
    expect(pdfText('1\u202f200 voix ≥ 2/3 ✓')).toBe('1 200 voix >= 2/3 ?');
  });

  it('formats amounts and dates the French way, in Paris time', () => {
    expect(pdfText(formatEuros(123450))).toBe('1 234,50 €');
    expect(frenchDate('2026-03-10')).toBe('10/03/2026');
    expect(frenchDateTime(new Date('2026-03-29T16:30:00Z'))).toBe('29/03/2026 à 18:30');
    expect(frenchDateTime(new Date('2026-03-28T17:30:00Z'))).toBe('28/03/2026 à 18:30');
  });
});
