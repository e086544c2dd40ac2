import type { ShapeTopology } from '@maillon/contracts';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { shapesFromTopology } from './topology.ts';

const square = (x: number, y: number): number[][][] => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
];

describe('shapesFromTopology', () => {
  it('gives back each unit with its code and polygons, the shared side stored once', () => {
    const units: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '13001' }, geometry: { type: 'MultiPolygon', coordinates: [square(5, 43)] } },
        { type: 'Feature', properties: { code: '13002' }, geometry: { type: 'MultiPolygon', coordinates: [square(6, 43)] } },
      ],
    };
    const topo = topology({ units }, 1e5);
    // Two squares side by side: their common side is one arc, used by both.
    const arcUses = JSON.stringify((topo.objects.units as unknown as { geometries: { arcs: unknown }[] }).geometries.map((g) => g.arcs));
    expect(topo.arcs.length).toBeLessThan(4);
    expect(arcUses).toMatch(/-/);
    const shapes = shapesFromTopology({ ...topo, version: 'v1' } as unknown as ShapeTopology);
    expect(shapes.features.map((f) => f.properties.code)).toEqual(['13001', '13002']);
    const ring = shapes.features[1]?.geometry.coordinates[0]?.[0] ?? [];
    const xs = ring.map((p) => Math.round((p[0] as number) * 1e4) / 1e4);
    expect(Math.min(...xs)).toBe(6);
    expect(Math.max(...xs)).toBe(7);
  });
});
