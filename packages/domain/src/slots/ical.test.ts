import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, serializeCalendar, slotSummary } from './ical.ts';

describe('iCalendar feed', () => {
  const stamp = new Date('2026-12-02T10:00:00Z');
  const text = serializeCalendar({
    name: 'Créneaux de Camille Martin',
    stamp,
    events: [
      {
        uid: 'a1@maillon',
        startAt: new Date('2026-12-03T17:00:00Z'),
        endAt: new Date('2026-12-03T17:20:00Z'),
        summary: slotSummary({ status: 'free', visibility: ['SNP', 'PRO'] }),
        location: '12, rue des Lilas; Digne',
      },
    ],
  });

  it('writes a VCALENDAR with one VEVENT in UTC, CRLF line endings', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('\r\nUID:a1@maillon\r\nDTSTAMP:20261202T100000Z\r\nDTSTART:20261203T170000Z\r\nDTEND:20261203T172000Z\r\n');
    expect(text).toContain('SUMMARY:Créneau libre (SNP\\, PRO)');
    expect(text).toContain('LOCATION:12\\, rue des Lilas\\; Digne');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('never names who booked', () => {
    expect(slotSummary({ status: 'booked', visibility: ['SNP'] })).toBe('Créneau réservé');
  });

  it('escapes per RFC 5545 §3.3.11', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds lines at 75 octets without cutting a character, and unfolds back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (value) => {
        const line = `SUMMARY:${value.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});
