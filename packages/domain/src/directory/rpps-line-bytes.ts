import { fieldSlots } from './delimited-line.ts';
import { GENERAL_PRACTICE_SPECIALTIES, RPPS_ACTIVITY_COLUMNS } from './rpps.ts';
import type { StagedRowWriter } from './staged-rows.ts';

type ColumnName = keyof typeof RPPS_ACTIVITY_COLUMNS;
const KEYS = Object.keys(RPPS_ACTIVITY_COLUMNS) as ColumnName[];
/** Slot of each column the importer reads, in RPPS_ACTIVITY_COLUMNS order (the string parser's too). */
const S = Object.fromEntries(KEYS.map((key, i) => [key, i])) as Record<ColumnName, number>;

const POSTAL = KEYS.length;
const TOWN = KEYS.length + 1;
const PIPE = 124;
/** The parts of an activity's key (rpps.ts `activityKey`) and of its street address. */
const ACTIVITY_KEY = [S.structureId, S.modeCode, S.finessSite, S.siret, S.specialtyCode];
const STREET = [S.streetNumber, S.streetRepeat, S.streetType, S.streetName];
const GENERAL_PRACTICE = GENERAL_PRACTICE_SPECIALTIES.map((code) => Array.from(code, (c) => c.charCodeAt(0)));

/** Where the columns of a file are (from its header: rppsActivityParser's `layout`). */
export interface RppsLayout {
  /** Position in the line of each column the importer reads (RPPS_ACTIVITY_COLUMNS order), -1 when absent. */
  positions: readonly number[];
  /** Number of columns of the header. */
  width: number;
}

/**
 * The byte-level reading of an RPPS activity line (UTF-8), for the common case only: it cuts out
 * the fields the importer reads as byte ranges and writes the staged professional and activity
 * as COPY text from them, with exactly the values rppsActivityParser and the reader would give
 * (a property test compares both). Whenever a line may differ from that case it answers false
 * and the caller reads the line as a string, with the string parser: a field that would need a
 * COPY escape (backslash, tab, carriage return), a field beginning or ending with a non-ASCII
 * byte (`trim` also removes Unicode spaces), too few fields, an invalid identifier, a missing name or
 * profession, or an empty postal code (the CEDEX office's postal code is then used). So the
 * rejections and their reasons always come from the string parser.
 */
