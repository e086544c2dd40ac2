/** Parsing of dates typed by users: "dd/mm/yyyy" (also "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy") or ISO "yyyy-mm-dd". */

const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO date, "" for an empty text, or null when the text is not a valid date. */
export function parseUserDate(text: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  const french = FRENCH.exec(value);
  if (french) return isoOf(Number(french[3]), Number(french[2]), Number(french[1]));
  const iso = ISO.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** "2026-03-22" → "22/03/2026" (input value). */
export function isoToFrench(iso: string | null | undefined): string {
  const match = iso ? ISO.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

export const INVALID_DATE_MESSAGE = 'Date invalide : saisissez-la au format JJ/MM/AAAA.';
