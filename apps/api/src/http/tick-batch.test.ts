import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickBatcher } from './tick-batch.ts';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('tickBatcher', () => {
  it('sends the keys asked for in one turn as one load, each key once, and the next turn as another', async () => {
    const loads: string[][] = [];
    const load = tickBatcher(async (keys: readonly string[]) => {
      loads.push([...keys]);
      return new Set(keys);
    });
    const first = await Promise.all([load('a'), load('b'), load('a')]);
    expect(loads).toEqual([['a', 'b']]);
    expect(first.every((answer) => answer === first[0])).toBe(true);
    await load('c');
    expect(loads).toEqual([['a', 'b'], ['c']]);
  });

  it('starts a new batch beyond the bound; a key asked again joins the batch being filled', async () => {
    const loads: number[][] = [];
    const load = tickBatcher(async (keys: readonly number[]) => {
      loads.push([...keys]);
      return keys;
    }, 2);
    await Promise.all([1, 2, 2, 3, 1, 4, 5].map(load));
    expect(loads).toEqual([
      [1, 2],
      [3, 1],
      [4, 5],
    ]);
  });

  it('rejects every caller of a failed batch, and the next batch loads again', async () => {
    let fail = true;
    const load = tickBatcher(async (keys: readonly string[]) => {
      if (fail) throw new Error('base indisponible');
      return keys.length;
    });
    const results = await Promise.allSettled([load('a'), load('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await load('a')).toBe(1);
  });

  it('answers each key with a batch that contains it, whatever the order of keys and turns', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        async (turns, bound) => {
          const load = tickBatcher(async (keys: readonly number[]) => new Set(keys), bound);
          for (const keys of turns) {
            const answers = await Promise.all(keys.map(async (key) => ({ key, answer: await load(key) })));
            for (const { key, answer } of answers) {
              expect(answer.has(key)).toBe(true);
              expect(answer.size).toBeLessThanOrEqual(bound);
            }
            await turn();
          }
        },
      ),
    );
  });
});
