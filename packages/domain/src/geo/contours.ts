/**
 * Pure geometry for commune contours: centroid, area, simplification for display, and
 * neighbours (communes sharing a boundary). Contours come as GeoJSON in WGS84 (lon, lat).
 */
export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export interface ContourFeature {
  code: string;
  name: string;
  polygons: PolygonCoords[];
}

/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;
const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Reads Polygon and MultiPolygon features with a `code` property; others are returned as rejects. */
export function readContourFeatures(geojson: unknown): { features: ContourFeature[]; rejected: { index: number; reason: string }[] } {
  const features: ContourFeature[] = [];
  const rejected: { index: number; reason: string }[] = [];
  const list = (geojson as { features?: unknown[] })?.features;
  if (!Array.isArray(list)) return { features, rejected: [{ index: -1, reason: 'pas une FeatureCollection GeoJSON' }] };
  list.forEach((raw, index) => {
    const feature = raw as { properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown } };
    const props = feature.properties ?? {};
    const code = String(props.code ?? props.INSEE_COM ?? props.insee ?? '').trim();
    if (!code) {
      rejected.push({ index, reason: 'propriété « code » (INSEE) absente' });
      return;
    }
    const geometry = feature.geometry;
    if (geometry?.type === 'Polygon') {
      features.push({ code, name: String(props.nom ?? props.NOM_COM ?? ''), polygons: [geometry.coordinates as PolygonCoords] });
    } else if (geometry?.type === 'MultiPolygon') {
      features.push({ code, name: String(props.nom ?? props.NOM_COM ?? ''), polygons: geometry.coordinates as PolygonCoords[] });
    } else {
      rejected.push({ index, reason: `géométrie ${geometry?.type ?? 'absente'} non surfacique (code ${code})` });
    }
  });
  return { features, rejected };
}

/** Geodesic area of a ring in km² (spherical approximation, Chamberlain & Duquette 2007). */
export function ringAreaKm2(ring: Ring): number {
  let total = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [lon1, lat1] = ring[i] as Position;
    const [lon2, lat2] = ring[i + 1] as Position;
    total += toRad(lon2 - lon1) * (2 + Math.sin(toRad(lat1)) + Math.sin(toRad(lat2)));
  }
  return Math.abs((total * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2);
}

export function polygonsAreaKm2(polygons: readonly PolygonCoords[]): number {
  let area = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      area += i === 0 ? ringAreaKm2(ring) : -ringAreaKm2(ring);
    });
  }
  return area;
}

/** Area-weighted centroid of the outer rings, on a local equirectangular plane. */
export function polygonsCentroid(polygons: readonly PolygonCoords[]): Position {
  let sumA = 0;
  let sumX = 0;
  let sumY = 0;
  let fallbackX = 0;
  let fallbackY = 0;
  let count = 0;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i] as Position;
      const [x2, y2] = ring[i + 1] as Position;
      const cross = x1 * y2 - x2 * y1;
      sumA += cross;
      sumX += (x1 + x2) * cross;
      sumY += (y1 + y2) * cross;
      fallbackX += x1;
      fallbackY += y1;
      count++;
    }
  }
  if (Math.abs(sumA) < 1e-12) return count ? [fallbackX / count, fallbackY / count] : [0, 0];
  return [round(sumX / (3 * sumA), 5), round(sumY / (3 * sumA), 5)];
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function perpendicularDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx === 0 && dy === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker simplification of a closed ring, keeping at least 4 positions. */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (ring.length <= 5) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length) {
    const [start, end] = stack.pop() as [number, number];
    let maxDistance = 0;
    let index = -1;
    for (let i = start + 1; i < end; i++) {
      const d = perpendicularDistance(ring[i] as Position, ring[start] as Position, ring[end] as Position);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index >= 0 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
  const result = ring.filter((_, i) => keep[i]);
  if (result.length >= 4) return result;
  // A closed ring's first and last points coincide, so Douglas–Peucker can collapse it: keep a triangle.
  const third = Math.floor(ring.length / 3);
  return [ring[0] as Position, ring[third] as Position, ring[2 * third] as Position, ring[0] as Position];
}

export function simplifyPolygons(polygons: readonly PolygonCoords[], tolerance: number): PolygonCoords[] {
  return polygons.map((polygon) =>
    polygon.map((ring) => simplifyRing(ring, tolerance).map(([x, y]) => [round(x, 4), round(y, 4)] as Position)),
  );
}

/** Integer key of a position rounded to 1e-5 degree (≈ 1 m), exact in a double. */
function positionKey([lon, lat]: Position): number {
  const x = Math.round(lon * 1e5) + 20_000_000;
  const y = Math.round(lat * 1e5) + 10_000_000;
  return x * 40_000_000 + y;
}

/**
 * Pairs of features sharing a boundary: at least two common vertices (one shared point is a
 * corner touch, not a boundary). Works because the sources are topological: neighbours'
 * borders use the same vertices (true of Admin Express and its simplified derivatives).
 */
export function sharedBoundaryPairs(features: readonly { id: number; polygons: readonly PolygonCoords[] }[]): [number, number][] {
  const owners = new Map<number, number | number[]>();
  for (const feature of features) {
    const seen = new Set<number>();
    for (const polygon of feature.polygons) {
      for (const ring of polygon) {
        for (const position of ring) {
          const key = positionKey(position);
          if (seen.has(key)) continue;
          seen.add(key);
          const current = owners.get(key);
          if (current === undefined) owners.set(key, feature.id);
          else if (typeof current === 'number') {
            if (current !== feature.id) owners.set(key, [current, feature.id]);
          } else current.push(feature.id);
        }
      }
    }
  }
  const shared = new Map<number, number>();
  // Pair keys are a * factor + b, so factor must exceed every id (ids need not be positions).
  const factor = features.reduce((max, f) => Math.max(max, f.id), 0) + 1;
  for (const value of owners.values()) {
    if (typeof value === 'number') continue;
    for (let i = 0; i < value.length; i++) {
      for (let j = i + 1; j < value.length; j++) {
        const a = Math.min(value[i] as number, value[j] as number);
        const b = Math.max(value[i] as number, value[j] as number);
        const key = a * factor + b;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: [number, number][] = [];
  for (const [key, count] of shared) {
    if (count >= 2) pairs.push([Math.floor(key / factor), key % factor]);
  }
  return pairs;
}
