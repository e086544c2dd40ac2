import { describe, expect, it } from 'vitest';
import { type PolygonCoords, type Ring, readContourFeatures, sharedBoundaryPairs } from './contours.ts';

const makeSquare = (lon: number, lat: number, size = 1): Ring => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

const makeFeatures = (rings: Ring[][]) => rings.map((parts, id) => ({ id, polygons: parts.map((ring): PolygonCoords => [ring]) }));
const sortedPairs = (pairs: [number, number][]) =>
  pairs.map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a])).sort((x, y) => x[0] - y[0] || x[1] - y[1]);

describe('sharedBoundaryPairs', () => {
  it('pairs two squares sharing an edge', () => {
    expect(sortedPairs(sharedBoundaryPairs(makeFeatures([[makeSquare(0, 0)], [makeSquare(1, 0)]])))).toEqual([[0, 1]]);
  });

  it('does not pair two squares touching at a single corner', () => {
    expect(sharedBoundaryPairs(makeFeatures([[makeSquare(0, 0)], [makeSquare(1, 1)]]))).toEqual([]);
  });

  it('does not count the repeated closing vertex of a ring twice', () => {
    // Both rings start (and end) on the corner they share: still a single common point.
    const a: Ring = [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    const b = makeSquare(1, 1);
    expect(sharedBoundaryPairs(makeFeatures([[a], [b]]))).toEqual([]);
  });

  it('pairs the edge neighbours of a 2 × 2 block but not its diagonals', () => {
    const features = makeFeatures([[makeSquare(0, 0)], [makeSquare(1, 0)], [makeSquare(0, 1)], [makeSquare(1, 1)]]);
    expect(sortedPairs(sharedBoundaryPairs(features))).toEqual([
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  it('does not pair squares that are not in contact', () => {
    expect(sharedBoundaryPairs(makeFeatures([[makeSquare(0, 0)], [makeSquare(2, 0)], [makeSquare(5, 5)]]))).toEqual([]);
  });

  it('matches vertices that differ by less than a metre', () => {
    const b: Ring = [
      [1.000001, 0],
      [2, 0],
      [2, 1],
      [1.000002, 1.000001],
      [1.000001, 0],
    ];
    expect(sortedPairs(sharedBoundaryPairs(makeFeatures([[makeSquare(0, 0)], [b]])))).toEqual([[0, 1]]);
  });

  it('finds a neighbour through any part of a multipolygon', () => {
    const features = makeFeatures([[makeSquare(10, 10), makeSquare(0, 0)], [makeSquare(1, 0)]]);
    expect(sortedPairs(sharedBoundaryPairs(features))).toEqual([[0, 1]]);
  });
});

describe('readContourFeatures', () => {
  const square = makeSquare(2, 48, 0.1);

  it('reads Polygon and MultiPolygon features with their code and name', () => {
    const result = readContourFeatures({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '01001', nom: "L'Abergement-Clémenciat" },
          geometry: { type: 'Polygon', coordinates: [square] },
        },
        {
          type: 'Feature',
          properties: { INSEE_COM: ' 2A004 ', NOM_COM: 'Ajaccio' },
          geometry: { type: 'MultiPolygon', coordinates: [[square], [square]] },
        },
      ],
    });
    expect(result.rejected).toEqual([]);
    expect(result.features).toEqual([
      { code: '01001', name: "L'Abergement-Clémenciat", polygons: [[square]] },
      { code: '2A004', name: 'Ajaccio', polygons: [[square], [square]] },
    ]);
  });

  it('rejects features without a code, naming their position', () => {
    const result = readContourFeatures({
      type: 'FeatureCollection',
      features: [
        { properties: { nom: 'Sans code' }, geometry: { type: 'Polygon', coordinates: [square] } },
        { properties: { code: '   ' }, geometry: { type: 'Polygon', coordinates: [square] } },
        { geometry: { type: 'Polygon', coordinates: [square] } },
        { properties: { insee: '01002' }, geometry: { type: 'Polygon', coordinates: [square] } },
      ],
    });
    expect(result.features.map((f) => f.code)).toEqual(['01002']);
    expect(result.rejected.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(result.rejected.every((r) => r.reason.includes('code'))).toBe(true);
  });

  it('rejects features whose geometry is not a surface, or is missing', () => {
    const result = readContourFeatures({
      type: 'FeatureCollection',
      features: [
        { properties: { code: '01001' }, geometry: { type: 'LineString', coordinates: square } },
        { properties: { code: '01002' }, geometry: { type: 'Point', coordinates: [2, 48] } },
        { properties: { code: '01003' } },
        { properties: { code: '01004' }, geometry: { type: 'Polygon', coordinates: [square] } },
      ],
    });
    expect(result.features.map((f) => f.code)).toEqual(['01004']);
    expect(result.rejected.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(result.rejected[0]?.reason).toContain('LineString');
    expect(result.rejected[0]?.reason).toContain('01001');
    expect(result.rejected[1]?.reason).toContain('Point');
  });

  it.each([null, undefined, 42, {}, { features: 'none' }, []])('rejects %j as a whole when it is not a FeatureCollection', (input) => {
    expect(readContourFeatures(input)).toEqual({ features: [], rejected: [{ index: -1, reason: expect.any(String) }] });
  });
});

describe('sharedBoundaryPairs with arbitrary ids', () => {
  it('returns the ids it was given, not array positions', () => {
    const square = (x: number) =>
      [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 1],
          [x, 0],
        ],
      ] as [number, number][][];
    expect(
      sharedBoundaryPairs([
        { id: 10, polygons: [square(0)] },
        { id: 20, polygons: [square(1)] },
      ]),
    ).toEqual([[10, 20]]);
  });
});
