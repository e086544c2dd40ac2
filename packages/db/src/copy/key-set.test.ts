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

  it('byte keys: a key was there exactly when its bytes were added before, wherever they lie in a buffer', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 9 }), { maxLength: 2000 }), fc.nat({ max: 5 }), (keys, offset) => {
        const set = new KeySet();
        const seen = new Set<string>();
        for (const key of keys) {
          const buffer = new Uint8Array(offset + key.length + 3).fill(7);
          buffer.set(key, offset);
          const id = key.join();
          expect(set.addBytes(buffer, offset, offset + key.length)).toBe(seen.has(id));
          seen.add(id);
        }
        expect(set.size).toBe(seen.size);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps a million distinct byte keys apart', () => {
    const set = new KeySet();
    const encoder = new TextEncoder();
    let repeated = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const key = encoder.encode(`8${String(10_000_000_000 + i)}\tk~${i % 7}`);
      if (set.addBytes(key, 0, key.length)) repeated++;
    }
    expect(repeated).toBe(0);
  });
});
