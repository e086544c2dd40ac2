import { CPTS_TIME_ZONE } from '../time/zoned-day.ts';
import { wallClockOf } from './recurrence.ts';
import type { SlotChannel } from './slot-vocabulary.ts';

/**
 * Quotas per channel and ISO week (docs/reference/slots.md §1): a professional may say "at most
 * 5 bookings a week through the SAS". Once a week's quota for a channel is used, the week's
 * other slots are no longer offered on that channel (still on the others).
 */

/** The ISO 8601 week of an instant in `timeZone`: `2026-W49`. */
export function isoWeekOf(instant: Date, timeZone = CPTS_TIME_ZONE): string {
  const w = wallClockOf(instant, timeZone);
  const date = new Date(`${w.date}T00:00:00Z`);
  // The week belongs to the year of its Thursday.
  date.setUTCDate(date.getUTCDate() + 4 - w.weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Quotas of one professional: bookings allowed per ISO week per channel; a channel not listed is unlimited. */
export type ChannelQuotas = Partial<Record<SlotChannel, number>>;
/** Live bookings (not cancelled) per ISO week and channel for that professional: `used['2026-W49'].SNP`. */
export type WeeklyUse = Record<string, Partial<Record<SlotChannel, number>>>;

/** Bookings left on a channel in the week of `instant` (Infinity without a quota). */
export function remainingQuota(quotas: ChannelQuotas, used: WeeklyUse, channel: SlotChannel, instant: Date): number {
  const quota = quotas[channel];
  if (quota === undefined) return Number.POSITIVE_INFINITY;
  return Math.max(0, quota - (used[isoWeekOf(instant)]?.[channel] ?? 0));
}

/** The channels a slot is still offered on: its visibility minus the channels whose week's quota is used. */
export function channelsOpenFor(
  slot: { startAt: Date; visibility: readonly SlotChannel[] },
  quotas: ChannelQuotas,
  used: WeeklyUse,
): SlotChannel[] {
  return slot.visibility.filter((channel) => remainingQuota(quotas, used, channel, slot.startAt) > 0);
}
