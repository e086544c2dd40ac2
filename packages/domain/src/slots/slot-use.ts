import type { SlotChannel } from './slot-vocabulary.ts';

/**
 * Slot-use feedback (issue #10 item 3, docs/reference/slots.md §6): per professional, day and
 * channel, how many slots were offered and what became of their bookings. A slot open to
 * several channels counts as offered in each; a booking counts in the channel it came through.
 */
export interface SlotUseCounts {
  offered: number;
  booked: number;
  honoured: number;
  noshow: number;
  cancelled: number;
}

export interface SlotUseRow extends SlotUseCounts {
  idNatPs: string;
  displayName: string;
  /** YYYY-MM-DD in the CPTS's time zone. */
  day: string;
  channel: SlotChannel;
}

export const EMPTY_SLOT_USE: SlotUseCounts = { offered: 0, booked: 0, honoured: 0, noshow: 0, cancelled: 0 };

const add = (a: SlotUseCounts, b: SlotUseCounts): SlotUseCounts => ({
  offered: a.offered + b.offered,
  booked: a.booked + b.booked,
  honoured: a.honoured + b.honoured,
  noshow: a.noshow + b.noshow,
  cancelled: a.cancelled + b.cancelled,
});

/** Totals of rows grouped by a key (a day, a channel, a professional), keys sorted. */
export function slotUseBy<R extends SlotUseRow, K extends string>(
  rows: readonly R[],
  key: (row: R) => K,
): { key: K; counts: SlotUseCounts }[] {
  const totals = new Map<K, SlotUseCounts>();
  for (const row of rows) totals.set(key(row), add(totals.get(key(row)) ?? EMPTY_SLOT_USE, row));
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, counts]) => ({ key: k, counts }));
}

export function slotUseTotal(rows: readonly SlotUseRow[]): SlotUseCounts {
  return rows.reduce<SlotUseCounts>((sum, row) => add(sum, row), EMPTY_SLOT_USE);
}

/**
 * The access-to-care figures of the ACI contract's indicator lines (docs/reference/slots.md §6):
 * SNP slots offered, and SNP bookings honoured.
 */
export function snpIndicators(rows: readonly SlotUseRow[]): { snpSlotsOffered: number; snpBookingsHonoured: number } {
  const snp = slotUseTotal(rows.filter((r) => r.channel === 'SNP'));
  return { snpSlotsOffered: snp.offered, snpBookingsHonoured: snp.honoured };
}
