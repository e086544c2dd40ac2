import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet } from './key-set.ts';

describe('KeySet', () => {
  it('says a key was there exactly when it was added before (no false "new"), through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 3000 }), (keys) => {
        const set = new KeySet();
        const seen = new Set<string>();
        for (const [a, b] of keys) {
          const id = JSON.stringify([a, b]);
          const repeated = set.add([a, b]);
          // A key added before always answers true; with 64-bit hashes a new key never collides here.
          expect(repeated).toBe(seen.has(id));
          seen.add(id);
        }
        expect(set.size).toBe(seen.size);
      }),
      { numRuns: 50 },
    );
  });

  it('tells parts apart from their concatenation', () => {
    const set = new KeySet();
    expect(set.add(['ab', 'c'])).toBe(false);
    expect(set.add(['a', 'bc'])).toBe(false);
    expect(set.add(['abc', ''])).toBe(false);
    expect(set.add(['ab', 'c'])).toBe(true);
  });

  it('keeps a million distinct keys apart', () => {
    const set = new KeySet();
    let repeated = 0;
    for (let i = 0; i < 1_000_000; i++) if (set.add([`8${String(10_000_000_000 + i)}`, `k~${i % 7}`])) repeated++;
    expect(repeated).toBe(0);
    expect(set.size).toBe(1_000_000);
  });
});
