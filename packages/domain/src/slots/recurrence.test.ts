import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkSlotDraft, expandSeries, firstOverlap, parseRecurrence, wallClockOf, weeklyRule, zonedInstant } from './recurrence.ts';

const fieldOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.field : 'not a DomainError';
  }
  return null;
};

describe('wall-clock time in Europe/Paris', () => {
  it('finds the instant of a wall-clock time in winter and summer', () => {
    expect(zonedInstant('2026-12-01', 18, 0).toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(zonedInstant('2026-07-01', 18, 0).toISOString()).toBe('2026-07-01T16:00:00.000Z');
  });

  it('moves a time skipped in spring one hour later and keeps the first of a repeated autumn time', () => {
    expect(zonedInstant('2027-03-28', 2, 30).toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(wallClockOf(zonedInstant('2027-03-28', 2, 30)).hour).toBe(3);
    expect(zonedInstant('2026-10-25', 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips any wall-clock time of the day outside the change hours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 4, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (day, hour, minute) => {
          const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
          const w = wallClockOf(zonedInstant(date, hour, minute));
          expect(w).toMatchObject({ date, hour, minute });
        },
      ),
    );
  });
});

describe('expandSeries', () => {
  it('keeps 18:00 at 18:00 across the last Sunday of October', () => {
    const dtstart = zonedInstant('2026-10-20', 18, 0);
    const occurrences = expandSeries(
      { dtstart, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', durationMinutes: 20 },
      new Date('2026-10-01T00:00:00Z'),
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(occurrences.map((o) => o.startAt.toISOString())).toEqual([
      '2026-10-20T16:00:00.000Z',
      '2026-10-27T17:00:00.000Z',
      '2026-11-03T17:00:00.000Z',
    ]);
    expect(occurrences.every((o) => wallClockOf(o.startAt).hour === 18)).toBe(true);
    expect(occurrences[0]?.endAt.toISOString()).toBe('2026-10-20T16:20:00.000Z');
  });

  it('keeps 18:00 at 18:00 across the last Sunday of March, daily rule included', () => {
    const dtstart = zonedInstant('2027-03-27', 18, 0);
    const occurrences = expandSeries(
      { dtstart, rrule: 'FREQ=DAILY;COUNT=3', durationMinutes: 15 },
      new Date('2027-03-01T00:00:00Z'),
      new Date('2027-04-30T00:00:00Z'),
    );
    expect(occurrences.map((o) => o.startAt.toISOString())).toEqual([
      '2027-03-27T17:00:00.000Z',
      '2027-03-28T16:00:00.000Z',
      '2027-03-29T16:00:00.000Z',
    ]);
  });

  it('returns only the occurrences of the window, so successive windows add up to the whole', () => {
    const series = { dtstart: zonedInstant('2026-12-07', 9, 0), rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', durationMinutes: 30 };
    const whole = expandSeries(series, new Date('2026-12-01T00:00:00Z'), new Date('2027-02-01T00:00:00Z'));
    const first = expandSeries(series, new Date('2026-12-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    const second = expandSeries(series, new Date('2027-01-01T00:00:00Z'), new Date('2027-02-01T00:00:00Z'));
    expect([...first, ...second]).toEqual(whole);
    expect(whole.length).toBe(24);
    expect(whole.every((o) => wallClockOf(o.startAt).hour === 9)).toBe(true);
  });

  it('never returns an occurrence outside its window nor before the start (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=TU,SA', 'FREQ=MONTHLY;BYMONTHDAY=1,15', 'FREQ=WEEKLY;INTERVAL=2'),
        (startDay, fromDay, span, rrule) => {
          const base = Date.UTC(2026, 0, 1);
          const dtstart = zonedInstant(new Date(base + startDay * 86_400_000).toISOString().slice(0, 10), 18, 0);
          const from = new Date(base + fromDay * 86_400_000);
          const to = new Date(from.getTime() + span * 86_400_000);
          for (const o of expandSeries({ dtstart, rrule, durationMinutes: 10 }, from, to)) {
            expect(o.startAt >= from && o.startAt < to && o.startAt >= dtstart).toBe(true);
            expect(wallClockOf(o.startAt)).toMatchObject({ hour: 18, minute: 0 });
          }
        },
      ),
    );
  });
});

describe('validation', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const ok = { startAt: new Date('2026-12-03T10:00:00Z'), durationMinutes: 20, visibility: ['SNP'] };

  it('refuses an unreadable or unsupported rule on the rrule field', () => {
    expect(fieldOf(() => parseRecurrence('FREQ=SOMETIMES'))).toBe('rrule');
    expect(fieldOf(() => parseRecurrence('BYDAY=MO'))).toBe('rrule');
    expect(fieldOf(() => parseRecurrence('FREQ=MINUTELY'))).toBe('rrule');
    expect(fieldOf(() => parseRecurrence('FREQ=DAILY;COUNT=100000'))).toBe('rrule');
    expect(fieldOf(() => parseRecurrence(''))).toBe('rrule');
    expect(fieldOf(() => parseRecurrence('FREQ=WEEKLY;BYDAY=MO,TH;COUNT=8'))).toBeNull();
  });

  it('checks duration, visibility and a start in the future, naming the field', () => {
    expect(fieldOf(() => checkSlotDraft(ok, now))).toBeNull();
    expect(fieldOf(() => checkSlotDraft({ ...ok, durationMinutes: 4 }, now))).toBe('durationMinutes');
    expect(fieldOf(() => checkSlotDraft({ ...ok, durationMinutes: 241 }, now))).toBe('durationMinutes');
    expect(fieldOf(() => checkSlotDraft({ ...ok, visibility: [] }, now))).toBe('visibility');
    expect(fieldOf(() => checkSlotDraft({ ...ok, visibility: ['SNP', 'SNP'] }, now))).toBe('visibility');
    expect(fieldOf(() => checkSlotDraft({ ...ok, startAt: now }, now))).toBe('startAt');
  });

  it('builds the weekly rule of the friendly form', () => {
    expect(weeklyRule(['TH', 'TU'], 4)).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8');
    expect(fieldOf(() => weeklyRule([], 4))).toBe('days');
  });
});

describe('firstOverlap', () => {
  const at = (h: number, m = 0) => new Date(Date.UTC(2026, 11, 3, h, m));
  const slot = (h: number, minutes: number) => ({ startAt: at(h), endAt: new Date(at(h).getTime() + minutes * 60_000) });

  it('finds a candidate meeting an existing slot, and lets back-to-back slots be', () => {
    expect(firstOverlap([slot(10, 30)], [slot(9, 60)])).toBeNull();
    expect(firstOverlap([slot(10, 30)], [slot(9, 61)])?.other).toEqual(slot(9, 61));
    expect(firstOverlap([slot(10, 30), slot(10, 15)], [])).not.toBeNull();
  });

  it('agrees with a pairwise check (property)', () => {
    const arb = fc.array(fc.record({ h: fc.integer({ min: 0, max: 20 }), d: fc.integer({ min: 1, max: 120 }) }), { maxLength: 6 });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const candidates = a.map((x) => slot(x.h, x.d));
        const existing = b.map((x) => slot(x.h, x.d));
        const meets = (x: { startAt: Date; endAt: Date }, y: { startAt: Date; endAt: Date }) => x.startAt < y.endAt && y.startAt < x.endAt;
        const expected =
          candidates.some((c) => existing.some((e) => meets(c, e))) ||
          candidates.some((c, i) => candidates.some((d, j) => i !== j && meets(c, d)));
        expect(firstOverlap(candidates, existing) !== null).toBe(expected);
      }),
    );
  });
});
