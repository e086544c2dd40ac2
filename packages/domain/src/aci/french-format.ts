/**
 * French renderings used in explanations the domain writes (and by the UI): « 1 234,56 € »
 * (narrow no-break space between thousands, as `toLocaleString('fr-FR')` writes them, and a
 * no-break space before the euro sign) and dates « JJ/MM/AAAA ».
 */
const THOUSANDS = '\u202f';
const BEFORE_UNIT = '\u00a0';

/** « 145 000 » from 145000: whole numbers with French digit groups. */
export function formatCount(value: number): string {
  return formatNumber(Math.trunc(value));
}

/** « 1 234,5 » from 1234.5: French digit groups and decimal comma, as many decimals as the value has. */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = String(Math.abs(value)).split('.');
  const grouped = `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS)}`;
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** « 1 234,56 € » from cents; negative amounts keep their sign (« -1 234,56 € »). */
export function formatEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(Math.trunc(cents));
  const whole = formatCount(Math.floor(absolute / 100));
  const fraction = String(absolute % 100).padStart(2, '0');
  return `${sign}${whole},${fraction}${BEFORE_UNIT}€`;
}

/** « montant non connu » stands wherever the reference has no value: never a zero. */
export const UNKNOWN_AMOUNT = 'montant non connu';

/** « 1 234,56 € », or « montant non connu » for a missing amount. */
export function formatAmount(cents: number | null): string {
  return cents === null ? UNKNOWN_AMOUNT : formatEuros(cents);
}

/** « 25/08/2019 » from « 2019-08-25 ». */
export function formatFrenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
