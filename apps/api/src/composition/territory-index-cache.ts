import { createGeographyRepository, type Db } from '@maillon/db';
import { buildTerritoryIndex, type GeographyRepository, type MatchingUnit, type TerritoryIndex, type UnitSummary } from '@maillon/domain';

/** The reference geography's names, read once per geography version (regions, départements, EPCI). */
export interface GeographyNames {
  regions: Awaited<ReturnType<GeographyRepository['regions']>>;
  departements: Awaited<ReturnType<GeographyRepository['departements']>>;
  epciNames: ReadonlyMap<string, string>;
}

export interface TerritoryIndexCache {
  /** The index of the geography now committed; `version`, when the caller has just read it (readCacheKeys), saves reading it again. */
  get(db: Db, version?: string): Promise<TerritoryIndex>;
  /**
   * The names that go with this index (the object `get` handed out): loaded with the first
   * request that needs them, then kept as long as the index (issue #11 item 3).
   */
  names(db: Db, index: TerritoryIndex): Promise<GeographyNames>;
  /**
   * Every unit of this index with its centroid, as the matching's distances want them (slot
   * search, requests between professionals): loaded with the first request that needs them, kept
   * as long as the index. A contour import bumps the geography version, so centroids never outlive
   * their contours.
   */
  matchingUnits(db: Db, index: TerritoryIndex): Promise<ReadonlyMap<string, MatchingUnit>>;
  /** The units of this index as the geography repository describes them (same positions), if it came from `get`. */
  summaries(index: TerritoryIndex): readonly UnitSummary[] | undefined;
}

/**
 * Keeps the reference geography in memory, keyed by its version in the database: immutable
 * reference data, so each process may cache it; a contour import in any process bumps the
 * version and every process rebuilds on its next request (no single-process assumption).
 * Regions, départements and EPCI are only written by the reference-geography loader, which bumps
 * the same version (packages/db/src/seed/reference-geography.ts), so their names share the key.
 */
export function createTerritoryIndexCache(): TerritoryIndexCache {
  let cached: { version: string; index: Promise<TerritoryIndex> } | null = null;
  const namesOf = perIndex(loadNames);
  const matchingOf = perIndex(loadMatchingUnits);
  const summaries = new WeakMap<TerritoryIndex, readonly UnitSummary[]>();
  return {
    async get(db, knownVersion) {
      const repo = createGeographyRepository(db);
      const version = knownVersion ?? (await repo.version());
      if (cached?.version !== version) {
        const index = repo.snapshot().then((s) => {
          const built = buildTerritoryIndex(s.units, { shaped: s.shaped, neighbours: s.neighbours });
          summaries.set(
            built,
            Object.freeze(s.units.map((u) => Object.freeze({ ...u, postalCodes: Object.freeze(u.postalCodes) }))) as UnitSummary[],
          );
          return built;
        });
        cached = { version, index };
        index.catch(() => {
          if (cached?.index === index) cached = null;
        });
      }
      return cached.index;
    },
    names: (db, index) => namesOf(db, index),
    matchingUnits: (db, index) => matchingOf(db, index),
    summaries: (index) => summaries.get(index),
  };
}

/**
 * What goes with one index, loaded once by the first request that asks and kept as long as the
 * index (a failed load is forgotten, so the next request tries again).
 */
function perIndex<T>(load: (db: Db, index: TerritoryIndex) => Promise<T>) {
  const loaded = new WeakMap<TerritoryIndex, Promise<T>>();
  return (db: Db, index: TerritoryIndex): Promise<T> => {
    let entry = loaded.get(index);
    if (!entry) {
      // Read after the index: at worst newer than it, never older (the loader changes both at once).
      entry = load(db, index);
      loaded.set(index, entry);
      entry.catch(() => {
        if (loaded.get(index) === entry) loaded.delete(index);
      });
    }
    return entry;
  };
}

async function loadMatchingUnits(db: Db, index: TerritoryIndex): Promise<ReadonlyMap<string, MatchingUnit>> {
  const centroids = new Map((await createGeographyRepository(db).centroids()).map((c) => [c.code, { lon: c.lon, lat: c.lat }]));
  // Frozen: shared by every request of this process.
  return new Map(
    index.units.map((u) => {
      const centroid = centroids.get(u.code);
      return [
        u.code,
        Object.freeze({
          code: u.code,
          epciCode: u.epciCode,
          departementCode: u.departementCode,
          centroid: centroid ? Object.freeze(centroid) : null,
        }),
      ];
    }),
  );
}

async function loadNames(db: Db, index: TerritoryIndex): Promise<GeographyNames> {
  const repo = createGeographyRepository(db);
  // The EPCI a unit belongs to: the only ones a territory's assessment names.
  const epciCodes = [...new Set(index.units.flatMap((u) => (u.epciCode ? [u.epciCode] : [])))];
  const [regions, departements, epcis] = await Promise.all([repo.regions(), repo.departements(), repo.epciNames(epciCodes)]);
  // Shared by every request of this process: frozen, so that no caller can change it for the others.
  return Object.freeze({
    regions: Object.freeze(regions.map((r) => Object.freeze(r))) as GeographyNames['regions'],
    departements: Object.freeze(departements.map((d) => Object.freeze(d))) as GeographyNames['departements'],
    epciNames: new Map(epcis.map((e) => [e.code, e.name])),
  });
}