export function rppsLineBytes(layout: RppsLayout) {
  const { positions, width } = layout;
  const { last, slotOf, duplicates } = fieldSlots(positions);
  // One range per column read, then the postal code and town the activity takes (POSTAL, TOWN).
  const starts = new Int32Array(KEYS.length + 2);
  const ends = new Int32Array(KEYS.length + 2);
  let source: Uint8Array = new Uint8Array(0);
  const empty = (slot: number) => starts[slot] === ends[slot];

  /** Cuts out the fields of `bytes[start, end)` (a line without its newline); false: read it as a string. */
  function read(bytes: Uint8Array, start: number, end: number): boolean {
    source = bytes;
    starts.fill(0);
    ends.fill(0);
    let stop = end;
    if (stop > start && bytes[stop - 1] === 13) stop--;
    let fieldStart = start;
    let index = 0;
    for (let i = start; ; i++) {
      const b = i < stop ? (bytes[i] as number) : PIPE;
      if (b !== PIPE) {
        if (b <= 92 && (b === 92 || b === 9 || b === 13)) return false;
      } else {
        const slot = index <= last ? (slotOf[index] as number) : -1;
        if (slot !== -1) {
          let s = fieldStart;
          let e = i;
          while (s < e && isSpace(bytes[s] as number)) s++;
          while (e > s && isSpace(bytes[e - 1] as number)) e--;
          if (s < e && (startsWithUnicodeSpace(bytes, s, e) || endsWithUnicodeSpace(bytes, s, e))) return false;
          starts[slot] = s;
          ends[slot] = e;
        }
        index++;
        if (i >= stop) break;
        fieldStart = i + 1;
        if (index > last) {
          // The fields after the last one read are only counted, and need no escape.
          let next = i + 1;
          for (let pipe = indexOf(bytes, next, stop); pipe !== -1; pipe = indexOf(bytes, next, stop)) {
            index++;
            next = pipe + 1;
          }
          fieldStart = next;
          index++;
          break;
        }
      }
    }
    // A trailing separator gives no extra field (splitLine's rule).
    const count = index > 1 && fieldStart === stop ? index - 1 : index;
    if (count < width - 4) return false;
    for (const [slot, first] of duplicates) {
      starts[slot] = starts[first] as number;
      ends[slot] = ends[first] as number;
    }
    if (!validIdentifier(bytes, starts[S.idNatPs] as number, ends[S.idNatPs] as number) || empty(S.lastName) || empty(S.professionCode))
      return false;
    return postalAndTown(bytes);
  }

  /** postalAndTown of rpps.ts: the postal code, or the CEDEX office's "75015 PARIS" when it is empty. */
  function postalAndTown(bytes: Uint8Array): boolean {
    const town = empty(S.communeLabel) ? -1 : S.communeLabel;
    if (!empty(S.postalCode)) return use(S.postalCode, town);
    const start = starts[S.cedexOffice] as number;
    const end = ends[S.cedexOffice] as number;
    // /^(\d{5})\s+(.+)$/ on a trimmed field: five digits, spaces, then the rest (a Unicode space
    // after the ASCII ones, or a line separator, which `.` does not match: left to the string parser).
    if (end - start < 7) return false;
    for (let i = start; i < start + 5; i++) if ((bytes[i] as number) < 48 || (bytes[i] as number) > 57) return false;
    let rest = start + 5;
    while (rest < end && (bytes[rest] === 32 || bytes[rest] === 11 || bytes[rest] === 12)) rest++;
    if (rest === start + 5 || rest === end || startsWithUnicodeSpace(bytes, rest, end) || hasLineSeparator(bytes, rest, end)) return false;
    starts[POSTAL] = start;
    ends[POSTAL] = start + 5;
    if (town === -1) {
      starts[TOWN] = rest;
      ends[TOWN] = end;
    } else {
      starts[TOWN] = starts[town] as number;
      ends[TOWN] = ends[town] as number;
    }
    return true;
  }

  function use(postal: number, town: number): boolean {
    starts[POSTAL] = starts[postal] as number;
    ends[POSTAL] = ends[postal] as number;
    starts[TOWN] = town === -1 ? 0 : (starts[town] as number);
    ends[TOWN] = town === -1 ? 0 : (ends[town] as number);
    return true;
  }

  const range = (out: StagedRowWriter, slot: number) => out.range(source, starts[slot] as number, ends[slot] as number);
  const orNull = (out: StagedRowWriter, slot: number) => (empty(slot) ? out.null() : range(out, slot));
  const orElse = (out: StagedRowWriter, slot: number, otherwise: number) => range(out, empty(slot) ? otherwise : slot);

  return {
    starts,
    ends,
    read,
    /** The staged professional of the line read (STAGED_PROFESSIONAL_COLUMNS). */
    writeProfessional(out: StagedRowWriter, isDemo: boolean): void {
      const id = S.idNatPs;
      const idStart = starts[id] as number;
      range(out, id);
      if (empty(S.idType)) out.range(source, idStart, idStart + 1);
      else range(out, S.idType);
      if (empty(S.identifier)) out.range(source, idStart + 1, ends[id] as number);
      else range(out, S.identifier);
      orNull(out, S.civility);
      range(out, S.lastName);
      range(out, S.firstName);
      range(out, S.professionCode);
      orElse(out, S.professionLabel, S.professionCode);
      orNull(out, S.categoryCode);
      out.bool(isDemo);
      out.end();
    },
    /** The staged activity of the line read (STAGED_ACTIVITY_COLUMNS), in the unit it was resolved to. */
    writeActivity(out: StagedRowWriter, unitCode: string): void {
      range(out, S.idNatPs);
      out.parts(source, starts, ends, ACTIVITY_KEY, 126);
      range(out, S.professionCode);
      orNull(out, S.modeCode);
      orNull(out, S.modeLabel);
      orNull(out, S.specialtyCode);
      orNull(out, S.specialtyLabel);
      out.bool(isGeneralPractice(source, starts[S.specialtyCode] as number, ends[S.specialtyCode] as number));
      orNull(out, S.siret);
      orNull(out, S.finessSite);
      orNull(out, S.finessLegal);
      orNull(out, S.structureId);
      if (empty(S.structureName)) orNull(out, S.brandName);
      else range(out, S.structureName);
      out.joined(source, starts, ends, STREET, 32);
      range(out, POSTAL);
      out.text(unitCode);
      orNull(out, TOWN);
      orNull(out, S.phone);
      orNull(out, S.email);
      out.end();
    },
    /** Slots of `starts`/`ends`: the columns', and the activity's postal code and town. */
    slots: { ...S, postal: POSTAL, town: TOWN },
  };
}

