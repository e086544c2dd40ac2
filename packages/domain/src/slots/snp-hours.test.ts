import { describe, expect, it } from 'vitest';
import { zonedInstant } from './recurrence.ts';
import { rotaGaps } from './rota-gaps.ts';
import { isWithinSnpHours, snpIntervals } from './snp-hours.ts';

const slot = (date: string, hour: number, minutes: number) => {
  const startAt = zonedInstant(date, hour, 0);
  return { startAt, endAt: new Date(startAt.getTime() + minutes * 60_000) };
};

describe('SNP hours', () => {
  it('are 8–20 h on weekdays, 8–12 h on Saturday and none on Sunday, in Paris time', () => {
    // 2026-12-04 is a Friday.
    const week = snpIntervals('2026-12-04', '2026-12-06');
    expect(week.map((i) => [i.startAt.toISOString(), i.endAt.toISOString()])).toEqual([
      ['2026-12-04T07:00:00.000Z', '2026-12-04T19:00:00.000Z'],
      ['2026-12-05T07:00:00.000Z', '2026-12-05T11:00:00.000Z'],
    ]);
  });

  it('flags a slot outside them', () => {
    expect(isWithinSnpHours(slot('2026-12-04', 19, 60))).toBe(true);
    expect(isWithinSnpHours(slot('2026-12-04', 19, 61))).toBe(false);
    expect(isWithinSnpHours(slot('2026-12-05', 11, 30))).toBe(true);
    expect(isWithinSnpHours(slot('2026-12-05', 12, 30))).toBe(false);
    expect(isWithinSnpHours(slot('2026-12-06', 10, 30))).toBe(false);
    expect(isWithinSnpHours(slot('2026-12-07', 7, 30))).toBe(false);
  });

  it('stay at 8 h Paris time on summer days', () => {
    expect(snpIntervals('2027-06-01', '2027-06-01')[0]?.startAt.toISOString()).toBe('2027-06-01T06:00:00.000Z');
  });
});

describe('rota gaps', () => {
  const h = (hour: number) => new Date(Date.UTC(2026, 11, 4, hour));
  const period = { startAt: h(7), endAt: h(19) };

  it('is the whole period without shifts, nothing when covered, and the holes otherwise', () => {
    expect(rotaGaps([period], [])).toEqual([period]);
    expect(rotaGaps([period], [{ startAt: h(6), endAt: h(20) }])).toEqual([]);
    expect(
      rotaGaps(
        [period],
        [
          { startAt: h(9), endAt: h(12) },
          { startAt: h(11), endAt: h(14) },
          { startAt: h(16), endAt: h(19) },
        ],
      ),
    ).toEqual([
      { startAt: h(7), endAt: h(9) },
      { startAt: h(14), endAt: h(16) },
    ]);
  });

  it('covers every hour exactly once: gaps plus covered time make the period', () => {
    for (let s = 0; s < 24; s += 1) {
      for (let e = s + 1; e <= 24; e += 3) {
        const shift = { startAt: h(s), endAt: h(e) };
        const gaps = rotaGaps([period], [shift]);
        const gapHours = gaps.reduce((sum, g) => sum + (g.endAt.getTime() - g.startAt.getTime()) / 3_600_000, 0);
        const covered = Math.max(0, Math.min(e, 19) - Math.max(s, 7));
        expect(gapHours + covered).toBe(12);
      }
    }
  });
});
