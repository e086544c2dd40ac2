/**
 * PostgreSQL COPY text format (docs/reference/directory.md §6): one line per row, fields
 * separated by a tab, `\N` for null, and backslash, tab, newline and carriage return written as
 * backslash escapes, so that a field may hold any character a directory file carries (quotes,
 * pipes, accents, even a tab or a line break). UTF-8 throughout: accents pass as they are.
 */

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;

/** One field: null/undefined → `\N`, booleans → `t`/`f`, numbers in PostgreSQL's float notation. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = typeof value === 'string' ? value : String(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c] as string) : text;
}

/** The COPY text of rows, each row's fields taken by `fields` in column order. */
export function copyRows<R>(rows: readonly R[], fields: readonly ((row: R) => unknown)[]): string {
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < fields.length; i++) {
      if (i > 0) line += '\t';
      line += copyField((fields[i] as (row: R) => unknown)(row));
    }
    out += `${line}\n`;
  }
  return out;
}

/** Reads back one COPY text line into its fields (null for `\N`): the encoder's inverse, for tests. */
export function parseCopyLine(line: string): (string | null)[] {
  return line.split('\t').map((field) => {
    if (field === '\\N') return null;
    return field.replace(/\\(.)/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] ?? c);
  });
}
