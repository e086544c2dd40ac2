import { readFileSync } from 'node:fs';
import { schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRun, FINESS_FIXTURE, importFile, previewFile, previewOf } from '../../../test/directory-fixtures.ts';
import { createTestApp, type TestApp, testDatabases } from '../../../test/harness.ts';

describe.each(testDatabases())('FINESS import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('imports Latin-1 establishments with their kind, commune and WGS84 position, and reports rejects', async () => {
    const { previewed, applied } = await importFile(t, 'finess', { file: FINESS_FIXTURE });
    expect(previewOf(previewed, 'establishments')).toEqual({
      entity: 'establishments',
      added: 4,
      updated: 0,
      unchanged: 0,
      kept: 0,
      gone: 0,
    });
    expect(applied).toEqual([{ entity: 'establishments', added: 4, updated: 0, gone: 0 }]);
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
    expect((previewed.rejected as { line: number }[]).map((r) => r.line)).toEqual([6, 9]);
    expect(previewed.stats).toMatchObject({ establishments: 4, geolocated: 2, ignoredRecords: 1 });
  });

  it('previews the closure of an establishment a newer stock no longer lists, and marks it only on apply', async () => {
    const newer = readFileSync(FINESS_FIXTURE, 'latin1')
      .split('\n')
      .filter((line) => !line.includes('130000557'))
      .map((line) => line.replace('CH GAP', 'CH GAP-SISTERON'))
      .join('\n');
    const previewed = await previewFile(t, 'finess', { file: newer, fromText: true });
    expect(previewOf(previewed, 'establishments')).toEqual({
      entity: 'establishments',
      added: 0,
      updated: 1,
      unchanged: 2,
      kept: 0,
      gone: 1,
    });
    const present = async () => (await t.ctx.database.db.select().from(schema.establishments)).filter((e) => e.present).length;
    expect(await present()).toBe(4);
    await applyRun(t, previewed.id);
    expect(await present()).toBe(3);
  });
});
