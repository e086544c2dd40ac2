import * as rruleModule from 'rrule';

// rrule ships CommonJS to Node (its ESM build is for bundlers): under plain Node, as in the
// server and the matching worker, its exports sit on `default`; under Vite they are named.
const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;
type RRule = InstanceType<typeof RRule>;

import { invalid } from '../errors.ts';
import { CPTS_TIME_ZONE, cachedFormatter } from '../time/zoned-day.ts';
import { SLOT_CHANNELS, type SlotChannel } from './slot-vocabulary.ts';

/**
 * Publication of slots, one-off or recurring (docs/reference/slots.md §1). A series is an
 * RFC 5545 RRULE read in the professional's wall-clock time (Europe/Paris): "every Tuesday at
 * 18:00" stays 18:00 on both sides of a daylight-saving change. Its occurrences are materialised
 * as slots up to a bounded horizon; a periodic job extends them as days pass.
 */

/** Slots are published this far ahead; a series reaching beyond is extended day after day. */
export const PUBLICATION_HORIZON_DAYS = 84;
/** A single publication never materialises more than this many occurrences. */
export const MAX_OCCURRENCES = 500;
export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 240;

const DAY_MS = 86_400_000;

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  minute: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

/** The wall-clock date and time of an instant in `timeZone`. */
export function wallClockOf(instant: Date, timeZone = CPTS_TIME_ZONE): WallClock {
  const parts = cachedFormatter('wall-clock', 'en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')), minute: Number(get('minute')), weekday };
}

/** The offset of `timeZone` from UTC at `instant`, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClockOf(instant, timeZone);
  const [y, m, d] = w.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock date and time occurs in `timeZone`. A time skipped by the spring
 * change (02:30 on the last Sunday of March) is moved one hour later, as calendars do; a time
 * that occurs twice in autumn is its first occurrence.
 */
export function zonedInstant(date: string, hour: number, minute: number, timeZone = CPTS_TIME_ZONE): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, hour, minute);
  const before = asUtc - offsetMinutes(new Date(asUtc - 43_200_000), timeZone) * 60_000;
  const after = asUtc - offsetMinutes(new Date(asUtc + 43_200_000), timeZone) * 60_000;
  const matches = [before, after].filter((t) => {
    const w = wallClockOf(new Date(t), timeZone);
    return w.date === date && w.hour === hour && w.minute === minute;
  });
  // Autumn: both read the same wall clock, keep the earlier; spring: neither, keep the later clock.
  return new Date(matches.length > 0 ? Math.min(...matches) : before);
}

/** A validated recurrence rule (the RRULE value, without the `RRULE:` prefix). */
export function parseRecurrence(rrule: string): RRule {
  const text = rrule.trim().replace(/^RRULE:/i, '');
  if (!text) throw invalid('rrule', 'Indiquez la règle de récurrence.');
  if (/DTSTART|TZID|\n/i.test(text)) throw invalid('rrule', 'La règle de récurrence ne doit contenir que la ligne RRULE.');
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text);
  } catch {
    throw invalid('rrule', 'Règle de récurrence illisible (format RFC 5545, par exemple FREQ=WEEKLY;BYDAY=TU,TH).');
  }
  if (options.freq === undefined || options.freq === null)
    throw invalid('rrule', 'La règle de récurrence doit indiquer sa fréquence (FREQ).');
  if (![RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY].includes(options.freq))
    throw invalid('rrule', 'Seules les récurrences quotidiennes, hebdomadaires ou mensuelles sont acceptées.');
  if (options.count !== undefined && options.count !== null && (options.count < 1 || options.count > MAX_OCCURRENCES))
    throw invalid('rrule', `Le nombre d’occurrences (COUNT) doit être entre 1 et ${MAX_OCCURRENCES}.`);
  if (options.interval !== undefined && (options.interval < 1 || options.interval > 52))
    throw invalid('rrule', 'L’intervalle (INTERVAL) doit être entre 1 et 52.');
  try {
    return new RRule({ ...options, dtstart: new Date(Date.UTC(2000, 0, 1)) });
  } catch {
    throw invalid('rrule', 'Règle de récurrence illisible (format RFC 5545, par exemple FREQ=WEEKLY;BYDAY=TU,TH).');
  }
}

export interface SeriesRule {
  /** The first occurrence (an instant; its wall-clock time in `tzid` is the series' time). */
  dtstart: Date;
  rrule: string;
  durationMinutes: number;
  tzid?: string;
}

export interface Occurrence {
  startAt: Date;
  endAt: Date;
}

/** A wall-clock reading carried by a UTC date, as rrule expects for floating times. */
function floating(instant: Date, timeZone: string): Date {
  const w = wallClockOf(instant, timeZone);
  const [y, m, d] = w.date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, w.hour, w.minute));
}

