/**
 * CSV as French spreadsheet software opens it: `;` separator, UTF-8 with a byte-order mark,
 * CRLF line ends (RFC 4180 quoting). A cell that a spreadsheet would run as a formula (leading
 * `=`, `@`, or `+`/`-` not starting a number) gets a leading apostrophe (OWASP, CSV injection).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => {
    if (value === null) return '';
    let text = String(value);
    if (/^[=@]/.test(text) || /^[+-][^\d\s]/.test(text) || /^[\t\r]/.test(text)) text = `'${text}`;
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
