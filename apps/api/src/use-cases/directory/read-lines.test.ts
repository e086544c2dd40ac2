import { Readable } from 'node:stream';
import { formatRppsLine, RPPS_ACTIVITY_COLUMNS, RPPS_ACTIVITY_HEADER, type StagedRowBytes } from '@maillon/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rppsReader } from './import-rpps.ts';
import type { LineHandler, LineOutcome } from './line-import.ts';
import { type LinePart, readLineParts, readLines } from './read-lines.ts';

/** The file's bytes cut at the given places, as an upload's chunks. */
const chunked = (bytes: Buffer, cuts: number[]) => {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const cut of [...at, bytes.length]) {
    if (cut > start) chunks.push(bytes.subarray(start, cut));
    start = cut;
  }
  return Readable.from(chunks);
};

/** Every line of the parts, decoded, and whether some came as bytes. */
async function linesOf(parts: AsyncIterable<LinePart>): Promise<{ lines: string[]; asBytes: number }> {
  const lines: string[] = [];
  let asBytes = 0;
  for await (const part of parts) {
    if (part.text) lines.push(...part.text);
    else {
      let start = 0;
      for (let at = part.bytes.indexOf(10); at !== -1; at = part.bytes.indexOf(10, start)) {
        lines.push(part.bytes.toString('utf8', start, at));
        asBytes++;
        start = at + 1;
      }
      expect(start).toBe(part.bytes.length);
    }
  }
  return { lines, asBytes };
}

const text = fc.string({ unit: fc.constantFrom('a', 'é', '\n', '\r', '|', ' ', '\ufeff', '€', '\u00a0', 'Z') });
const invalidUtf8 = fc.constantFrom(Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0xe2, 0x82]), Buffer.alloc(0));

describe('lines read as bytes', () => {
  it('are the lines readLines decodes, whatever the chunks, encoding, byte order mark or invalid bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(text, invalidUtf8), { maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('utf8', 'latin1'),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (pieces, bom, encoding, cuts) => {
          const body = Buffer.concat(pieces.flatMap(([t, bad]) => [Buffer.from(t, encoding as BufferEncoding), bad]));
          const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
          const expected: string[] = [];
          for await (const lines of readLines(chunked(bytes, cuts))) expected.push(...lines);
          expect((await linesOf(readLineParts(chunked(bytes, cuts)))).lines).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('come as bytes after the first chunk of a UTF-8 file', async () => {
    const bytes = Buffer.from('en-tête\nune\ndeux\ntrois\n');
    const { lines, asBytes } = await linesOf(readLineParts(chunked(bytes, [13, 18])));
    expect(lines).toEqual(['en-tête', 'une', 'deux', 'trois']);
    expect(asBytes).toBe(2);
  });
});

const units = [
  { code: '04070', name: 'Digne-les-Bains', population: 16_000, postalCodes: ['04000'], departementCode: '04' },
  { code: '04112', name: 'Manosque', population: 22_000, postalCodes: ['04100'], departementCode: '04' },
  { code: '05061', name: 'Gap', population: 40_000, postalCodes: ['05000'], departementCode: '05' },
  { code: '05001', name: 'Abriès', population: 300, postalCodes: ['05000'], departementCode: '05' },
];

/** A reader on fake ports, and what it staged: COPY text per table, outcome per line. */
async function readAll(lines: readonly string[], asBytes: boolean, scopeUnits: string[] | null) {
  const handler: LineHandler = await rppsReader({
    ports: {
      geography: { units: async () => units },
      communeCodes: { formerCodes: async () => new Map([['04999', '04070']]) },
    } as never,
    runId: 'r',
    scopeUnits,
    isDemo: false,
  });
  const staged = { people: '', activities: '' };
  const decode = (rows: StagedRowBytes) => Buffer.from(rows.bytes.buffer, rows.bytes.byteOffset, rows.length).toString('utf8');
  const staging = {
    stageProfessionalRows: async (rows: StagedRowBytes) => {
      staged.people += decode(rows);
    },
    stageActivityRows: async (rows: StagedRowBytes) => {
      staged.activities += decode(rows);
    },
  } as never;
  const outcomes: (LineOutcome | null)[] = [];
  for (const [i, line] of lines.entries()) {
    const bytes = Buffer.from(`${line}\n`);
    outcomes.push(
      asBytes && i > 0 && handler.lineBytes
        ? handler.lineBytes(bytes, 0, bytes.length - 1, i + 1)
        : line.trim() === ''
          ? null
          : handler.line(line, i + 1),
    );
    if (handler.pending() >= 3) await handler.drain()(staging);
  }
  await handler.drain()(staging);
  await handler.finish(staging);
  return { staged, outcomes, stats: handler.stats };
}

const column = (name: keyof typeof RPPS_ACTIVITY_COLUMNS) => RPPS_ACTIVITY_COLUMNS[name];
const rppsLine = fc
  .record({
    person: fc.constantFrom('810000000001', '810000000002', '810000000003', 'x'),
    lastName: fc.constantFrom('ESSAI', 'ÉLOI', ' Ange ', ''),
    structure: fc.constantFrom('R1', 'R2', 'R3'),
    commune: fc.constantFrom('', '04070', '04999', '99999', '05061'),
    postal: fc.constantFrom('', '04000', '04100', '05000', '06000'),
    cedex: fc.constantFrom('', '04100 MANOSQUE', '05000 ABRIES CEDEX'),
    town: fc.constantFrom('', 'Gap', 'Abriès', 'Manosque', 'Nulle Part'),
    specialty: fc.constantFrom('', 'SM54', 'SM40'),
    blank: fc.constantFrom(false, false, false, true),
  })
  .map((l) =>
    l.blank
      ? ' \u00a0'
      : formatRppsLine({
          [column('idNatPs')]: l.person,
          [column('lastName')]: l.lastName,
          [column('firstName')]: 'Anne',
          [column('professionCode')]: '10',
          [column('structureId')]: l.structure,
          [column('communeCode')]: l.commune,
          [column('postalCode')]: l.postal,
          [column('cedexOffice')]: l.cedex,
          [column('communeLabel')]: l.town,
          [column('specialtyCode')]: l.specialty,
        }),
  );

describe('RPPS reader on bytes', () => {
  it('stages the same rows, with the same outcomes and statistics, as when it reads the lines as strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rppsLine, { maxLength: 25 }), fc.boolean(), async (lines, scoped) => {
        const file = [RPPS_ACTIVITY_HEADER.join('|'), ...lines];
        const scope = scoped ? ['04070', '05001'] : null;
        const asText = await readAll(file, false, scope);
        expect(await readAll(file, true, scope)).toEqual(asText);
      }),
      { numRuns: 200 },
    );
  });
});
