import { z } from 'zod';
import { departementCodeSchema, lineSchema, regionCodeSchema } from './common.ts';
import { unitDtoSchema } from './cpts.ts';

/** `zone`: the COG's `metro`, `drom` or `com` (overseas collectivity, outside the ACI's field); null before it was loaded. */
export const regionSchema = z.object({ code: z.string(), name: z.string(), zone: z.string().nullable() });
export type Region = z.infer<typeof regionSchema>;

export const departementSchema = z.object({ code: z.string(), name: z.string(), regionCode: z.string().nullable() });
export type Departement = z.infer<typeof departementSchema>;

export const epciSchema = z.object({ code: z.string(), name: z.string(), unitCount: z.number().int(), population: z.number().int() });
export type Epci = z.infer<typeof epciSchema>;

export const unitSearchQuerySchema = z.object({
  q: lineSchema(100).trim().min(1, 'Saisissez au moins un caractère.'),
  region: regionCodeSchema.optional(),
});

export const groupUnitsQuerySchema = z.object({
  epci: z
    .string()
    .regex(/^\d{9}$/, 'Code SIREN d’EPCI invalide.')
    .optional(),
  departement: departementCodeSchema.optional(),
});

export const groupUnitsSchema = z.object({ units: z.array(z.string()), items: z.array(unitDtoSchema) });
export type GroupUnits = z.infer<typeof groupUnitsSchema>;

/** A region or one of its départements (the map and the observatory look at one of them). */
export const geoScopeQuerySchema = z.object({ region: regionCodeSchema.optional(), departement: departementCodeSchema.optional() });

/** A GeoJSON position: [longitude, latitude] in WGS84 (RFC 7946 §3.1.1). */
const positionSchema = z.tuple([z.number(), z.number()]);
export type Ring = z.infer<typeof positionSchema>[];

export const unitShapeSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: z.string(), centroid: positionSchema, areaKm2: z.number() }),
  geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(positionSchema))) }),
});
export type UnitShape = z.infer<typeof unitShapeSchema>;

export const shapeCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(unitShapeSchema) });
export type ShapeCollection = z.infer<typeof shapeCollectionSchema>;

/**
 * The same shapes as a TopoJSON topology (https://github.com/topojson/topojson-specification):
 * shared boundaries stored once, quantized and delta-encoded integer positions — about a fifth of
 * the GeoJSON, before compression (issue #11 item 5). Object `units` holds one geometry per unit
 * with the GeoJSON feature's properties; `version` is the contours' version, also the ETag.
 */
export const shapeTopologySchema = z.object({
  type: z.literal('Topology'),
  version: z.string(),
  bbox: z.array(z.number()).optional(),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({
    units: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.object({
          type: z.enum(['Polygon', 'MultiPolygon']),
          arcs: z.array(z.unknown()),
          properties: unitShapeSchema.shape.properties,
        }),
      ),
    }),
  }),
});
export type ShapeTopology = z.infer<typeof shapeTopologySchema>;

/** The COG loaded (package, version, vintage), as the seed records it. */
export const cogStatusSchema = z.looseObject({
  package: z.string(),
  version: z.string(),
  vintage: z.union([z.string(), z.number()]),
  units: z.number().int(),
  loadedAt: z.string().optional(),
});

/** The last contour import, as the importer records it. */
export const contoursStatusSchema = z.looseObject({
  source: z.string(),
  importedAt: z.string(),
  shapedUnits: z.number().int(),
  unmatchedFeatures: z.number().int(),
  populationShareWithShape: z.number(),
  unitsWithoutShape: z.array(z.string()),
});
export type ContoursStatus = z.infer<typeof contoursStatusSchema>;

export const geoStatusSchema = z.object({ cog: cogStatusSchema.nullable(), contours: contoursStatusSchema.nullable() });
export type GeoStatus = z.infer<typeof geoStatusSchema>;
