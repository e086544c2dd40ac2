import type { ReferenceChange } from '@maillon/domain';
import { describe, expect, it } from 'vitest';
import { createAciReferenceCache } from './aci-reference-cache.ts';

const makeChange = (value: number): ReferenceChange =>
  ({
    key: { kind: 'effectiveFrom', versionId: 'aci-2019' },
    previous: { value: null, status: 'confirmed', source: { label: 'ACI' } },
    next: { value, status: 'confirmed', source: { label: 'ACI' } },
    authorId: 'u1',
    changedAt: '2026-01-01T00:00:00.000Z',
  }) as unknown as ReferenceChange;

function makeRepo() {
  const stored: ReferenceChange[] = [];
  const repo = {
    reads: 0,
    stored,
    async changes() {
      repo.reads += 1;
      return structuredClone(stored);
    },
  };
  return repo;
}

describe('ACI reference cache', () => {
  it('reads the edits once per version and again when the version changes', async () => {
    const cache = createAciReferenceCache();
    const repo = makeRepo();
    repo.stored.push(makeChange(1));
    expect(await cache.changes(repo, '1')).toHaveLength(1);
    expect(await cache.changes(repo, '1')).toHaveLength(1);
    expect(repo.reads).toBe(1);
    repo.stored.push(makeChange(2));
    const after = await cache.changes(repo, '2');
    expect(after.map((c) => c.next.value)).toEqual([1, 2]);
    expect(repo.reads).toBe(2);
  });

  it('hands out edits no caller can change for the others', async () => {
    const cache = createAciReferenceCache();
    const repo = makeRepo();
    repo.stored.push(makeChange(1));
    const first = await cache.changes(repo, '1');
    first.pop();
    expect(await cache.changes(repo, '1')).toHaveLength(1);
    const [change] = await cache.changes(repo, '1');
    expect(() => {
      (change as { next: { value: unknown } }).next.value = 99;
    }).toThrow(TypeError);
  });

  it('forgets a failed read, so that the next request tries again', async () => {
    const cache = createAciReferenceCache();
    let fail = true;
    const repo = {
      async changes() {
        if (fail) throw new Error('connexion perdue');
        return [makeChange(3)];
      },
    };
    await expect(cache.changes(repo, '1')).rejects.toThrow('connexion perdue');
    fail = false;
    expect(await cache.changes(repo, '1')).toHaveLength(1);
  });
});
