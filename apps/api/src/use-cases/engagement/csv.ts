/**
 * A cell a spreadsheet would run as a formula: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (OWASP, "CSV Injection": `-1+HYPERLINK(…)` runs as well as `=HYPERLINK(…)`).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV as French spreadsheet software opens it: `;` separator, UTF-8 with a byte-order mark,
 * CRLF line ends (RFC 4180 quoting). Every text cell that could start a formula gets a leading
 * apostrophe, as OWASP advises, phone numbers in international form (`+33 4 92 …`) included:
 * they then read `'+33 4 92 …`, the price of never running a cell. Numbers written by Maillon
 * itself (counts, negative figures) are values, not text from a user, and stay as they are.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
