import { createCptsRepository, type Db } from '@maillon/db';
import { buildCoverageIndex, type CoverageIndex, type TerritoryIndex } from '@maillon/domain';

export interface CoverageIndexCache {
  /** The coverage index of the territories now committed, over this geography index. */
  get(db: Db, index: TerritoryIndex): Promise<CoverageIndex>;
}

/**
 * Keeps the last coverage index, keyed by (geography, territories version). The geography is
 * the `TerritoryIndex` object itself: the territory-index cache hands out one object per
 * geography version. The territories version is one row that triggers bump with every change of
 * a CPTS's territory, stage or name (migration 0026), read on each call: a change committed by
 * another API process is seen on the next request (docs/reference/coverage.md §7).
 * The version is read before the territories, so an index is never older than its key (at worst
 * newer, and then rebuilt once more).
 */
export function createCoverageIndexCache(): CoverageIndexCache {
  let cached: { geography: TerritoryIndex; version: string; index: Promise<CoverageIndex> } | null = null;
  return {
    async get(db, geography) {
      const repo = createCptsRepository(db);
      const version = await repo.territoriesVersion();
      if (cached?.geography !== geography || cached.version !== version) {
        const index = repo.territories().then((territories) => buildCoverageIndex(geography, territories));
        const entry = { geography, version, index };
        cached = entry;
        index.catch(() => {
          if (cached === entry) cached = null;
        });
      }
      return cached.index;
    },
  };
}