export type RppsLineBytes = ReturnType<typeof rppsLineBytes>;

/** The next `|` of `bytes[from, stop)`, or -1 (the native search of a Buffer when `bytes` is one). */
function indexOf(bytes: Uint8Array, from: number, stop: number): number {
  const at = bytes.indexOf(PIPE, from);
  return at === -1 || at >= stop ? -1 : at;
}

/** The whitespace `String.prototype.trim` removes, in ASCII. */
function isSpace(b: number): boolean {
  return b === 32 || (b >= 9 && b <= 13);
}

/**
 * Whether the UTF-8 field `bytes[start, end)` begins with a space `trim` removes beyond ASCII
 * (Unicode Zs, U+FEFF, U+2028/9): U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
 */
function startsWithUnicodeSpace(bytes: Uint8Array, start: number, end: number): boolean {
  const b = bytes[start] as number;
  if (b < 0x80) return false;
  return isUnicodeSpace(b, start + 1 < end ? (bytes[start + 1] as number) : -1, start + 2 < end ? (bytes[start + 2] as number) : -1);
}

function endsWithUnicodeSpace(bytes: Uint8Array, start: number, end: number): boolean {
  if ((bytes[end - 1] as number) < 0x80) return false;
  if (end - start >= 2 && bytes[end - 2] === 0xc2 && bytes[end - 1] === 0xa0) return true;
  return end - start >= 3 && isUnicodeSpace(bytes[end - 3] as number, bytes[end - 2] as number, bytes[end - 1] as number);
}

function isUnicodeSpace(b0: number, b1: number, b2: number): boolean {
  if (b0 === 0xc2) return b1 === 0xa0;
  if (b0 === 0xe1) return b1 === 0x9a && b2 === 0x80;
  if (b0 === 0xe2) return (b1 === 0x80 && (b2 <= 0x8a || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf)) || (b1 === 0x81 && b2 === 0x9f);
  if (b0 === 0xe3) return b1 === 0x80 && b2 === 0x80;
  return b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
}

/** U+2028 or U+2029, which `.` of a regular expression does not match. */
function hasLineSeparator(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i + 2 < end; i++)
    if (bytes[i] === 0xe2 && bytes[i + 1] === 0x80 && (bytes[i + 2] === 0xa8 || bytes[i + 2] === 0xa9)) return true;
  return false;
}

/** /^[08]\d{9,11}$/ on bytes. */
function validIdentifier(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length < 10 || length > 12) return false;
  const first = bytes[start] as number;
  if (first !== 48 && first !== 56) return false;
  for (let i = start + 1; i < end; i++) {
    const b = bytes[i] as number;
    if (b < 48 || b > 57) return false;
  }
  return true;
}

function isGeneralPractice(bytes: Uint8Array, start: number, end: number): boolean {
  return GENERAL_PRACTICE.some((code) => code.length === end - start && code.every((c, i) => bytes[start + i] === c));
}
