import type { DirectoryScope, ScopeCount, TerritoryIndex } from '@maillon/domain';
import { describe, expect, it } from 'vitest';
import { createDirectoryCountsCache, type DirectoryAt, unitSetKey } from './directory-counts-cache.ts';

/** A repository counting its calls: each answer names the scope and the call, so that a served copy is recognisable. */
function countingRepo() {
  const calls: DirectoryScope[] = [];
  const answer = (scopes: readonly DirectoryScope[]): Promise<ScopeCount[]> => {
    calls.push(...scopes);
    return Promise.resolve(
      scopes.map((s) => ({ scopeKey: JSON.stringify(s), key: String(calls.length), label: 'x', count: calls.length })),
    );
  };
  return { calls, professionCounts: answer, establishmentCounts: async () => [] };
}

const geography = {} as TerritoryIndex;
const at = (directory: string, index: TerritoryIndex = geography): DirectoryAt => ({ geography: index, directory });
const territory = (...unitCodes: string[]): DirectoryScope => ({ kind: 'territory', unitCodes });

describe('directory counts cache', () => {
  it('counts each scope once per (geography, directory version), the territory as a set of units', async () => {
    const cache = createDirectoryCountsCache();
    const repo = countingRepo();
    const first = await cache.counts(repo, at('1'), [territory('04070', '04001'), { kind: 'departements', codes: ['04', '13'] }]);
    expect(repo.calls).toHaveLength(3);
    const again = await cache.counts(repo, at('1'), [territory('04001', '04070', '04001'), { kind: 'departements', codes: ['13', '04'] }]);
    expect(repo.calls).toHaveLength(3);
    expect(new Set(again.professionCounts)).toEqual(new Set(first.professionCounts));
    await cache.counts(repo, at('2'), [territory('04070', '04001')]);
    expect(repo.calls).toHaveLength(4);
    // Another geography object is another geography version.
    await cache.counts(repo, at('2', {} as TerritoryIndex), [territory('04070', '04001')]);
    expect(repo.calls).toHaveLength(5);
  });

  it('hands out frozen copies', async () => {
    const counts = await createDirectoryCountsCache().counts(countingRepo(), at('1'), [{ kind: 'france' }]);
    expect(Object.isFrozen(counts.professionCounts)).toBe(true);
    expect(Object.isFrozen(counts.professionCounts[0])).toBe(true);
  });

  it('keeps a bounded number of territories, the least recently used leaving first', async () => {
    const cache = createDirectoryCountsCache();
    const repo = countingRepo();
    await cache.counts(repo, at('1'), [territory('00000')]);
    for (let i = 1; i <= 2048; i++) {
      await cache.counts(repo, at('1'), [territory(String(i).padStart(5, '0'))]);
      // Read again on the way: the first territory stays the most recently used.
      if (i % 1000 === 0) await cache.counts(repo, at('1'), [territory('00000')]);
    }
    const calls = repo.calls.length;
    await cache.counts(repo, at('1'), [territory('00000')]);
    expect(repo.calls.length).toBe(calls);
    await cache.counts(repo, at('1'), [territory('00001')]);
    expect(repo.calls.length).toBe(calls + 1);
  });

  it('forgets a failed count, so that the next request counts again', async () => {
    const cache = createDirectoryCountsCache();
    let fail = true;
    const repo = {
      professionCounts: async () => {
        if (fail) throw new Error('connexion perdue');
        return [];
      },
      establishmentCounts: async () => [],
    };
    await expect(cache.counts(repo, at('1'), [{ kind: 'france' }])).rejects.toThrow('connexion perdue');
    fail = false;
    await expect(cache.counts(repo, at('1'), [{ kind: 'france' }])).resolves.toEqual({ professionCounts: [], establishmentCounts: [] });
  });

  it('composes figures and sources once per version and key', async () => {
    const cache = createDirectoryCountsCache();
    let composed = 0;
    const compose = async () => ({ n: ++composed });
    expect(await cache.figures(at('1'), 'a', compose)).toEqual({ n: 1 });
    expect(await cache.figures(at('1'), 'a', compose)).toEqual({ n: 1 });
    expect(await cache.figures(at('1'), 'b', compose)).toEqual({ n: 2 });
    expect(await cache.figures(at('2'), 'a', compose)).toEqual({ n: 3 });
    expect(unitSetKey(['b', 'a', 'b'])).toBe(unitSetKey(['a', 'b']));
  });
});
