import { describe, expect, it } from 'vitest';
import { type SlotUseRow, slotUseBy, slotUseTotal, snpIndicators } from './slot-use.ts';

const row = (o: Partial<SlotUseRow>): SlotUseRow => ({
  idNatPs: 'p1',
  displayName: 'Dr A',
  day: '2026-11-22',
  channel: 'SNP',
  offered: 1,
  booked: 1,
  honoured: 1,
  noshow: 0,
  cancelled: 0,
  ...o,
});

describe('slot use', () => {
  const rows = [
    row({}),
    row({ channel: 'PRO', offered: 3, honoured: 0 }),
    row({ day: '2026-11-21', idNatPs: 'p2', offered: 2, noshow: 1, honoured: 0 }),
  ];

  it('totals and groups by a key, keys in order', () => {
    expect(slotUseTotal(rows)).toEqual({ offered: 6, booked: 3, honoured: 1, noshow: 1, cancelled: 0 });
    expect(slotUseBy(rows, (r) => r.day).map((g) => [g.key, g.counts.offered])).toEqual([
      ['2026-11-21', 2],
      ['2026-11-22', 4],
    ]);
  });

  it('feeds the access-to-care indicator lines from the SNP channel only', () => {
    expect(snpIndicators(rows)).toEqual({ snpSlotsOffered: 3, snpBookingsHonoured: 1 });
  });
});
