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
});