/**
 * The occurrences of a series starting in [from, to), in wall-clock time of its zone, at most
 * `limit` of them. Pure: the same series and window give the same occurrences, which is what
 * lets several processes extend a series without creating one twice (unique index
 * `slots_series_occurrence`, migration 0019).
 */
export function expandSeries(series: SeriesRule, from: Date, to: Date, limit = MAX_OCCURRENCES): Occurrence[] {
  const tz = series.tzid ?? CPTS_TIME_ZONE;
  const base = parseRecurrence(series.rrule);
  const rule = new RRule({ ...base.origOptions, dtstart: floating(series.dtstart, tz) });
  // The floating window is widened by a day on each side, then cut on real instants.
  const floatFrom = new Date(floating(from, tz).getTime() - DAY_MS);
  const floatTo = new Date(floating(to, tz).getTime() + DAY_MS);
  const result: Occurrence[] = [];
  for (const f of rule.between(floatFrom, floatTo, true)) {
    const startAt = zonedInstant(f.toISOString().slice(0, 10), f.getUTCHours(), f.getUTCMinutes(), tz);
    if (startAt < from || startAt >= to || startAt < series.dtstart) continue;
    result.push({ startAt, endAt: new Date(startAt.getTime() + series.durationMinutes * 60_000) });
    if (result.length >= limit) break;
  }
  return result;
}

/** The end of the publication horizon from `now`. */
export const publicationHorizon = (now: Date) => new Date(now.getTime() + PUBLICATION_HORIZON_DAYS * DAY_MS);

export interface SlotDraft {
  startAt: Date;
  durationMinutes: number;
  visibility: readonly string[];
}

/** The rules a published slot obeys (docs/reference/slots.md §1), in French naming the field. */
export function checkSlotDraft(draft: SlotDraft, now: Date, field = 'startAt'): void {
  if (
    !Number.isInteger(draft.durationMinutes) ||
    draft.durationMinutes < MIN_DURATION_MINUTES ||
    draft.durationMinutes > MAX_DURATION_MINUTES
  )
    throw invalid(
      'durationMinutes',
      `La durée doit être un nombre entier de minutes entre ${MIN_DURATION_MINUTES} et ${MAX_DURATION_MINUTES}.`,
    );
  checkVisibility(draft.visibility);
  if (draft.startAt.getTime() <= now.getTime()) throw invalid(field, 'Le créneau doit commencer dans le futur.');
}

export function checkVisibility(visibility: readonly string[]): asserts visibility is readonly SlotChannel[] {
  if (visibility.length === 0) throw invalid('visibility', 'Choisissez au moins un canal de visibilité.');
  visibility.forEach((v, i) => {
    if (!(SLOT_CHANNELS as readonly string[]).includes(v)) throw invalid(`visibility[${i}]`, 'Canal de visibilité inconnu.');
  });
  if (new Set(visibility).size !== visibility.length) throw invalid('visibility', 'Un canal de visibilité est répété.');
}

/**
 * The first candidate that overlaps an existing slot of the same professional (or another
 * candidate), with the slot it meets; null when none does. Intervals are half-open: a slot
 * ending at 10:00 and one starting at 10:00 do not overlap.
 */
export function firstOverlap(
  candidates: readonly Occurrence[],
  existing: readonly Occurrence[],
): { candidate: Occurrence; other: Occurrence } | null {
  const all = [...existing.map((o) => ({ o, isNew: false })), ...candidates.map((o) => ({ o, isNew: true }))].sort(
    (a, b) => a.o.startAt.getTime() - b.o.startAt.getTime() || Number(a.isNew) - Number(b.isNew),
  );
  let reach: { o: Occurrence; isNew: boolean } | null = null;
  for (const item of all) {
    if (reach && item.o.startAt < reach.o.endAt && (item.isNew || reach.isNew)) {
      const candidate = item.isNew ? item.o : reach.o;
      const other = item.isNew ? reach.o : item.o;
      return { candidate, other };
    }
    if (!reach || item.o.endAt > reach.o.endAt) reach = item;
  }
  return null;
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];
export { WEEKDAY_CODES };

/** The RRULE the friendly form builds: these weekdays, every week, for `weeks` weeks. */
export function weeklyRule(days: readonly WeekdayCode[], weeks: number): string {
  if (days.length === 0) throw invalid('days', 'Choisissez au moins un jour de la semaine.');
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) throw invalid('weeks', 'Le nombre de semaines doit être entre 1 et 52.');
  const ordered = WEEKDAY_CODES.filter((d) => days.includes(d));
  return `FREQ=WEEKLY;BYDAY=${ordered.join(',')};COUNT=${ordered.length * weeks}`;
}
