import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PolygonCoords,
  polygonsAreaKm2,
  polygonsCentroid,
  type Ring,
  ringAreaKm2,
  simplifyPolygons,
  simplifyRing,
} from './contours.ts';

const R = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;
/** Exact area of a lon/lat rectangle on a sphere: R² · Δλ · (sin φ2 − sin φ1). */
const rectangleAreaKm2 = (lon1: number, lat1: number, lon2: number, lat2: number) =>
  R * R * rad(lon2 - lon1) * (Math.sin(rad(lat2)) - Math.sin(rad(lat1)));

/** Closed counter-clockwise rectangle ring. */
const makeRectangle = (lon1: number, lat1: number, lon2: number, lat2: number): Ring => [
  [lon1, lat1],
  [lon2, lat1],
  [lon2, lat2],
  [lon1, lat2],
  [lon1, lat1],
];

describe('ringAreaKm2 and polygonsAreaKm2', () => {
  it('measures a 1° × 1° square at the equator at about 12 300 km²', () => {
    const area = ringAreaKm2(makeRectangle(0, 0, 1, 1));
    expect(Math.abs(area - 12_300) / 12_300).toBeLessThan(0.01);
    expect(area).toBeCloseTo(rectangleAreaKm2(0, 0, 1, 1), 6);
  });

  it('measures a square in France smaller than at the equator, as the sphere predicts', () => {
    const area = ringAreaKm2(makeRectangle(2, 48, 3, 49));
    expect(area).toBeCloseTo(rectangleAreaKm2(2, 48, 3, 49), 6);
    expect(area).toBeLessThan(ringAreaKm2(makeRectangle(0, 0, 1, 1)) * 0.7);
  });

  it('does not depend on the orientation of the ring', () => {
    const ring = makeRectangle(-1.5, 43.2, -1.1, 43.5);
    expect(ringAreaKm2([...ring].reverse())).toBeCloseTo(ringAreaKm2(ring), 9);
  });

  it('subtracts holes and adds the parts of a multipolygon', () => {
    const withHole: PolygonCoords = [makeRectangle(0, 0, 1, 1), makeRectangle(0.25, 0.25, 0.75, 0.75)];
    const island: PolygonCoords = [makeRectangle(5, 0, 5.5, 0.5)];
    const expected = rectangleAreaKm2(0, 0, 1, 1) - rectangleAreaKm2(0.25, 0.25, 0.75, 0.75) + rectangleAreaKm2(5, 0, 5.5, 0.5);
    expect(polygonsAreaKm2([withHole, island])).toBeCloseTo(expected, 6);
  });
});

describe('polygonsCentroid', () => {
  it('finds the centre of a square', () => {
    const [lon, lat] = polygonsCentroid([[makeRectangle(2, 48, 4, 50)]]);
    expect(lon).toBeCloseTo(3, 5);
    expect(lat).toBeCloseTo(49, 5);
  });

  it('finds the centre of a clockwise square too', () => {
    const [lon, lat] = polygonsCentroid([[[...makeRectangle(2.3, 48.8, 2.4, 48.9)].reverse()]]);
    expect(lon).toBeCloseTo(2.35, 5);
    expect(lat).toBeCloseTo(48.85, 5);
  });

  it('finds the centroid of a triangle at a third of its medians', () => {
    const [lon, lat] = polygonsCentroid([
      [
        [
          [0, 0],
          [3, 0],
          [0, 3],
          [0, 0],
        ],
      ],
    ]);
    expect([lon, lat]).toEqual([1, 1]);
  });

  it('weights the parts of a multipolygon by their area', () => {
    // A 1 × 1 square centred on (0.5, 0.5) and a 2 × 2 square (area 4) centred on (11, 1).
    const [lon, lat] = polygonsCentroid([[makeRectangle(0, 0, 1, 1)], [makeRectangle(10, 0, 12, 2)]]);
    expect(lon).toBeCloseTo((1 * 0.5 + 4 * 11) / 5, 5);
    expect(lat).toBeCloseTo((1 * 0.5 + 4 * 1) / 5, 5);
  });

  it('falls back to the mean vertex for a flat ring, and to the origin when there is nothing', () => {
    const flat: Ring = [
      [1, 1],
      [3, 1],
      [1, 1],
    ];
    expect(polygonsCentroid([[flat]])).toEqual([2, 1]);
    expect(polygonsCentroid([])).toEqual([0, 0]);
  });
});

describe('simplifyRing', () => {
  /** A square with `perSide` evenly spaced points on each side (collinear points are redundant). */
  function makeDenseSquare(perSide: number): Ring {
    const ring: Ring = [];
    const corners: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    corners.forEach(([x, y], i) => {
      const [nx, ny] = corners[(i + 1) % 4] as [number, number];
      for (let k = 0; k < perSide; k++) ring.push([x + ((nx - x) * k) / perSide, y + ((ny - y) * k) / perSide]);
    });
    ring.push([0, 0]);
    return ring;
  }

  it('leaves rings of 5 points or fewer unchanged', () => {
    const square = makeRectangle(0, 0, 1, 1);
    expect(simplifyRing(square, 10)).toEqual(square);
  });

  it('drops collinear points and keeps the corners of a square, closed', () => {
    const simplified = simplifyRing(makeDenseSquare(10), 0.001);
    expect(simplified).toEqual(makeRectangle(0, 0, 1, 1));
  });

  it('keeps at least 4 positions and a closed ring even with a huge tolerance', () => {
    const circle: Ring = Array.from({ length: 64 }, (_, i) => [Math.cos((2 * Math.PI * i) / 64), Math.sin((2 * Math.PI * i) / 64)]);
    circle.push(circle[0] as [number, number]);
    const simplified = simplifyRing(circle, 100);
    expect(simplified.length).toBeGreaterThanOrEqual(4);
    expect(simplified.at(-1)).toEqual(simplified[0]);
    expect(new Set(simplified.slice(0, -1).map((p) => p.join(','))).size).toBe(simplified.length - 1);
  });

  it('returns a closed subsequence of at least 4 of the original positions, for any ring and tolerance', () => {
    const point = fc.tuple(fc.double({ min: -5, max: 10, noNaN: true }), fc.double({ min: 40, max: 52, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 60 }), fc.double({ min: 0, max: 20, noNaN: true }), (points, tolerance) => {
        const ring: Ring = [...points, points[0] as [number, number]];
        const simplified = simplifyRing(ring, tolerance);
        expect(simplified.length).toBeGreaterThanOrEqual(Math.min(4, ring.length));
        expect(simplified[0]).toEqual(ring[0]);
        expect(simplified.at(-1)).toEqual(ring[0]);
        let from = 0;
        for (const position of simplified) {
          const found = ring.indexOf(position, from);
          expect(found).toBeGreaterThanOrEqual(from);
          from = found;
        }
      }),
    );
  });

  it('rounds simplified polygons to 4 decimals', () => {
    const [[ring] = []] = simplifyPolygons([[makeRectangle(2.123456, 48.987654, 2.5, 49)]], 0.001);
    expect(ring?.[0]).toEqual([2.1235, 48.9877]);
  });
});
