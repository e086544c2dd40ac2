import type { GeographyRepository, UnitSummary } from '@maillon/domain';
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { departements, epcis, referenceMeta, regions, unitNeighbours, unitShapes, units } from '../schema/index.ts';
import { cogFormerCodeMap } from '../seed/reference-geography.ts';

const toSummary = (row: typeof units.$inferSelect): UnitSummary => ({
  code: row.code,
  name: row.name,
  kind: row.kind,
  population: row.population,
  departementCode: row.departementCode,
  regionCode: row.regionCode,
  epciCode: row.epciCode,
  postalCodes: row.postalCodes,
});

async function allUnits(db: Db): Promise<UnitSummary[]> {
  // One JSON value rather than 35,000 rows: PGlite decodes each field of each row in JS
  // (about 160 ms for the national list, against a few ms for one JSON.parse); node-postgres
  // gains too (same trick as the regulator's slot search, issue #11 item 4).
  const [row] = await db
    .select({
      units: sql<UnitSummary[] | null>`json_agg(json_build_object(
        'code', ${units.code}, 'name', ${units.name}, 'kind', ${units.kind}, 'population', ${units.population},
        'departementCode', ${units.departementCode}, 'regionCode', ${units.regionCode}, 'epciCode', ${units.epciCode},
        'postalCodes', ${units.postalCodes}) order by ${units.code})`,
    })
    .from(units);
  return row?.units ?? [];
}

/** The reference_meta rows whose writes change the reference geography (the loader and the contour import). */
export const GEOGRAPHY_VERSION_KEYS = ['cog', 'contours'];

/** The geography's version from its reference_meta rows: each writer sets `updated_at` with the value. */
export function geographyVersionOf(rows: readonly { key: string; value: unknown; updatedAt: Date }[]): string {
  return rows
    .map((r) => `${r.key}:${r.updatedAt.toISOString()}:${(r.value as { revision?: string } | null)?.revision ?? ''}`)
    .sort()
    .join('|');
}

export function createGeographyRepository(db: Db): GeographyRepository {
  return {
    async version() {
      return geographyVersionOf(await db.select().from(referenceMeta).where(inArray(referenceMeta.key, GEOGRAPHY_VERSION_KEYS)));
    },
    units: () => allUnits(db),
    async snapshot() {
      const [unitList, shaped, pairs] = await Promise.all([
        allUnits(db),
        db.select({ codes: sql<string[] | null>`json_agg(${unitShapes.unitCode})` }).from(unitShapes),
        db
          .select({
            pairs: sql<[string, string][] | null>`json_agg(json_build_array(${unitNeighbours.unitCode}, ${unitNeighbours.neighbourCode}))`,
          })
          .from(unitNeighbours),
      ]);
      return {
        units: unitList,
        shaped: shaped[0]?.codes ?? [],
        // Each pair is stored both ways; the index wants it once.
        neighbours: (pairs[0]?.pairs ?? []).filter(([a, b]) => a < b),
      };
    },
    async centroids() {
      return db.select({ code: unitShapes.unitCode, lon: unitShapes.centroidLon, lat: unitShapes.centroidLat }).from(unitShapes);
    },
    async searchUnits(query, options) {
      const q = query.trim();
      const byCode = /^[0-9][0-9AB]\d{0,3}$/i.test(q);
      const conditions = byCode
        ? or(ilike(units.code, `${q}%`), sql`exists (select 1 from unnest(${units.postalCodes}) pc where pc like ${`${q}%`})`)
        : sql`unaccent_fold(${units.name}) like unaccent_fold(${`%${q}%`})`;
      const rows = await db
        .select()
        .from(units)
        .where(options.regionCode ? and(conditions, eq(units.regionCode, options.regionCode)) : conditions)
        .orderBy(sql`length(${units.name})`, asc(units.code))
        .limit(options.limit);
      return rows.map(toSummary);
    },
    async unitsByCodes(codes) {
      if (codes.length === 0) return [];
      const rows = await db
        .select()
        .from(units)
        .where(inArray(units.code, [...codes]))
        .orderBy(asc(units.code));
      return rows.map(toSummary);
    },
    async unitCodesOf(group) {
      const condition = group.epci ? eq(units.epciCode, group.epci) : eq(units.departementCode, group.departement ?? '');
      const rows = await db.select({ code: units.code }).from(units).where(condition).orderBy(asc(units.code));
      return rows.map((r) => r.code);
    },
    async shapes(filter) {
      const condition = filter.departementCode
        ? eq(units.departementCode, filter.departementCode)
        : filter.regionCode
          ? eq(units.regionCode, filter.regionCode)
          : undefined;
      const rows = await db
        .select({
          code: unitShapes.unitCode,
          lon: unitShapes.centroidLon,
          lat: unitShapes.centroidLat,
          area: unitShapes.areaKm2,
          geometry: unitShapes.geometry,
        })
        .from(unitShapes)
        .innerJoin(units, eq(units.code, unitShapes.unitCode))
        .where(condition);
      return rows.map((r) => ({ code: r.code, centroid: [r.lon, r.lat], areaKm2: r.area, geometry: r.geometry as number[][][][] }));
    },
    regions: () => db.select().from(regions).orderBy(asc(regions.code)),
    departements: (regionCode) =>
      db
        .select()
        .from(departements)
        .where(regionCode ? eq(departements.regionCode, regionCode) : undefined)
        .orderBy(asc(departements.code)),
    async epciNames(codes) {
      if (codes.length === 0) return [];
      return db
        .select({ code: epcis.code, name: epcis.name })
        .from(epcis)
        .where(inArray(epcis.code, [...codes]));
    },
    async epcisOfRegion(regionCode) {
      return db
        .select({
          code: epcis.code,
          name: epcis.name,
          unitCount: sql<number>`count(*)::int`,
          population: sql<number>`sum(${units.population})::int`,
        })
        .from(units)
        .innerJoin(epcis, eq(epcis.code, units.epciCode))
        .where(eq(units.regionCode, regionCode))
        .groupBy(epcis.code, epcis.name)
        .orderBy(asc(epcis.name));
    },
    async meta(key) {
      const rows = await db.select().from(referenceMeta).where(eq(referenceMeta.key, key));
      return rows[0]?.value ?? null;
    },
    async formerCodes() {
      return cogFormerCodeMap();
    },
  };
}
