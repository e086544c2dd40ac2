import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fileNameSlug,
  formatAmount,
  formatCount,
  formatDate,
  formatDateCell,
  formatDateTime,
  formatDecimal,
  formatEuros,
  formatInhabitants,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPhone,
  formatShare,
  formatTime,
  isoDateIn,
  parseEuros,
  phoneHref,
  plural,
  timeZoneOfDepartement,
  winAnsi,
} from './index.ts';

describe('French numbers', () => {
  it('groups digits with a narrow no-break space and uses a decimal comma', () => {
    expect(formatNumber(1234.5)).toBe('1\u202f234,5');
    expect(formatNumber(-50)).toBe('-50');
    expect(formatCount(118_000.9)).toBe('118\u202f000');
    expect(formatDecimal(12.345)).toBe('12,3');
    expect(formatDecimal(-0.04)).toBe('0,0');
    expect(formatDecimal(null)).toBe('—');
    expect(formatInhabitants(35_011)).toBe('35\u202f011\u00a0hab.');
  });

  it('writes whole numbers exactly as Intl fr-FR does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatCount(n)).toBe(new Intl.NumberFormat('fr-FR').format(n).replace('−', '-'));
      }),
    );
  });

  it('writes shares and percentages with at most one decimal, and a dash when undefined', () => {
    expect(formatShare(0.125)).toBe('12,5\u00a0%');
    expect(formatShare(1)).toBe('100\u00a0%');
    expect(formatPercent(1, 3)).toBe('33,3\u00a0%');
    expect(formatPercent(1, 0)).toBe('—');
    expect(formatShare(null)).toBe('—');
  });

  it('puts the French plural from two on', () => {
    expect(plural(0, 'commune')).toBe('0\u00a0commune');
    expect(plural(1, 'commune')).toBe('1\u00a0commune');
    expect(plural(1500, 'professionnel')).toBe('1\u202f500\u00a0professionnels');
  });
});

describe('euros', () => {
  it('writes cents as euros with the sign kept', () => {
    expect(formatEuros(123_456)).toBe('1\u202f234,56\u00a0€');
    expect(formatEuros(5)).toBe('0,05\u00a0€');
    expect(formatEuros(-1_466_188)).toBe('-14\u202f661,88\u00a0€');
    expect(formatAmount(null)).toBe('montant non connu');
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => {
        expect(parseEuros(formatEuros(cents))).toBe(cents);
      }),
    );
    expect(parseEuros('30,5')).toBe(3050);
    expect(parseEuros(' 1 200,5 ')).toBe(120050);
    expect(parseEuros('0')).toBe(0);
    expect(parseEuros('-3')).toBeNull();
    expect(parseEuros('trente')).toBeNull();
    expect(parseEuros('1,234')).toBeNull();
  });
});

describe('dates and times', () => {
  it('writes calendar dates as they are, whatever the time zone', () => {
    expect(formatDate('2019-08-25')).toBe('25/08/2019');
    expect(formatDate('2019-08-25', 'Pacific/Tahiti')).toBe('25/08/2019');
    expect(formatDate(null)).toBe('—');
    expect(formatDateCell(null)).toBe('');
    expect(formatDateCell('2026-11-22')).toBe('22/11/2026');
    expect(formatLongDate('2017-02-01')).toBe('1er février 2017');
    expect(formatLongDate('2019-08-25')).toBe('25 août 2019');
  });

  it('writes instants in the reader’s time zone, summer time included', () => {
    expect(formatDateTime('2026-03-29T16:30:00Z')).toBe('29/03/2026 à 18:30');
    expect(formatDateTime('2026-03-28T17:30:00Z')).toBe('28/03/2026 à 18:30');
    expect(formatDateTime(new Date('2026-03-28T22:30:00Z'), 'Indian/Reunion')).toBe('29/03/2026 à 02:30');
    expect(formatTime('2026-12-01T23:05:00Z')).toBe('00:05');
    expect(isoDateIn(new Date('2026-12-01T23:05:00Z'))).toBe('2026-12-02');
    expect(isoDateIn(new Date('2026-12-01T23:05:00Z'), 'America/Cayenne')).toBe('2026-12-01');
  });

  it('knows the legal time of overseas départements', () => {
    expect(timeZoneOfDepartement('974')).toBe('Indian/Reunion');
    expect(timeZoneOfDepartement('973')).toBe('America/Cayenne');
    expect(timeZoneOfDepartement('2A')).toBe('Europe/Paris');
    expect(timeZoneOfDepartement(null)).toBe('Europe/Paris');
  });
});

describe('phone numbers', () => {
  it('writes French numbers in pairs and keeps what it does not recognise', () => {
    expect(formatPhone('0490123456')).toBe('04 90 12 34 56');
    expect(formatPhone('04.90.12.34.56')).toBe('04 90 12 34 56');
    expect(formatPhone('+33490123456')).toBe('+33 4 90 12 34 56');
    expect(formatPhone('+262262123456')).toBe('+262 2 62 12 34 56');
    expect(formatPhone('poste 12')).toBe('poste 12');
    expect(formatPhone('')).toBe('—');
    expect(phoneHref('04 90 12 34 56')).toBe('tel:+33490123456');
    expect(phoneHref('standard')).toBeNull();
  });
});

describe('PDF text', () => {
  it('keeps French text and replaces what the standard fonts cannot encode', () => {
    expect(winAnsi('Hélène Bérard — « Écrins » œuvre 30 €')).toBe('Hélène Bérard — « Écrins » œuvre 30 €');
    expect(winAnsi('1\u202f200 voix ≥ 2/3 ✓')).toBe('1 200 voix >= 2/3 ?');
  });
});

describe('file names', () => {
  it('makes a file-name slug without accents, and a fallback for nothing left', () => {
    expect(fileNameSlug('CPTS démo Haute-Provence')).toBe('cpts-demo-haute-provence');
    expect(fileNameSlug('« ? »', 'territoire')).toBe('territoire');
  });
});
