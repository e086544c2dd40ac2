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
