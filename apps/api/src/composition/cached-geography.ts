import type { Db } from '@maillon/db';
import type { GeographyRepository, MatchingUnit, MtMatchingRepository, TerritoryIndex, UnitSummary } from '@maillon/domain';
import type { TerritoryIndexCache } from './territory-index-cache.ts';

/**
 * The geography port of a request outside a transaction, answering the reference lookups the
 * CPTS page, list, coverage and diagnostic make on every request from the version-keyed copy of
 * the reference geography (composition/territory-index-cache.ts) instead of SQL (issue #11 item 3).
 * Same answers as the repository: units in the order of their codes (the index keeps the
 * database's order), regions and départements by code.
 */
export function cachedGeography(
  geography: GeographyRepository,
  cache: TerritoryIndexCache,
  db: Db,
  index: TerritoryIndex,
): GeographyRepository {
  const summaries = cache.summaries(index);
  const names = () => cache.names(db, index);
  return {
    ...geography,
    units: async () => (summaries ? summaries.map(copyOf) : geography.units()),
    async unitsByCodes(codes) {
      if (!summaries) return geography.unitsByCodes(codes);
      const positions: number[] = [];
      for (const code of new Set(codes)) {
        const i = index.indexByCode.get(code);
        if (i !== undefined) positions.push(i);
      }
      positions.sort((a, b) => a - b);
      return positions.map((i) => copyOf(summaries[i] as UnitSummary));
    },
    regions: async () => (await names()).regions.map((r) => ({ ...r })),
    async departements(regionCode) {
      const all = (await names()).departements;
      return (regionCode ? all.filter((d) => d.regionCode === regionCode) : all).map((d) => ({ ...d }));
    },
    async epciNames(codes) {
      const known = (await names()).epciNames;
      const found: { code: string; name: string }[] = [];
      const missing: string[] = [];
      for (const code of new Set(codes)) {
        const name = known.get(code);
        if (name !== undefined) found.push({ code, name });
        else missing.push(code);
      }
      // Only the EPCI of some unit are kept; any other code is asked of the database.
      return missing.length === 0 ? found : [...found, ...(await geography.epciNames(missing))];
    },
  };
}

/**
 * The matching's units (code, EPCI, département, centroid) from the same version-keyed copy:
 * the regulator's slot search and the routing of requests between professionals compute
 * distances on every request (issue #10, performance). Same answers as the repository: each
 * known code once, unknown codes left out.
 */
export function cachedMatchingUnits(
  cache: TerritoryIndexCache,
  db: Db,
  index: TerritoryIndex,
): Pick<MtMatchingRepository, 'matchingUnits'>['matchingUnits'] {
  return async (codes) => {
    if (codes.length === 0) return [];
    const known = await cache.matchingUnits(db, index);
    const found: MatchingUnit[] = [];
    for (const code of new Set(codes)) {
      const unit = known.get(code);
      if (unit) found.push({ ...unit, centroid: unit.centroid ? { ...unit.centroid } : null });
    }
    return found;
  };
}

/**
 * The national list of units from the same copy, for the directory importers (they resolve each
 * line's commune against it): reading it from PGlite costs about 0.35 s per import, and a request
 * that comes after any other finds it built. Same answer as the repository: every unit by code.
 */
export function cachedUnits(
  geography: Pick<GeographyRepository, 'units'>,
  cache: TerritoryIndexCache,
  db: Db,
): GeographyRepository['units'] {
  return async () => {
    const summaries = cache.summaries(await cache.get(db));
    return summaries ? summaries.map(copyOf) : geography.units();
  };
}

/** Callers own what they get: a copy of the shared, frozen row. */
const copyOf = (unit: UnitSummary): UnitSummary => ({ ...unit, postalCodes: [...unit.postalCodes] });
