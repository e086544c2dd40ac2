import { isIsoDate } from '@maillon/domain/dates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { englishWordsIn } from '../../../apps/api/test/french.ts';
import { isoDateSchema, isoDateTimeSchema, lineSchema, multilineTextSchema } from './common.ts';

const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff'];

describe('the shared string schemas', () => {
  it('refuse NUL and every other control character in one-line text, tab and line ends included', () => {
    for (const control of [...CONTROLS, '\t', '\n', '\r']) {
      const result = lineSchema(50).safeParse(`Dupont${control}Martin`);
      expect(result.success, JSON.stringify(control)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/Caractère interdit/);
    }
  });

  it('keep tab and line ends in multi-line text, and refuse the other controls there too', () => {
    expect(multilineTextSchema(100).parse('Ligne 1\r\nLigne 2\n\tretrait')).toBe('Ligne 1\r\nLigne 2\n\tretrait');
    for (const control of CONTROLS) expect(multilineTextSchema(100).safeParse(`a${control}b`).success, JSON.stringify(control)).toBe(false);
  });

  it('accept any printable text: accents, ligatures, emoji, other scripts', () => {
    for (const text of ['Élodie Lœuvre-Ça', 'Saint-Étienne-de-Tinée', 'Ærø', '東京', 'سلام', '🩺 santé', '«guillemets» — tiret']) {
      expect(lineSchema(50).parse(text)).toBe(text);
    }
  });

  it('refuse text longer than the maximum', () => {
    expect(lineSchema(5).safeParse('123456').success).toBe(false);
    expect(multilineTextSchema(5).safeParse('123456').success).toBe(false);
  });

  it('agree with a character-by-character check on arbitrary strings', () => {
    const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const codes = [...text].map((c) => c.codePointAt(0) as number);
        const lone = codes.some((c) => c >= 0xd800 && c <= 0xdfff);
        expect(lineSchema(100).safeParse(text).success).toBe(!lone && !codes.some(isControl));
        expect(multilineTextSchema(100).safeParse(text).success).toBe(
          !lone && !codes.some((c) => isControl(c) && ![9, 10, 13].includes(c)),
        );
      }),
    );
  });
});

describe('dates in requests', () => {
  it('are real calendar dates: 2026-02-30 and 2025-02-29 refused, 2024-02-29 accepted', () => {
    expect(isoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(isoDateSchema.safeParse('2025-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('0000-01-01').success).toBe(false);
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });

  it('agree with the domain rule on every generated date-shaped string and on arbitrary strings', () => {
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 12 })), (value) => {
        expect(isoDateSchema.safeParse(value).success).toBe(isIsoDate(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('take date-times on real days only', () => {
    expect(isoDateTimeSchema.safeParse('2026-02-30T10:00:00+01:00').success).toBe(false);
    expect(isoDateTimeSchema.safeParse('0000-01-01T10:00:00Z').success).toBe(false);
    expect(isoDateTimeSchema.safeParse('2024-02-29T18:30:00+01:00').success).toBe(true);
  });
});

describe('validation messages', () => {
  const schema = z.object({
    name: lineSchema(10).trim().min(2),
    count: z.number().int().min(1).max(5),
    kind: z.enum(['a', 'b', 'c']),
    list: z.array(z.string()).min(1).max(2),
    email: z.email(),
    id: z.uuid(),
    on: isoDateSchema,
    flag: z.boolean(),
    union: z.discriminatedUnion('type', [z.object({ type: z.literal('x') }), z.object({ type: z.literal('y') })]),
  });
  const inputs: unknown[] = [
    {},
    null,
    'texte',
    { name: 7, count: 'deux', kind: 'd', list: 'x', email: 3, id: [], on: 20260101, flag: 'oui', union: { type: 'z' } },
    { name: 'x', count: 0, kind: null, list: [], email: 'moi', id: 'abc', on: '2026-02-30', flag: 1, union: {} },
    { name: 'x'.repeat(11), count: 6, list: ['a', 'b', 'c'], count2: 1.5 },
    { count: 1.5, list: [1], union: 'x' },
  ];

  it('are all French, for required fields, wrong types, lengths, formats, enums and unions', () => {
    const messages = inputs.flatMap((input) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []);
    expect(messages.length).toBeGreaterThan(25);
    for (const message of messages) expect(englishWordsIn(message), message).toEqual([]);
    expect(messages).toContain('Valeur obligatoire manquante.');
    expect(messages).toContain('Trop long (10 caractères au plus).');
    expect(messages).toContain('Valeur non prévue : choisir parmi « a », « b », « c ».');
  });
});
