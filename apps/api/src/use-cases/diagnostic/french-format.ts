/** French renderings for exports (XLSX, PDF, CSV): numbers and dates as a French reader expects them. */

const NUMBER = new Intl.NumberFormat('fr-FR');
const DECIMAL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Intl puts a narrow no-break space between thousands; PDF standard fonts (WinAnsi) lack it, so
 * exports use the ordinary no-break space.
 */
const plainSpaces = (text: string) => text.replace(/[\u202f]/g, '\u00a0');

export function frenchNumber(value: number): string {
  return plainSpaces(NUMBER.format(value));
}

/** "12,3" or "—" when unknown. */
export function frenchDecimal(value: number | null): string {
  return value === null ? '—' : plainSpaces(DECIMAL.format(value));
}

/** "35 %" from a 0–1 share, or "—". */
export function frenchPercent(share: number | null): string {
  return share === null ? '—' : `${plainSpaces(new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(share * 100))}\u00a0%`;
}

/** "22/11/2026" in Europe/Paris from an instant. */
export function frenchDate(instant: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(instant);
}

/** "22/11/2026" from "2026-11-22" (no time-zone shift). */
export function frenchIsoDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** File-name friendly slug: "CPTS démo Haute-Provence" → "cpts-demo-haute-provence". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'territoire'
  );
}
