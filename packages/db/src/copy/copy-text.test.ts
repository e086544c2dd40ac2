import {
  STAGED_ACTIVITY_COLUMNS,
  STAGED_PROFESSIONAL_COLUMNS,
  StagedRowWriter,
  writeStagedActivity,
  writeStagedProfessional,
} from '@maillon/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyField, copyFieldsEncoder, copyRows, copyRowsEncoder, parseCopyLine } from './copy-text.ts';

// Any text but NUL (PostgreSQL text cannot hold it), with the characters that need escaping made frequent.
const fieldText = fc.oneof(
  fc.string({ unit: fc.constantFrom('\\', '\t', '\n', '\r', '"', "'", '|', ';', 'é', 'Œ', '’', 'a', ' ', '.', 'N') }),
  fc.string({ unit: 'grapheme' }).map((s) => s.replaceAll('\u0000', '')),
);

describe('COPY text encoder', () => {
  it('round-trips any row of texts and nulls', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fieldText, { nil: null }), { minLength: 1, maxLength: 8 }), (fields) => {
        const text = copyRows(
          [fields],
          fields.map((_, i) => (row: (string | null)[]) => row[i]),
        );
        expect(text.endsWith('\n')).toBe(true);
        const line = text.slice(0, -1);
        // One row is one line: no raw line break survives inside a field.
        expect(line.includes('\n') || line.includes('\r')).toBe(false);
        expect(parseCopyLine(line)).toEqual(fields);
      }),
    );
  });

  it('writes null, booleans, numbers and the end-of-data marker safely', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
    expect(copyField(2.35)).toBe('2.35');
    expect(copyField('\\.')).toBe('\\\\.');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
  });

  it('compiled encoder: the lead, the ordinal, then the same fields as copyRows, absent properties as told', () => {
    const value = fc.oneof(fc.option(fieldText, { nil: null }), fc.boolean(), fc.double({ noNaN: true }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value), { maxLength: 10 }), fc.integer({ min: 0, max: 1e9 }), (tuples, first) => {
        const rows = tuples.map(([a, b, c]) => ({ a, b, c }));
        const encode = copyRowsEncoder<(typeof rows)[number]>([
          { name: 'a', absent: null },
          { name: 'b', absent: false },
          { name: 'c', absent: true },
        ]);
        const expected = copyRows(rows, [
          () => 'lead',
          (r) => first + rows.indexOf(r),
          (r) => r.a,
          (r) => (r.b === undefined ? false : r.b),
          (r) => (r.c === undefined ? true : r.c),
        ]);
        expect(encode(rows, 'lead\t', first)).toBe(expected);
      }),
    );
  });

  it('compiled encoder refuses a property name that is not an identifier', () => {
    expect(() => copyRowsEncoder([{ name: 'a) + process.exit(', absent: null }])).toThrow();
  });

  it('staged rows written as bytes (StagedRowWriter) are the COPY text the row encoder gives the same rows', () => {
    const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());
    const properties = (columns: readonly string[], flag: string) =>
      columns.map((c) => ({ name: camel(c), absent: c === flag ? false : null }));
    const professionals = copyFieldsEncoder(properties(STAGED_PROFESSIONAL_COLUMNS, 'is_demo'));
    const activities = copyFieldsEncoder(properties(STAGED_ACTIVITY_COLUMNS, 'general_practice'));
    const text = fc.oneof(fieldText, fc.constant(undefined), fc.constant(null));
    const flag = fc.oneof(fc.boolean(), fc.constant(undefined), fc.constant(null));
    const row = (columns: readonly string[], flagColumn: string) =>
      fc.record(Object.fromEntries(columns.map((c) => [camel(c), c === flagColumn ? flag : text])), { requiredKeys: [] });
    const decode = (out: StagedRowWriter) => new TextDecoder().decode(out.bytes.subarray(0, out.length));
    fc.assert(
      fc.property(
        fc.array(row(STAGED_PROFESSIONAL_COLUMNS, 'is_demo'), { maxLength: 5 }),
        fc.array(row(STAGED_ACTIVITY_COLUMNS, 'general_practice'), { maxLength: 5 }),
        (people, places) => {
          const out = new StagedRowWriter(4);
          for (const p of people) writeStagedProfessional(out, p as never);
          expect(decode(out)).toBe(professionals(people));
          expect(out.rows).toBe(people.length);
          const more = new StagedRowWriter(4);
          for (const a of places) writeStagedActivity(more, a as never);
          expect(decode(more)).toBe(activities(places));
        },
      ),
    );
  });
});
