import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent, plural } from './format.ts';

const digits = (text: string) => text.replace(/\D/g, '');

describe('format', () => {
  it('groups thousands the French way', () => {
    expect(digits(formatNumber(5218960))).toBe('5218960');
    expect(formatNumber(5218960)).not.toContain(',');
  });

  it('shows ISO dates as dd/mm/yyyy without time zone shift', () => {
    expect(formatDate('2026-03-01')).toBe('01/03/2026');
    expect(formatDate(null)).toBe('—');
  });

  it('formats shares with a comma and a non-breaking space before %', () => {
    expect(formatPercent(1, 8)).toBe('12,5\u00a0%');
    expect(formatPercent(1, 0)).toBe('—');
  });

  it('agrees in number (zero and one are singular in French)', () => {
    expect(plural(0, 'commune')).toBe('0\u00a0commune');
    expect(plural(2, 'commune')).toBe('2\u00a0communes');
  });
});

describe('format in the reader’s time zone', () => {
  it('writes an instant in the browser’s time zone', () => {
    const expected = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date('2026-03-29T16:30:00Z'),
    );
    expect(formatDateTime('2026-03-29T16:30:00Z')).toMatch(new RegExp(`à ${expected}$`));
  });
});
