import type { SlotDto } from '@maillon/contracts';
import {
  type ChannelQuotas,
  channelsOpenFor,
  isBookable,
  isoWeekOf,
  isWithinSnpHours,
  type SlotRecord,
  type SlotSeriesRecord,
  type WeeklyUse,
} from '@maillon/domain';

/** Bookings per ISO week and channel, from the live bookings of a professional's slots. */
export function weeklyUseOf(booked: readonly { startAt: Date; channel: string }[]): WeeklyUse {
  const use: WeeklyUse = {};
  for (const b of booked) {
    const week = isoWeekOf(b.startAt);
    const counts = use[week] ?? {};
    use[week] = counts;
    const channel = b.channel as keyof typeof counts;
    counts[channel] = (counts[channel] ?? 0) + 1;
  }
  return use;
}

/** A slot as the professional sees it: a lapsed hold reads as free; quotas decide the channels still open. */
export function slotDto(slot: SlotRecord, now: Date, quotas: ChannelQuotas = {}, use: WeeklyUse = {}): SlotDto {
  const status = slot.status === 'held' && isBookable(slot, now) ? 'free' : slot.status;
  return {
    id: slot.id,
    cptsId: slot.cptsId,
    seriesId: slot.seriesId,
    startAt: slot.startAt.toISOString(),
    endAt: slot.endAt.toISOString(),
    unitCode: slot.unitCode,
    address: slot.address,
    consultationType: slot.consultationType,
    visibility: slot.visibility,
    status,
    outsideSnpHours: !isWithinSnpHours(slot),
    openChannels: status === 'free' ? channelsOpenFor(slot, quotas, use) : [],
    isDemo: slot.isDemo,
  };
}

export function seriesDto(series: SlotSeriesRecord) {
  return {
    id: series.id,
    cptsId: series.cptsId,
    rrule: series.rrule,
    dtstart: series.dtstart.toISOString(),
    durationMinutes: series.durationMinutes,
    consultationType: series.consultationType,
    visibility: series.visibility,
    endedAt: series.endedAt?.toISOString() ?? null,
    isDemo: series.isDemo,
  };
}
