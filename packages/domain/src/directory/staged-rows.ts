import type { StagedActivity, StagedProfessional } from '../storage/import-staging-repository.ts';

/**
 * Staged rows as the staging tables take them: PostgreSQL COPY text (fields separated by a tab,
 * `\N` for null, backslash, tab, newline and carriage return escaped; UTF-8), one line per row,
 * columns in the order below. A national RPPS file is a million lines: its reader writes these
 * bytes straight from the file's bytes (rpps-line-bytes.ts) instead of building row objects that
 * the staging stream would then encode, which was most of the Node time and garbage of an import.
 * The staging repository adds the run and the row's ordinal in front of each line, and checks that
 * its tables' columns are these (import-staging.repository.ts).
 */

/** Columns of a staged professional, in COPY order (StagedProfessional's fields). */
export const STAGED_PROFESSIONAL_COLUMNS = [
  'id_nat_ps',
  'id_type',
  'identifier',
  'civility',
  'last_name',
  'first_name',
  'profession_code',
  'profession_label',
  'category_code',
  'is_demo',
] as const;

/** Columns of a staged activity, in COPY order (StagedActivity's fields); the key first. */
export const STAGED_ACTIVITY_COLUMNS = [
  'id_nat_ps',
  'activity_key',
  'profession_code',
  'mode_code',
  'mode_label',
  'specialty_code',
  'specialty_label',
  'general_practice',
  'siret',
  'finess_site',
  'finess_legal',
  'structure_id',
  'structure_name',
  'address',
  'postal_code',
  'unit_code',
  'town_label',
  'phone',
  'email',
] as const;

/** A batch of rows in COPY text: `bytes[0, length)`, `rows` lines. */
export interface StagedRowBytes {
  bytes: Uint8Array;
  length: number;
  rows: number;
}

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;
const encoder = new TextEncoder();

/** Appends COPY text to a growing byte buffer; `take()` hands the rows over and starts afresh. */
export class StagedRowWriter implements StagedRowBytes {
  bytes: Uint8Array;
  length = 0;
  rows = 0;
  #fields = 0;

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Bytes `source[start, end)` as one field, as they are: the caller knows they need no escape. */
  range(source: Uint8Array, start: number, end: number): this {
    this.#separate(end - start);
    const bytes = this.bytes;
    let at = this.length;
    // Fields are short (codes, names): a loop beats a subarray and a set per field.
    for (let i = start; i < end; i++) bytes[at++] = source[i] as number;
    this.length = at;
    return this;
  }

  /** The ranges of `slots` (in `starts`/`ends`) as one field, each followed by `joiner` but the last. */
  parts(source: Uint8Array, starts: Int32Array, ends: Int32Array, slots: readonly number[], joiner: number): this {
    let size = 0;
    for (const slot of slots) size += (ends[slot] as number) - (starts[slot] as number) + 1;
    this.#separate(size);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < slots.length; i++) {
      if (i > 0) bytes[at++] = joiner;
      const slot = slots[i] as number;
      for (let j = starts[slot] as number; j < (ends[slot] as number); j++) bytes[at++] = source[j] as number;
    }
    this.length = at;
    return this;
  }

  /** The non-empty ranges of `slots` as one field, joined by `joiner`; null when all are empty. */
  joined(source: Uint8Array, starts: Int32Array, ends: Int32Array, slots: readonly number[], joiner: number): this {
    let size = 0;
    for (const slot of slots) size += (ends[slot] as number) - (starts[slot] as number) + 1;
    this.#separate(size);
    const bytes = this.bytes;
    const first = this.length;
    let at = first;
    for (const slot of slots) {
      const start = starts[slot] as number;
      const end = ends[slot] as number;
      if (start === end) continue;
      if (at > first) bytes[at++] = joiner;
      for (let j = start; j < end; j++) bytes[at++] = source[j] as number;
    }
    if (at === first) {
      // No part: the field is null, written where the tab left it.
      bytes[at++] = BACKSLASH;
      bytes[at++] = 78;
    }
    this.length = at;
    return this;
  }

  /** A text field, escaped; null or undefined as `\N`. */
  text(value: string | null | undefined): this {
    if (value === null || value === undefined) return this.null();
    // A UTF-8 character is at most 3 bytes per UTF-16 unit, and an escape doubles one byte.
    this.#separate(value.length * 3 + 2);
    let plain = true;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0x80 || c === BACKSLASH || c === TAB || c === NEWLINE || c === 13) {
        plain = false;
        break;
      }
    }
    if (plain) {
      const bytes = this.bytes;
      let at = this.length;
      for (let i = 0; i < value.length; i++) bytes[at++] = value.charCodeAt(i);
      this.length = at;
      return this;
    }
    const escaped = /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] as string) : value;
    this.#ensure(escaped.length * 3);
    this.length += encoder.encodeInto(escaped, this.bytes.subarray(this.length)).written;
    return this;
  }

  /** A boolean field; undefined as false (the column's default), null as `\N`, as the row encoder did. */
  bool(value: boolean | null | undefined): this {
    if (value === null) return this.null();
    this.#separate(1);
    this.bytes[this.length++] = value ? 116 : 102;
    return this;
  }

  null(): this {
    this.#separate(2);
    this.bytes[this.length++] = BACKSLASH;
    this.bytes[this.length++] = 78;
    return this;
  }

  /** Ends the current row. */
  end(): void {
    this.#ensure(1);
    this.bytes[this.length++] = NEWLINE;
    this.rows++;
    this.#fields = 0;
  }

  /** Appends the rows of another writer. */
  append(other: StagedRowBytes): void {
    this.#ensure(other.length);
    this.bytes.set(other.bytes.subarray(0, other.length), this.length);
    this.length += other.length;
    this.rows += other.rows;
  }

  /** Forgets the rows written (the buffer is reused). */
  clear(): void {
    this.length = 0;
    this.rows = 0;
    this.#fields = 0;
  }

  /** The rows written so far, on a buffer of their own; the writer starts afresh on a new one. */
  take(): StagedRowBytes {
    const taken = { bytes: this.bytes, length: this.length, rows: this.rows };
    this.bytes = new Uint8Array(this.bytes.length);
    this.clear();
    return taken;
  }

  /** Room for a tab and `size` bytes, and the tab before any field but a row's first. */
  #separate(size: number): void {
    this.#ensure(size + 1);
    if (this.#fields++ > 0) this.bytes[this.length++] = TAB;
  }

  #ensure(size: number): void {
    if (this.length + size <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + size));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A staged professional as one COPY row (STAGED_PROFESSIONAL_COLUMNS). */
export function writeStagedProfessional(out: StagedRowWriter, p: StagedProfessional): void {
  out.text(p.idNatPs).text(p.idType).text(p.identifier).text(p.civility).text(p.lastName).text(p.firstName);
  out.text(p.professionCode).text(p.professionLabel).text(p.categoryCode).bool(p.isDemo);
  out.end();
}

/** A staged activity as one COPY row (STAGED_ACTIVITY_COLUMNS). */
export function writeStagedActivity(out: StagedRowWriter, a: StagedActivity): void {
  out.text(a.idNatPs).text(a.activityKey).text(a.professionCode).text(a.modeCode).text(a.modeLabel);
  out.text(a.specialtyCode).text(a.specialtyLabel).bool(a.generalPractice).text(a.siret).text(a.finessSite);
  out.text(a.finessLegal).text(a.structureId).text(a.structureName).text(a.address).text(a.postalCode);
  out.text(a.unitCode).text(a.townLabel).text(a.phone).text(a.email);
  out.end();
}
