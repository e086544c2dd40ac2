import type { Ring, UnitShape as ShapeFeature } from '@maillon/contracts';

/** What the map draws of a unit's shape (GET /api/geo/shapes): its code and its polygons. */
export type UnitShape = Omit<ShapeFeature, 'properties'> & { properties: Pick<ShapeFeature['properties'], 'code'> };

export interface MapShapes {
  type: 'FeatureCollection';
  features: UnitShape[];
}

/** Width of the SVG viewBox; the height follows the territory's aspect ratio. */
export const MAP_WIDTH = 1000;
const PADDING = 10;
/** Points closer than this (in viewBox units) to the previous kept point are dropped. */
const MIN_STEP = 0.6;

export interface UnitPath {
  code: string;
  d: string;
}

export interface ProjectedMap {
  width: number;
  height: number;
  paths: UnitPath[];
}

function polygonsOf(shape: UnitShape): Ring[][] {
  return shape.geometry.coordinates;
}

interface Bounds {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

function boundsOf(features: UnitShape[]): Bounds | null {
  let minLon = Number.POSITIVE_INFINITY;
  let maxLon = Number.NEGATIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const feature of features) {
    for (const polygon of polygonsOf(feature)) {
      for (const ring of polygon) {
        for (const [lon, lat] of ring) {
          if (lon < minLon) minLon = lon;
          if (lon > maxLon) maxLon = lon;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
      }
    }
  }
  if (!Number.isFinite(minLon) || maxLon === minLon || maxLat === minLat) return null;
  return { minLon, maxLon, minLat, maxLat };
}

/**
 * Equirectangular projection scaled by cos(mean latitude), fitted to the viewBox.
 * Returns one SVG path per unit, lightly simplified to keep the DOM small.
 */
export function projectShapes(collection: MapShapes): ProjectedMap | null {
  const features = collection.features.filter((feature) => feature.geometry && feature.properties?.code);
  const bounds = boundsOf(features);
  if (!bounds) return null;
  const cosLat = Math.cos((((bounds.minLat + bounds.maxLat) / 2) * Math.PI) / 180);
  const spanX = (bounds.maxLon - bounds.minLon) * cosLat;
  const spanY = bounds.maxLat - bounds.minLat;
  const scale = (MAP_WIDTH - 2 * PADDING) / spanX;
  const height = Math.ceil(spanY * scale + 2 * PADDING);

  const paths: UnitPath[] = features.map((feature) => {
    const parts: string[] = [];
    for (const polygon of polygonsOf(feature)) {
      for (const ring of polygon) {
        const ringPath = ringToPath(ring, (lon, lat) => [
          PADDING + (lon - bounds.minLon) * cosLat * scale,
          PADDING + (bounds.maxLat - lat) * scale,
        ]);
        if (ringPath) parts.push(ringPath);
      }
    }
    return { code: feature.properties.code, d: parts.join('') };
  });
  return { width: MAP_WIDTH, height, paths: paths.filter((path) => path.d !== '') };
}

function ringToPath(ring: Ring, project: (lon: number, lat: number) => [number, number]): string {
  const points: string[] = [];
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  ring.forEach(([lon, lat], index) => {
    const [x, y] = project(lon, lat);
    const isLast = index === ring.length - 1;
    if (points.length > 0 && !isLast && Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) return;
    points.push(`${x.toFixed(1)} ${y.toFixed(1)}`);
    lastX = x;
    lastY = y;
  });
  if (points.length < 3) return '';
  return `M${points.join('L')}Z`;
}
