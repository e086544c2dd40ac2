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

/** A property a compiled encoder writes, and what it writes when the row lacks it (undefined). */
export interface CopyProperty {
  name: string;
  /** For an absent property: null (`\N`), or a boolean column's default. */
  absent: null | boolean;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * An encoder of rows into COPY text compiled for these properties, for the staging hot path (a
 * national file's million rows): the generated code reads each property directly (`r.lastName`),
 * where `copyRows` calls an accessor per field with a keyed read, and the difference is about a
 * third of the Node time of staging. Each line is `lead`, the row's ordinal (`first + i`), then
 * the properties in order; same encoding as `copyField`.
 */
export function copyRowsEncoder<R>(properties: readonly CopyProperty[]): (rows: readonly R[], lead: string, first: number) => string {
  return compileEncoder<R>(properties, true);
}

function compileEncoder<R>(
  properties: readonly CopyProperty[],
  ordinal: boolean,
): (rows: readonly R[], lead: string, first: number) => string {
  const fields = properties.map(({ name, absent }) => {
    // Names are our own column specs; checked anyway, since they become code.
    if (!IDENTIFIER.test(name)) throw new Error(`copyRowsEncoder: nom de propriété invalide ${name}`);
    return `field(r.${name}, ${JSON.stringify(absent === null ? '\\N' : absent ? 't' : 'f')})`;
  });
  const joined = fields.join(" + '\\t' + ");
  const line = ordinal ? `lead + (first + i)${fields.length === 0 ? '' : ` + '\\t' + ${joined}`}` : fields.length === 0 ? "''" : joined;
  const compile = new Function(
    'field',
    `return function copyRowsCompiled(rows, lead, first) {
      let out = '';
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        out += ${line} + '\\n';
      }
      return out;
    };`,
  ) as (field: (value: unknown, absent: string) => string) => (rows: readonly R[], lead: string, first: number) => string;
  return compile(encodedField);
}

/**
 * The COPY text of rows, the properties in order and nothing in front (the staging stream adds
 * the run and ordinal to each line): same encoding as copyRowsEncoder.
 */
export function copyFieldsEncoder<R>(properties: readonly CopyProperty[]): (rows: readonly R[]) => string {
  const encode = compileEncoder<R>(properties, false);
  return (rows) => encode(rows, '', 0);
}

function encodedField(value: unknown, absent: string): string {
  if (typeof value === 'string') return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c] as string) : value;
  if (value === undefined) return absent;
  return copyField(value);
}
