import { createGeographyRepository, type Db } from '@maillon/db';
import { buildTerritoryIndex, type TerritoryIndex } from '@maillon/domain';

export interface TerritoryIndexCache {
  get(db: Db): Promise<TerritoryIndex>;
}

/**
 * Keeps the reference geography in memory, keyed by its version in the database: immutable
 * reference data, so each process may cache it; a contour import in any process bumps the
 * version and every process rebuilds on its next request (no single-process assumption).
 */
export function createTerritoryIndexCache(): TerritoryIndexCache {
  let cached: { version: string; index: Promise<TerritoryIndex> } | null = null;
  return {
    async get(db) {
      const repo = createGeographyRepository(db);
      const version = await repo.version();
      if (cached?.version !== version) {
        const index = repo.snapshot().then((s) => buildTerritoryIndex(s.units, { shaped: s.shaped, neighbours: s.neighbours }));
        cached = { version, index };
        index.catch(() => {
          if (cached?.index === index) cached = null;
        });
      }
      return cached.index;
    },
  };
}
