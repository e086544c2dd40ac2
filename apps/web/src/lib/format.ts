/**
 * French formatting in the web app: the shared module of the domain (the same figures as the PDFs
 * and spreadsheets), with instants written in the reader's own time zone (the browser's).
 */
import { formatDate as formatDateIn, formatDateTime as formatDateTimeIn, formatTime as formatTimeIn } from '@maillon/domain';

export {
  formatAmount,
  formatCount,
  formatDecimal,
  formatEuros,
  formatInhabitants,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPhone,
  formatShare,
  parseEuros,
  phoneHref,
  plural,
} from '@maillon/domain';

/** The reader's time zone (the browser's setting; Paris when the browser does not say). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
}

/** dd/mm/yyyy from "YYYY-MM-DD" (as is) or from a timestamp (in the reader's time zone). */
export function formatDate(value: string | null | undefined): string {
  return formatDateIn(value, userTimeZone());
}

/** "14/03/2026 à 18:30" in the reader's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  return formatDateTimeIn(value, userTimeZone());
}

/** "18:30" in the reader's time zone. */
export function formatTime(value: string): string {
  return formatTimeIn(value, userTimeZone());
}

/** Today as "YYYY-MM-DD" in the reader's time zone (default value of date inputs). */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
