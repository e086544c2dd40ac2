import { createCptsRepository, type Db } from '@maillon/db';
import { buildCoverageIndex, type CoverageIndex, type CptsTerritoryRow, type TerritoryIndex } from '@maillon/domain';

export interface CoverageIndexCache {
  /**
   * The coverage index of the territories now committed, over this geography index; `version`,
   * when the caller has just read it (readCacheKeys), saves reading it again.
   */
  get(db: Db, index: TerritoryIndex, version?: string): Promise<CoverageIndex>;
  /**
   * Every CPTS's territory as now committed (what `CptsRepository.territories()` reads), kept
   * with the same version: the CPTS list and page read it on every request (issue #11 item 3).
   */
  territories(db: Db, version?: string): Promise<CptsTerritoryRow[]>;
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
  let territories: { version: string; list: Promise<CptsTerritoryRow[]> } | null = null;
  let cached: { geography: TerritoryIndex; version: string; index: Promise<CoverageIndex> } | null = null;
  const territoriesAt = (db: Db, version: string) => {
    if (territories?.version !== version) {
      // Shared by every request of this process: frozen, so that no caller can change it for the others.
      const list = createCptsRepository(db)
        .territories()
        .then(
          (rows) =>
            Object.freeze(rows.map((row) => Object.freeze({ ...row, unitCodes: Object.freeze(row.unitCodes) }))) as CptsTerritoryRow[],
        );
      const entry = { version, list };
      territories = entry;
      entry.list.catch(() => {
        if (territories === entry) territories = null;
      });
    }
    return territories.list;
  };
  return {
    async get(db, geography, knownVersion) {
      const version = knownVersion ?? (await createCptsRepository(db).territoriesVersion());
      if (cached?.geography !== geography || cached.version !== version) {
        const index = territoriesAt(db, version).then((list) => buildCoverageIndex(geography, list));
        const entry = { geography, version, index };
        cached = entry;
        index.catch(() => {
          if (cached === entry) cached = null;
        });
      }
      return cached.index;
    },
    async territories(db, knownVersion) {
      return territoriesAt(db, knownVersion ?? (await createCptsRepository(db).territoriesVersion()));
    },
  };
}
