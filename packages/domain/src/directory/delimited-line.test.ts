import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldPicker, splitLine } from './delimited-line.ts';

// Lines of short fields with spaces, empty fields, a trailing separator and a CR now and then.
const line = fc
  .tuple(
    fc.array(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '|', '0', '\r') }), { minLength: 0, maxLength: 12 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([parts, trailing, cr]) => `${parts.join('')}${trailing ? '|' : ''}${cr ? '\r' : ''}`);

describe('fieldPicker', () => {
  it('cuts the same fields and counts the same number of them as splitLine', () => {
    fc.assert(
      fc.property(line, fc.array(fc.integer({ min: -1, max: 14 }), { maxLength: 8 }), (text, positions) => {
        const all = splitLine(text, '|');
        const picked = fieldPicker(positions, '|')(text);
        expect(picked.count).toBe(all.length);
        expect(picked.values).toEqual(positions.map((p) => (p < 0 ? '' : (all[p] ?? ''))));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a trailing-separator RPPS line', () => {
    expect(fieldPicker([2, 0, 5], '|')(' 8 |x| 810 ||\r')).toEqual({ count: 4, values: ['810', '8', ''] });
  });
});
