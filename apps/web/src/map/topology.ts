import type { Ring, ShapeTopology } from '@maillon/contracts';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { MapShapes } from './projection.ts';

/** The units' shapes decoded from the API's TopoJSON topology (GET /api/geo/shapes). */
export function shapesFromTopology(topology: ShapeTopology): MapShapes {
  const topo = topology as unknown as Topology;
  const units = topo.objects.units;
  if (!units) return { type: 'FeatureCollection', features: [] };
  const decoded = feature(topo, units);
  const features = 'features' in decoded ? decoded.features : [decoded];
  return {
    type: 'FeatureCollection',
    features: features.flatMap((f) => {
      const code = (f.properties as { code?: unknown } | null)?.code;
      const geometry = f.geometry as Polygon | MultiPolygon | null;
      if (typeof code !== 'string' || !geometry) return [];
      const coordinates = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
      return [{ type: 'Feature' as const, properties: { code }, geometry: { type: 'MultiPolygon' as const, coordinates } }];
    }),
  };
}
