/** French formatting helpers: every number and date shown to users goes through here. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatNumber(value: number): string {
  return value.toLocaleString('fr-FR');
}

/** "12,5 %" — share of `part` in `total`, or "—" when the total is zero. */
export function formatPercent(part: number, total: number): string {
  if (total <= 0) return '—';
  const share = (part / total) * 100;
  return `${share.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0%`;
}

export function formatShare(ratio: number): string {
  return `${(ratio * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0%`;
}

export function formatInhabitants(value: number): string {
  return `${formatNumber(value)}\u00a0hab.`;
}

/** dd/mm/yyyy from "YYYY-MM-DD" (no time zone shift) or from a full ISO timestamp. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = ISO_DATE.exec(value);
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' });
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const day = formatDate(value);
  const time = date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
  return `${day} à ${time}`;
}

/** Today as "YYYY-MM-DD" in local time (default value of date inputs). */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** "1 commune" / "3 communes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)}\u00a0${count > 1 ? pluralForm : singular}`;
}
