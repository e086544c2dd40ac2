import type { AciReferenceRepository, ReferenceChange } from '@maillon/domain';

/** The stored edits of the ACI reference, kept per version (readCacheKeys: their count). */
export interface AciReferenceCache {
  changes(repo: Pick<AciReferenceRepository, 'changes'>, version: string): Promise<ReferenceChange[]>;
}

/** Frozen all the way down: the same objects serve every request of this process. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Keeps the ACI reference's edits in memory, keyed by their count: the table is append-only (a
 * trigger refuses UPDATE and DELETE, migration 0009), so every committed edit, from any API
 * process, changes the count and is read on the next request (no single-process assumption).
 * The CPTS page reads the reference on every request (issue #11 item 3). The count is read
 * before the edits, so a kept list is never older than its key (at worst newer, then read again).
 */
export function createAciReferenceCache(): AciReferenceCache {
  let cached: { version: string; changes: Promise<readonly ReferenceChange[]> } | null = null;
  return {
    async changes(repo, version) {
      if (cached?.version !== version) {
        const entry = { version, changes: repo.changes().then((list) => deepFreeze(list)) };
        cached = entry;
        entry.changes.catch(() => {
          if (cached === entry) cached = null;
        });
      }
      return [...(await cached.changes)];
    },
  };
}
