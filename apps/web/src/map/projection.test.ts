import { describe, expect, it } from 'vitest';
import { MAP_WIDTH, projectShapes, type MapShapes as ShapeCollection } from './projection.ts';

const square = (code: string, lon: number, lat: number, size: number): ShapeCollection['features'][number] => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [lon, lat],
          [lon + size, lat],
          [lon + size, lat + size],
          [lon, lat + size],
          [lon, lat],
        ],
      ],
    ],
  },
});

describe('projectShapes', () => {
  it('fits the shapes to the viewBox width and shrinks longitudes by cos(latitude)', () => {
    const map = projectShapes({ type: 'FeatureCollection', features: [square('a', 5, 43, 1), square('b', 6, 43, 1)] });
    expect(map).not.toBeNull();
    expect(map?.width).toBe(MAP_WIDTH);
    // 2° of longitude by 1° of latitude at ~43.5°N: height ≈ width / (2 cos 43.5°).
    const expected = (MAP_WIDTH - 20) / (2 * Math.cos((43.5 * Math.PI) / 180)) + 20;
    expect(Math.abs((map?.height ?? 0) - expected)).toBeLessThan(2);
    expect(map?.paths.map((path) => path.code)).toEqual(['a', 'b']);
    expect(map?.paths[0]?.d.startsWith('M')).toBe(true);
  });

  it('returns null without drawable shapes', () => {
    expect(projectShapes({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
