/** The time zone CPTS live in (metropolitan France); days, deadlines and filters use it. */
export const CPTS_TIME_ZONE = 'Europe/Paris';

/**
 * One formatter per (kind, time zone), built once: creating an `Intl.DateTimeFormat` costs tens
 * of microseconds, and every request asks for today's date (issue #11 item 3).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function cachedFormatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${key}|${options.timeZone ?? ''}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(id, formatter);
  }
  return formatter;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Paris: +60 in winter, +120 in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = cachedFormatter('offset', 'en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * The instant a calendar day (YYYY-MM-DD) starts in `timeZone`. Midnight exists on every
 * day in Europe/Paris (its clock changes happen at 02:00 and 03:00), so the offset at the
 * day's noon minus the hours to midnight is exact there.
 */
export function startOfDayIn(isoDate: string, timeZone = CPTS_TIME_ZONE): Date {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`);
  const first = offsetMinutes(new Date(utcMidnight), timeZone);
  const candidate = utcMidnight - first * 60_000;
  // The offset at the candidate instant may differ from the one at UTC midnight on a change day.
  const second = offsetMinutes(new Date(candidate), timeZone);
  return new Date(utcMidnight - second * 60_000);
}

/** The last answer of dayIn: every request asks for today, thousands of times a second. */
let lastDay: { second: number; timeZone: string; day: string } | null = null;

/**
 * The calendar day (YYYY-MM-DD) of an instant in `timeZone`. The last answer is reused within
 * the same second: time-zone offsets are whole seconds (IANA tzdb), so no day starts inside one,
 * and formatting a date costs more than the rest of a cached page's request (issue #11 item 3).
 */
export function dayIn(instant: Date, timeZone = CPTS_TIME_ZONE): string {
  const second = Math.floor(instant.getTime() / 1000);
  if (lastDay?.second === second && lastDay.timeZone === timeZone) return lastDay.day;
  const day = cachedFormatter('day', 'en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  lastDay = { second, timeZone, day };
  return day;
}
