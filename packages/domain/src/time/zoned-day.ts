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

const formatDay = (instant: Date | number, timeZone: string) =>
  cachedFormatter('day', 'en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** The last day asked for per time zone, with the instants it spans: every request asks for today, twice. */
const lastDays = new Map<string, { day: string; from: number; to: number }>();

/** The calendar day (YYYY-MM-DD) of an instant in `timeZone`. */
export function dayIn(instant: Date, timeZone = CPTS_TIME_ZONE): string {
  const time = instant.getTime();
  const last = lastDays.get(timeZone);
  if (last && time >= last.from && time < last.to) return last.day;
  const day = formatDay(instant, timeZone);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const from = startOfDayIn(day, timeZone).getTime();
  const to = startOfDayIn(next, timeZone).getTime();
  // Kept only when the span is exactly the day's (startOfDayIn is exact where midnight always exists, as in Paris).
  if (
    from <= time &&
    time < to &&
    formatDay(from, timeZone) === day &&
    formatDay(to - 1, timeZone) === day &&
    formatDay(to, timeZone) === next
  ) {
    lastDays.set(timeZone, { day, from, to });
  }
  return day;
}
