import { describe, expect, it } from 'vitest';
import { EMPTY_SERIES_MONTHS, MAX_SERIES_MONTHS, membershipSeries } from './membership-series.ts';

const span = (joinedOn: string | null, leftOn: string | null = null, practisesOnTerritory = true) => ({
  joinedOn,
  leftOn,
  practisesOnTerritory,
});

describe('membershipSeries', () => {
  it('counts members at the end of each month from the first joining to today', () => {
    const series = membershipSeries(
      [span('2026-08-15'), span('2026-09-30', null, false), span('2026-08-01', '2026-10-01'), span(null)],
      '2026-11-22',
    );
    expect(series.map((p) => [p.month, p.asOf, p.members, p.membersOnTerritory])).toEqual([
      ['2026-08', '2026-08-31', 2, 2],
      ['2026-09', '2026-09-30', 3, 2],
      ['2026-10', '2026-10-31', 2, 1],
      ['2026-11', '2026-11-22', 2, 1],
    ]);
  });

  it('counts a member up to the day before they left', () => {
    expect(membershipSeries([span('2026-01-10', '2026-01-31')], '2026-02-10').map((p) => p.members)).toEqual([0, 0]);
    expect(membershipSeries([span('2026-01-10', '2026-02-01')], '2026-02-10').map((p) => p.members)).toEqual([1, 0]);
  });

  it('handles the end of February in leap and common years', () => {
    expect(membershipSeries([span('2024-02-29')], '2024-03-01')[0]?.asOf).toBe('2024-02-29');
    expect(membershipSeries([span('2025-02-28')], '2025-03-01')[0]?.asOf).toBe('2025-02-28');
  });

  it('shows an empty year when nobody has joined yet', () => {
    const series = membershipSeries([], '2026-11-22');
    expect(series).toHaveLength(EMPTY_SERIES_MONTHS);
    expect(series[0]?.month).toBe('2025-12');
    expect(series.every((p) => p.members === 0)).toBe(true);
  });

  it('goes back ten years at most and ignores joinings after today', () => {
    const series = membershipSeries([span('1999-05-01'), span('2027-01-01')], '2026-11-22');
    expect(series).toHaveLength(MAX_SERIES_MONTHS);
    expect(series[0]?.month).toBe('2016-12');
    expect(series.at(-1)?.members).toBe(1);
  });
});
