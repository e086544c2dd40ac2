import { createMtMatchingRepository, schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { cachedMatchingUnits } from './cached-geography.ts';
import { createTerritoryIndexCache } from './territory-index-cache.ts';

/** The matching's units from the version-keyed copy answer as the repository does (issue #10, performance). */
describe.each(testDatabases())('matching units from the geography copy (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    // Two contours (the test geography has none): written before the index is first read.
    const square = [
      [
        [
          [6.2, 44.0],
          [6.3, 44.0],
          [6.3, 44.1],
          [6.2, 44.0],
        ],
      ],
    ];
    await t.ctx.database.db.insert(schema.unitShapes).values(
      ['04070', '04001'].map((unitCode, i) => ({
        unitCode,
        centroidLon: 6.2 + i / 10,
        centroidLat: 44.05,
        areaKm2: 12,
        geometry: square,
        source: 'test',
        importedAt: new Date(),
      })),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives the same units, centroids and all, as the database', async () => {
    const db = t.ctx.database.db;
    const cache = createTerritoryIndexCache();
    const index = await cache.get(db);
    // Communes with and without a contour in the test geography, a Paris arrondissement, and an unknown code.
    const codes = ['04070', '04001', '13055', '75101', '01053', '2A004', '99999'];
    const sorted = (units: { code: string }[]) => [...units].sort((a, b) => a.code.localeCompare(b.code));
    const fromCopy = await cachedMatchingUnits(cache, db, index)(codes);
    expect(sorted(fromCopy)).toEqual(sorted(await createMtMatchingRepository(db).matchingUnits(codes)));
    expect(fromCopy.find((u) => u.code === '04001')?.centroid).toEqual({ lon: 6.3, lat: 44.05 });
    expect(fromCopy.find((u) => u.code === '01053')?.centroid).toBeNull();
    expect(fromCopy.map((u) => u.code)).not.toContain('99999');
    // Loaded once per index: the same map on the next call.
    expect(await cache.matchingUnits(db, index)).toBe(await cache.matchingUnits(db, index));
  });
});
