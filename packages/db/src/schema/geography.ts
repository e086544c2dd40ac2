import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** The COG's zone: `metro`, `drom` (overseas départements-régions) or `com` (overseas collectivities). */
  zone: text('zone'),
});

export const departements = pgTable('departements', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  regionCode: text('region_code'),
});

export const epcis = pgTable('epcis', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
});

/** Territorial units: current communes, and arrondissements municipaux for Paris/Lyon/Marseille. */
export const units = pgTable(
  'units',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentCommuneCode: text('parent_commune_code'),
    departementCode: text('departement_code'),
    regionCode: text('region_code'),
    epciCode: text('epci_code'),
    population: integer('population').notNull(),
    postalCodes: text('postal_codes').array().notNull(),
    formerCodes: text('former_codes').array().notNull(),
  },
  (t) => [index('units_region_idx').on(t.regionCode), index('units_departement_idx').on(t.departementCode)],
);

export const unitShapes = pgTable('unit_shapes', {
  unitCode: text('unit_code')
    .primaryKey()
    .references(() => units.code),
  centroidLon: doublePrecision('centroid_lon').notNull(),
  centroidLat: doublePrecision('centroid_lat').notNull(),
  areaKm2: doublePrecision('area_km2').notNull(),
  /** Simplified MultiPolygon coordinates for display. */
  geometry: jsonb('geometry').notNull(),
  source: text('source').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
});

export const unitNeighbours = pgTable(
  'unit_neighbours',
  {
    unitCode: text('unit_code').notNull(),
    neighbourCode: text('neighbour_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.neighbourCode] })],
);

/** Versions of the loaded reference data (COG package version, contour imports). */
export const referenceMeta = pgTable('reference_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
