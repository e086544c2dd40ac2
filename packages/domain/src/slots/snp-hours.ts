import { CPTS_TIME_ZONE } from '../time/zoned-day.ts';
import { wallClockOf, zonedInstant } from './recurrence.ts';

/**
 * Daytime unscheduled-care ("soins non programmés") hours outside the permanence des soins:
 * 8–20 h Monday to Friday, 8–12 h on Saturday, Europe/Paris (domain.md §8, docs/reference/slots.md §1).
 * Slots outside them stay allowed and are flagged "hors horaires SNP".
 */
export const SNP_HOURS: Record<number, { from: number; to: number } | null> = {
  1: { from: 8, to: 20 },
  2: { from: 8, to: 20 },
  3: { from: 8, to: 20 },
  4: { from: 8, to: 20 },
  5: { from: 8, to: 20 },
  6: { from: 8, to: 12 },
  7: null,
};

export const SNP_HOURS_LABEL = 'Horaires SNP : 8 h – 20 h du lundi au vendredi, 8 h – 12 h le samedi';
export const OUTSIDE_SNP_LABEL = 'hors horaires SNP';

export interface Interval {
  startAt: Date;
  endAt: Date;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The SNP hours of the calendar days from `fromDate` to `toDate` inclusive (YYYY-MM-DD), as instants. */
export function snpIntervals(fromDate: string, toDate: string, timeZone = CPTS_TIME_ZONE): Interval[] {
  const result: Interval[] = [];
  for (let day = fromDate; day <= toDate; day = addDays(day, 1)) {
    const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const hours = SNP_HOURS[weekday];
    if (hours) result.push({ startAt: zonedInstant(day, hours.from, 0, timeZone), endAt: zonedInstant(day, hours.to, 0, timeZone) });
  }
  return result;
}

/** Whether a slot lies wholly within the SNP hours of its day. */
export function isWithinSnpHours(slot: Interval, timeZone = CPTS_TIME_ZONE): boolean {
  const day = wallClockOf(slot.startAt, timeZone).date;
  return snpIntervals(day, day, timeZone).some((i) => i.startAt <= slot.startAt && slot.endAt <= i.endAt);
}
