import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RPPS_ACTIVITY_COLUMNS, rppsActivityParser } from './rpps.ts';
import { RPPS_ACTIVITY_HEADER } from './rpps-header.ts';
import { rppsLineBytes } from './rpps-line-bytes.ts';
import { StagedRowWriter, writeStagedActivity, writeStagedProfessional } from './staged-rows.ts';

const header = RPPS_ACTIVITY_HEADER.join('|');
const utf8 = new TextEncoder();
const decoded = (rows: StagedRowWriter) => new TextDecoder().decode(rows.bytes.subarray(0, rows.length));

// Field text where every case of the byte reading shows up often: accents at either end,
// Unicode and ASCII spaces, COPY escapes, the separator, CEDEX offices, identifiers near valid.
const piece = fc.constantFrom(
  '',
  ' ',
  'a',
  'é',
  'É',
  'Z',
  '0',
  '7',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '\u2028',
  '\\',
  '\t',
  '\r',
  '\u000b',
  '|',
  '~',
  'SM54',
  'SM26',
  '75015 ',
  'PARIS',
  '810000000001',
  '0123456789',
  'Œ',
  '’',
);
const fieldValue = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.array(piece, { maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => s.replaceAll('\n', '').replaceAll('\u0000', '')) },
);
const line = fc
  .record({
    values: fc.dictionary(fc.constantFrom(...Object.values(RPPS_ACTIVITY_COLUMNS)), fieldValue),
    id: fc.constantFrom('810000000001', '010000000002', '8100000000', '81000000000123', '910000000001', ' 810000000003 ', ''),
    postal: fc.constantFrom('', '04000', ' 75015 ', 'ABCDE'),
    cedex: fc.constantFrom('', '75015 PARIS', '75015  PARIS CEDEX 15', '75015PARIS', '75015 ', '75015 ÉTAMPES', '75015 \u00a0X', '7501 X'),
    dropFields: fc.nat({ max: 6 }),
    crlf: fc.boolean(),
  })
  .map(({ values, id, postal, cedex, dropFields, crlf }) => {
    const all: Record<string, string> = {
      ...values,
      [RPPS_ACTIVITY_COLUMNS.idNatPs]: id,
      [RPPS_ACTIVITY_COLUMNS.postalCode]: postal,
      [RPPS_ACTIVITY_COLUMNS.cedexOffice]: cedex,
      [RPPS_ACTIVITY_COLUMNS.lastName]: values[RPPS_ACTIVITY_COLUMNS.lastName] ?? 'NOM',
      [RPPS_ACTIVITY_COLUMNS.professionCode]: values[RPPS_ACTIVITY_COLUMNS.professionCode] ?? '10',
    };
    const fields = RPPS_ACTIVITY_HEADER.map((name) => all[name] ?? '');
    return `${fields.slice(0, fields.length - dropFields).join('|')}|${crlf ? '\r' : ''}`;
  });

describe('RPPS line read from its bytes', () => {
  const parser = rppsActivityParser(header);
  if (!parser.ok) throw new Error(parser.reason);
  const lane = rppsLineBytes(parser.value.layout);

  it('stages exactly the rows the string parser gives, whenever it takes a line, and takes no line the parser rejects', () => {
    let taken = 0;
    let parsedCount = 0;
    fc.assert(
      fc.property(line, fc.boolean(), fc.string({ maxLength: 3 }), (text, isDemo, unitCode) => {
        // The line somewhere inside a larger buffer, as in a chunk of the file.
        const bytes = utf8.encode(`x\n${text}\ny`);
        const start = 2;
        const end = bytes.length - 2;
        const parsed = parser.value.parse(text);
        if (parsed.ok) parsedCount++;
        if (!lane.read(bytes, start, end)) return;
        taken++;
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const fromBytes = { people: new StagedRowWriter(8), activities: new StagedRowWriter(8) };
        lane.writeProfessional(fromBytes.people, isDemo);
        lane.writeActivity(fromBytes.activities, unitCode);
        const fromText = { people: new StagedRowWriter(8), activities: new StagedRowWriter(8) };
        writeStagedProfessional(fromText.people, { ...parsed.value, isDemo });
        writeStagedActivity(fromText.activities, { ...parsed.value, unitCode });
        expect(decoded(fromBytes.people)).toBe(decoded(fromText.people));
        expect(decoded(fromBytes.activities)).toBe(decoded(fromText.activities));
        // The resolver is asked about the same postal code and town.
        const { starts, ends, slots } = lane;
        const text_ = (slot: number) =>
          starts[slot] === ends[slot] ? null : new TextDecoder().decode(bytes.subarray(starts[slot], ends[slot]));
        expect([text_(slots.communeCode), text_(slots.postal), text_(slots.town)]).toEqual([
          parsed.value.communeCode,
          parsed.value.postalCode,
          parsed.value.townLabel,
        ]);
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous property: a good share of the lines the parser accepts take the byte path.
    expect(taken).toBeGreaterThan(parsedCount / 5);
  });

  it('takes the common lines, accents and CEDEX offices included', () => {
    const values = (changes: Record<string, string>) => `${RPPS_ACTIVITY_HEADER.map((name) => changes[name] ?? '').join('|')}|`;
    const common = values({
      [RPPS_ACTIVITY_COLUMNS.idNatPs]: '810000000001',
      [RPPS_ACTIVITY_COLUMNS.lastName]: 'ÉLOI',
      [RPPS_ACTIVITY_COLUMNS.professionCode]: '60',
      [RPPS_ACTIVITY_COLUMNS.modeLabel]: 'Salarié',
      [RPPS_ACTIVITY_COLUMNS.cedexOffice]: '74910 SEYSSEL',
    });
    expect(lane.read(utf8.encode(common), 0, utf8.encode(common).length)).toBe(true);
    const spaced = common.replace('ÉLOI', '\u00a0ÉLOI');
    expect(lane.read(utf8.encode(spaced), 0, utf8.encode(spaced).length)).toBe(false);
  });
});
