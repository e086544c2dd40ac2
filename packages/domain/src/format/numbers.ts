/**
 * French numbers as a French reader expects them: digit groups separated by a narrow no-break
 * space (U+202F, what `Intl` writes for fr-FR), a decimal comma, a no-break space before a unit.
 * Every number shown by the web app, the PDFs and the spreadsheets goes through this module.
 */
export const THOUSANDS = '\u202f';
export const BEFORE_UNIT = '\u00a0';

/** « 1 234,5 » from 1234.5: French digit groups and decimal comma, as many decimals as the value has. */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = String(Math.abs(value)).split('.');
  const grouped = `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS)}`;
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** « 145 000 » from 145000.7: whole numbers with French digit groups. */
export function formatCount(value: number): string {
  return formatNumber(Math.trunc(value));
}

/** « 12,3 » (always `digits` decimals), or « — » when unknown. */
export function formatDecimal(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor);
  const whole = formatCount(Math.floor(rounded / factor));
  const sign = value < 0 && rounded > 0 ? '-' : '';
  return digits > 0 ? `${sign}${whole},${String(rounded % factor).padStart(digits, '0')}` : `${sign}${whole}`;
}

/** « 12,5 % » from a 0–1 ratio (at most one decimal), or « — » when unknown. */
export function formatShare(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  const tenths = Math.round(ratio * 1000);
  const text = tenths % 10 === 0 ? formatCount(tenths / 10) : formatDecimal(tenths / 10, 1);
  return `${text}${BEFORE_UNIT}%`;
}

/** « 12,5 % »: the share of `part` in `total`, or « — » when the total is zero. */
export function formatPercent(part: number, total: number): string {
  return total > 0 ? formatShare(part / total) : '—';
}

/** « 1 234 hab. » */
export function formatInhabitants(value: number): string {
  return `${formatCount(value)}${BEFORE_UNIT}hab.`;
}

/** « 1 commune » / « 3 communes » (French plural from 2 on). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)}${BEFORE_UNIT}${Math.abs(count) >= 2 ? pluralForm : singular}`;
}
