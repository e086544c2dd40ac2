import { cachedFormatter } from '../time/zoned-day.ts';

/**
 * French dates and times. Calendar dates (« 2019-08-25 ») are written as they are, never shifted
 * by a time zone; instants are written in the reader's time zone: the browser's in the web app,
 * the CPTS's in documents (docs/reference/formats.md §2).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/**
 * The legal time of a French département: overseas ones have their own (INSEE codes 971–976),
 * metropolitan France and Corsica use Paris time.
 */
const OVERSEAS_TIME_ZONES: Readonly<Record<string, string>> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
};

export function timeZoneOfDepartement(code: string | null | undefined): string {
  return (code && OVERSEAS_TIME_ZONES[code]) || DEFAULT_TIME_ZONE;
}

function parts(instant: Date, timeZone: string): Record<string, string> {
  const formatter = cachedFormatter('fr-parts', 'fr-FR', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
}

function toInstant(value: string | Date): Date | null {
  const instant = value instanceof Date ? value : new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** « 25/08/2019 » from « 2019-08-25 » (as is) or from an instant (in `timeZone`); « — » when absent. */
export function formatDate(value: string | Date | null | undefined, timeZone = DEFAULT_TIME_ZONE): string {
  if (!value) return '—';
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  const instant = toInstant(value);
  if (!instant) return String(value);
  const p = parts(instant, timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}

/** « 18:30 » in `timeZone`. */
export function formatTime(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  const instant = toInstant(value);
  if (!instant) return String(value);
  const p = parts(instant, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** « 14/03/2026 à 18:30 » in `timeZone`; « — » when absent. */
export function formatDateTime(value: string | Date | null | undefined, timeZone = DEFAULT_TIME_ZONE): string {
  if (!value) return '—';
  const instant = toInstant(value);
  if (!instant) return String(value);
  return `${formatDate(instant, timeZone)} à ${formatTime(instant, timeZone)}`;
}

/** « 1er février 2017 », « 25 août 2019 »: dates in running text. */
export function formatLongDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const day = Number(match[3]);
  const month = MONTHS[Number(match[2]) - 1] ?? match[2];
  return `${day === 1 ? '1er' : day} ${month} ${match[1]}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The calendar date (« YYYY-MM-DD ») of an instant in `timeZone`. */
export function isoDateIn(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** « 22/11/2026 » from « 2026-11-22 »; empty when there is none (a blank spreadsheet cell, not a dash). */
export function formatDateCell(isoDate: string | null | undefined): string {
  return isoDate ? formatDate(isoDate) : '';
}
