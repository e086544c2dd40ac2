import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayIn, startOfDayIn } from './zoned-day.ts';

describe('days in Europe/Paris', () => {
  it('starts a winter day at 23:00 UTC the evening before and a summer day at 22:00 UTC', () => {
    expect(startOfDayIn('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDayIn('2026-07-14').toISOString()).toBe('2026-07-13T22:00:00.000Z');
  });

  it('handles the days the clocks change (29 March and 25 October 2026)', () => {
    expect(startOfDayIn('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayIn('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDayIn('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDayIn('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('gives back the same day for the start of any day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const start = startOfDayIn(day);
        expect(dayIn(start)).toBe(day);
        expect(dayIn(new Date(start.getTime() - 1))).not.toBe(day);
      }),
    );
  });

  it('answers as the time-zone database does, whatever was asked just before (its last answer is reused within a second)', () => {
    const zones = ['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea', 'UTC'];
    const reference = (instant: Date, timeZone: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
    const instant = fc.date({ min: new Date('1890-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -1500, max: 1500 }),
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        (date, ms, a, b) => {
          const near = new Date(date.getTime() + ms);
          expect(dayIn(date, a)).toBe(reference(date, a));
          expect(dayIn(near, b)).toBe(reference(near, b));
          expect(dayIn(date, b)).toBe(reference(date, b));
        },
      ),
    );
    // Paris before 1911 was 9 min 21 s ahead of Greenwich: its days started within a minute, on a second.
    const start = Date.UTC(1900, 5, 1, 23, 50, 39);
    expect([dayIn(new Date(start - 1), 'Europe/Paris'), dayIn(new Date(start), 'Europe/Paris')]).toEqual(['1900-06-01', '1900-06-02']);
  });
});

describe('dayIn keeps the last day it computed', () => {
  const plain = (instant: Date, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

  it('answers as the formatter does for instants read in any order, in any time zone', () => {
    const zones = ['Europe/Paris', 'America/Sao_Paulo', 'Pacific/Apia', 'Indian/Reunion', 'UTC'];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), fc.constantFrom(...zones)),
          { minLength: 1, maxLength: 20 },
        ),
        (reads) => {
          for (const [date, zone] of reads) expect(dayIn(date, zone)).toBe(plain(date, zone));
        },
      ),
    );
  });

  it('follows midnight, the clock changes and a day that starts at 01:00 (São Paulo, 4 November 2018)', () => {
    const around = ['2026-03-28T22:59:59.999Z', '2026-03-28T23:00:00Z', '2026-03-29T21:59:59.999Z', '2026-03-29T22:00:00Z'];
    for (const iso of [...around, ...around.reverse()]) expect(dayIn(new Date(iso))).toBe(plain(new Date(iso), 'Europe/Paris'));
    const saoPaulo = [
      '2018-11-03T12:00:00Z',
      '2018-11-04T02:59:59.999Z',
      '2018-11-04T03:00:00Z',
      '2018-11-04T12:00:00Z',
      '2018-11-05T01:59:59.999Z',
      '2018-11-05T02:00:00Z',
    ];
    for (const iso of saoPaulo) expect(dayIn(new Date(iso), 'America/Sao_Paulo')).toBe(plain(new Date(iso), 'America/Sao_Paulo'));
  });

  it('still refuses an invalid date', () => {
    dayIn(new Date('2026-01-01T12:00:00Z'));
    expect(() => dayIn(new Date(Number.NaN))).toThrow(RangeError);
  });
});
