import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../../test/harness.ts';
import { importFiness } from './import-finess.ts';

const FILE = join(import.meta.dirname, '../../../test/fixtures/directory/etalab_cs1100507_stock_fixture.csv');

describe.each(testDatabases())('FINESS import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('imports Latin-1 establishments with their kind, commune and WGS84 position, and reports rejects', async () => {
    const report = await importFiness({
      db: t.ctx.database.db,
      input: createReadStream(FILE),
      sourceName: 'fixture',
      bytesTotal: null,
      now: () => TEST_NOW,
    });
    const rows = await t.ctx.database.db.select().from(schema.establishments);
    const byId = new Map(rows.map((r) => [r.finessSite, r]));
    expect(byId.get('040000123')).toMatchObject({
      kind: 'msp',
      unitCode: '04070',
      longName: 'MAISON DE SANTÉ PLURIPROFESSIONNELLE DE DIGNE',
    });
    expect(byId.get('050000210')).toMatchObject({ kind: 'hospital', unitCode: '05061' });
    expect(byId.get('130000557')).toMatchObject({ kind: 'ehpad', unitCode: '13208' });
    expect(byId.get('040000999')).toMatchObject({ kind: 'cpts', unitCode: '04112' });
    // Lambert-93 (943000, 6337700) lies in Alpes-de-Haute-Provence, around 6.2° E, 44.1° N.
    expect(byId.get('040000123')?.lon).toBeCloseTo(6.2, 0);
    expect(byId.get('040000123')?.lat).toBeCloseTo(44.1, 0);
    expect(report.rejected.map((r) => r.line)).toEqual([6, 9]);
    expect(report.stats).toMatchObject({ establishments: 4, geolocated: 2, ignoredRecords: 1 });
  });
});
