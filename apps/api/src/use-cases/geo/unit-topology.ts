import type { Ring, ShapeTopology } from '@maillon/contracts';
import { requireShapesArea } from '@maillon/domain';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { GeoContext } from './geo-queries.ts';

/**
 * Positions are snapped to a 10,000 × 10,000 grid over the area's bounding box: about 40 m for
 * a region, 10 m for a département, while the map (1,000 units wide) draws 400 m per unit for a
 * region; and short integers are what makes delta-encoded arcs small.
 */
const QUANTIZATION = 10_000;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
/** Topologies kept per process: regions and départements recently asked for. */
const CACHE_SIZE = 24;
const cache = new Map<string, ShapeTopology>();

/**
 * The contours of a region's or a département's units as a TopoJSON topology, computed once per
 * contours version and area (reference data: any process may keep it; a new import changes the
 * version, so the next request recomputes).
 */
export async function unitTopology(
  ctx: GeoContext,
  query: { region?: string | undefined; departement?: string | undefined },
  version: string,
): Promise<ShapeTopology> {
  const area = requireShapesArea(query);
  const key = `${version}|${area.regionCode ?? ''}|${area.departementCode ?? ''}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const shapes = await ctx.ports.geography.shapes(area);
  const features = shapes.map((s) => ({
    type: 'Feature' as const,
    properties: { code: s.code, centroid: [round(s.centroid[0], 5), round(s.centroid[1], 5)], areaKm2: round(s.areaKm2, 2) },
    // Stored as GeoJSON positions: [longitude, latitude] pairs.
    geometry: { type: 'MultiPolygon' as const, coordinates: s.geometry as Ring[][] },
  }));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ units: collection }, QUANTIZATION);
  const result = { ...topo, version } as unknown as ShapeTopology;
  cache.set(key, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return result;
}

/** The version the shapes of this instance answer with: the geography's (COG and contours). */
export const shapesVersion = (ctx: GeoContext): Promise<string> => ctx.ports.geography.version();
