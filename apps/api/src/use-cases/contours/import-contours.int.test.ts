import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGeographyRepository } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../../test/harness.ts';
import { importContours } from '../../composition/on-database.ts';

const square = (code: string, x: number, y: number) => ({
  type: 'Feature',
  properties: { code, nom: `Commune ${code}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 0.1, y],
        [x + 0.1, y + 0.1],
        [x, y + 0.1],
        [x, y],
      ],
    ],
  },
});

/** 04070 and 04001 share an edge; 01340 is a former code of 01015; Paris is split; 99999 is unknown. */
function writeFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillon-contours-'));
  const features = [
    square('04070', 6.2, 44.1),
    square('04001', 6.3, 44.1),
    square('01340', 5.6, 45.8),
    square('75056', 2.3, 48.8),
    square('99999', 0, 0),
  ];
  writeFileSync(join(dir, 'communes-test.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(
    join(dir, 'broken.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }] }),
  );
  return dir;
}

describe.each(testDatabases())('contour import (%s)', (kind) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    dir = writeFixture();
  });
  afterAll(() => t.close());

  it('maps current and former codes, reports unmatched features, rejects and units without shape', async () => {
    const progress: string[] = [];
    const report = await importContours({ db: t.ctx.database.db, path: dir, now: TEST_NOW, onProgress: (phase) => progress.push(phase) });
    expect(report.files).toBe(2);
    expect(report.shapedUnits).toBe(3);
    expect(report.neighbourPairs).toBe(1);
    expect(report.unmatched.map((u) => u.code).sort()).toEqual(['75056', '99999']);
    expect(report.unmatched.find((u) => u.code === '75056')?.reason).toContain('arrondissements');
    expect(report.rejected).toHaveLength(1);
    expect(report.unitsWithoutShape.map((u) => u.code)).toContain('75101');
    expect(report.populationShareWithShape).toBeGreaterThan(0);
    expect(report.populationShareWithShape).toBeLessThan(0.01);
    expect(new Set(progress)).toEqual(new Set(['lecture', 'calcul', 'écriture']));
    const shapes = await createGeographyRepository(t.ctx.database.db).shapes({ departementCode: '01' });
    expect(shapes.map((s) => s.code)).toEqual(['01015']);
    expect(shapes[0]?.areaKm2).toBeGreaterThan(80);
  });

  it('is idempotent: importing again gives the same result', async () => {
    const again = await importContours({ db: t.ctx.database.db, path: dir, now: TEST_NOW });
    expect(again.shapedUnits).toBe(3);
    const repo = createGeographyRepository(t.ctx.database.db);
    expect((await repo.snapshot()).neighbours).toEqual([['04001', '04070']]);
  });

  it('derives contiguity from shared boundaries, and "unknown" where a unit has no shape', async () => {
    await t.addUser('coord@test.fr', [{ role: 'admin' }]);
    const session = await t.login('coord@test.fr');
    const id = await t.addCpts({ name: 'CPTS contours', regionCode: '93', stage: 'contact', units: ['04070'] });
    const preview = async (units: string[]) =>
      (await t.app.inject({ method: 'POST', url: `/api/cpts/${id}/territory/preview`, payload: { units }, ...as(session) })).json()
        .contiguity;
    expect(await preview(['04070', '04001'])).toEqual({ status: 'contiguous', parts: 1 });
    expect(await preview(['04070', '01015'])).toEqual({ status: 'fragmented', parts: 2, detached: [['01015']] });
    expect(await preview(['04070', '75101'])).toMatchObject({ status: 'unknown', parts: null, unitsWithoutShape: ['75101'] });
  });

  it('serves the shapes as TopoJSON, the shared edge stored once, and answers 304 while the version holds', async () => {
    await t.addUser('lecteur@test.fr', [{ role: 'admin' }]);
    const session = as(await t.login('lecteur@test.fr'));
    const first = await t.app.inject({ method: 'GET', url: '/api/geo/shapes?departement=04', ...session });
    expect(first.statusCode).toBe(200);
    const topo = first.json();
    expect(topo.type).toBe('Topology');
    expect(topo.objects.units.geometries.map((g: { properties: { code: string } }) => g.properties.code).sort()).toEqual([
      '04001',
      '04070',
    ]);
    // Two squares with one common side: 2 outer arcs + 1 shared, instead of 2 × 4 sides.
    expect(topo.arcs.length).toBe(3);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/geo/shapes?departement=04',
      ...session,
      headers: { ...session.headers, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/geo/shapes?departement=01',
      ...session,
      headers: { ...session.headers, 'if-none-match': etag },
    });
    expect(other.statusCode).toBe(200);
  });

  it('refuses a path that does not exist, naming it', async () => {
    await expect(importContours({ db: t.ctx.database.db, path: join(dir, 'absent'), now: TEST_NOW })).rejects.toMatchObject({
      code: 'INVALID',
      field: 'path',
    });
  });

  // The real IGN Admin Express 2018 files (../shared in CI, MAILLON_GEO_DIR elsewhere).
  it.runIf(process.env.MAILLON_GEO_DIR && kind === 'pglite')(
    'imports real Admin Express 2018 contours of Alpes-de-Haute-Provence with topological neighbours',
    async () => {
      const file = join(process.env.MAILLON_GEO_DIR as string, 'communes-04-alpes-de-haute-provence.geojson');
      const report = await importContours({ db: t.ctx.database.db, path: file, now: TEST_NOW });
      expect(report.unmatched).toEqual([]);
      expect(report.shapedUnits).toBeGreaterThan(190);
      const snapshot = await createGeographyRepository(t.ctx.database.db).snapshot();
      const digne = snapshot.neighbours.filter(([a, b]) => a === '04070' || b === '04070');
      expect(digne.length).toBeGreaterThanOrEqual(5);
      // The topology the map loads is a fraction of the same shapes as GeoJSON (what it replaced).
      const shapes = await createGeographyRepository(t.ctx.database.db).shapes({ departementCode: '04' });
      const geojson = JSON.stringify({
        type: 'FeatureCollection',
        features: shapes.map((s) => ({
          type: 'Feature',
          properties: { code: s.code, centroid: s.centroid, areaKm2: Math.round(s.areaKm2 * 100) / 100 },
          geometry: { type: 'MultiPolygon', coordinates: s.geometry },
        })),
      });
      await t.addUser('carte@test.fr', [{ role: 'admin' }]);
      const topology = await t.app.inject({ method: 'GET', url: '/api/geo/shapes?departement=04', ...as(await t.login('carte@test.fr')) });
      expect(topology.statusCode).toBe(200);
      console.log(`contours du 04 : GeoJSON ${geojson.length} octets, TopoJSON ${topology.body.length} octets`);
      expect(topology.body.length).toBeLessThan(geojson.length * 0.5);
    },
  );
});
