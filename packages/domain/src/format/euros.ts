import { BEFORE_UNIT, formatCount } from './numbers.ts';

/** « 1 234,56 € » from cents; negative amounts keep their sign (« -1 234,56 € »). */
export function formatEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(Math.trunc(cents));
  const whole = formatCount(Math.floor(absolute / 100));
  const fraction = String(absolute % 100).padStart(2, '0');
  return `${sign}${whole},${fraction}${BEFORE_UNIT}€`;
}

/** « montant non connu » stands wherever a reference has no value: never a zero. */
export const UNKNOWN_AMOUNT = 'montant non connu';

/** « 1 234,56 € », or « montant non connu » for a missing amount. */
export function formatAmount(cents: number | null): string {
  return cents === null ? UNKNOWN_AMOUNT : formatEuros(cents);
}

/** Cents from an amount typed in euros (« 30 », « 30,50 », « 1 200 € »); null when not a positive number. */
export function parseEuros(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
