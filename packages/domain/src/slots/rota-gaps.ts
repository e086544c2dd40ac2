import type { Interval } from './snp-hours.ts';

/**
 * The parts of the unscheduled-care hours no on-duty GP of the rota covers
 * (docs/reference/slots.md §5): each period minus the union of the shifts, in time order.
 */
export function rotaGaps(periods: readonly Interval[], shifts: readonly Interval[]): Interval[] {
  const sorted = [...shifts].sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
  const gaps: Interval[] = [];
  for (const period of [...periods].sort((a, b) => a.startAt.getTime() - b.startAt.getTime())) {
    let cursor = period.startAt.getTime();
    const end = period.endAt.getTime();
    for (const shift of sorted) {
      const s = shift.startAt.getTime();
      const e = shift.endAt.getTime();
      if (e <= cursor || s >= end) continue;
      if (s > cursor) gaps.push({ startAt: new Date(cursor), endAt: new Date(s) });
      cursor = Math.max(cursor, e);
      if (cursor >= end) break;
    }
    if (cursor < end) gaps.push({ startAt: new Date(cursor), endAt: new Date(end) });
  }
  return gaps;
}
