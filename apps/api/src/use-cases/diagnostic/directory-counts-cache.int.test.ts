import type { DiagnosticDto } from '@maillon/contracts';
import { createDiagnosticRepository } from '@maillon/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINESS_FIXTURE, importFile } from '../../../test/directory-fixtures.ts';
import { insertEstablishments, insertImportRun, insertProfessionals } from '../../../test/directory-rows.ts';
import { as, createTestApp, secondProcess, TEST_NOW, type TestApp, testDatabases } from '../../../test/harness.ts';
import { buildWorld, type World } from '../../../test/world.ts';
import type { buildApp } from '../../app.ts';

type App = Awaited<ReturnType<typeof buildApp>>;

/**
 * The diagnostic's directory figures are kept per (geography, directory version) by each API
 * process; the version is bumped by database triggers (migration 0028), so a write committed
 * through any code path, plain SQL included, is seen by another process on its next read.
 */
describe.each(testDatabases())('diagnostic figures kept per directory version (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let other: App;
  let closeOther: () => Promise<void>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    const db = t.ctx.database.db;
    await insertProfessionals(
      db,
      [
        {
          idNatPs: '810000000101',
          lastName: 'Généraliste Digne',
          professionCode: '10',
          professionLabel: 'Médecin',
          activities: [{ unitCode: '04070', generalPractice: true }],
        },
        {
          idNatPs: '810000000102',
          lastName: 'Infirmier Aiglun',
          professionCode: '60',
          professionLabel: 'Infirmier',
          activities: [{ unitCode: '04001' }],
        },
        // Listed without an activity yet: counted nowhere.
        { idNatPs: '810000000104', lastName: 'Pharmacien', professionCode: '21', professionLabel: 'Pharmacien', activities: [] },
      ],
      TEST_NOW,
    );
    await insertEstablishments(db, [{ finessSite: '040000101', name: 'Pharmacie de Digne', kind: 'pharmacy', unitCode: '04070' }]);
    await insertImportRun(db, { kind: 'rpps', sourceName: 'PS_LibreAcces_1.txt', status: 'applied', finishedAt: TEST_NOW });
    // Another API process: its own caches (the diagnostic's are built with its routes).
    ({ app: other, close: closeOther } = await secondProcess(t));
  });
  afterAll(async () => {
    await closeOther();
    await t.close();
  });

  const diagnostic = async (app: App): Promise<DiagnosticDto> => {
    const response = await app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/diagnostic`, ...as(w.sessions.coordPaca) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** Counts of a line in the territory, its département, its region and France. */
  const line = (d: DiagnosticDto, key: string) => d.professions.find((l) => l.key === key)?.cells.map((c) => c.count);
  const establishments = (d: DiagnosticDto, key: string) => d.establishments.find((l) => l.key === key)?.cells.map((c) => c.count);
  const version = () => createDiagnosticRepository(t.ctx.database.db).directoryVersion();
  /** Both processes read (so that both keep copies), then `write` runs here, then the other process reads. */
  const seenByOther = async (write: () => Promise<unknown>) => {
    await diagnostic(t.app);
    await diagnostic(other);
    const before = await version();
    await write();
    expect(await version()).not.toBe(before);
    return diagnostic(other);
  };

  it('serves the same figures from both processes while nothing changes', async () => {
    const here = await diagnostic(t.app);
    expect(line(here, 'generalPractice')).toEqual([1, 1, 1, 1]);
    expect(establishments(here, 'pharmacy')).toEqual([1, 1, 1, 1]);
    const before = await version();
    const there = await diagnostic(other);
    expect(await version()).toBe(before);
    expect({ ...there, generatedAt: '' }).toEqual({ ...here, generatedAt: '' });
  });

  it('sees an activity inserted with plain SQL, in the territory and every wider scope', async () => {
    const d = await seenByOther(() =>
      t.ctx.database.db.execute(sql`
        insert into professional_activities (id_nat_ps, activity_key, profession_code, general_practice, unit_code, present)
        values ('810000000104', 'officine', '21', false, '04161', true), ('810000000102', 'second-site', '60', false, '04161', true)`),
    );
    expect(line(d, '21')).toEqual([1, 1, 1, 1]);
    // The nurse is counted once (a second site of the same person).
    expect(line(d, '60')).toEqual([1, 1, 1, 1]);
    expect(line(d, 'generalPractice')).toEqual([1, 1, 1, 1]);
    const person = await seenByOther(() =>
      insertProfessionals(
        t.ctx.database.db,
        [
          {
            idNatPs: '810000000103',
            lastName: 'Généraliste Méolans',
            professionCode: '10',
            professionLabel: 'Médecin',
            activities: [{ unitCode: '04161', generalPractice: true }],
          },
        ],
        TEST_NOW,
      ),
    );
    expect(line(person, 'generalPractice')).toEqual([2, 2, 2, 2]);
  });

  it('sees an activity updated and one deleted with plain SQL', async () => {
    const gone = await seenByOther(() =>
      t.ctx.database.db.execute(sql`update professional_activities set present = false where id_nat_ps = '810000000103'`),
    );
    expect(line(gone, 'generalPractice')).toEqual([1, 1, 1, 1]);
    const moved = await seenByOther(() =>
      // Out of the territory to Manosque (same département): the territory loses the nurse, the département keeps them.
      t.ctx.database.db.execute(sql`update professional_activities set unit_code = '04112' where id_nat_ps = '810000000102'`),
    );
    expect(line(moved, '60')).toEqual([0, 1, 1, 1]);
    const deleted = await seenByOther(() =>
      t.ctx.database.db.execute(sql`delete from professional_activities where id_nat_ps = '810000000102'`),
    );
    expect(line(deleted, '60')).toBeUndefined();
  });

  it('sees a professional no longer present (the professionals table itself)', async () => {
    const d = await seenByOther(() =>
      t.ctx.database.db.execute(sql`update professionals set present = false where id_nat_ps = '810000000101'`),
    );
    expect(line(d, 'generalPractice')).toBeUndefined();
  });

  it('sees establishments inserted, updated, deleted and truncated', async () => {
    const added = await seenByOther(() =>
      insertEstablishments(t.ctx.database.db, [{ finessSite: '040000102', name: 'MSP de Méolans', kind: 'msp', unitCode: '04161' }]),
    );
    expect(establishments(added, 'msp')).toEqual([1, 1, 1, 1]);
    const closed = await seenByOther(() =>
      t.ctx.database.db.execute(sql`update establishments set present = false where finess_site = '040000101'`),
    );
    expect(establishments(closed, 'pharmacy')).toBeUndefined();
    const deleted = await seenByOther(() => t.ctx.database.db.execute(sql`delete from establishments where finess_site = '040000102'`));
    expect(establishments(deleted, 'msp')).toBeUndefined();
    await insertEstablishments(t.ctx.database.db, [{ finessSite: '040000103', name: 'EHPAD de Digne', kind: 'ehpad', unitCode: '04070' }]);
    expect(establishments(await diagnostic(other), 'ehpad')).toEqual([1, 1, 1, 1]);
    const truncated = await seenByOther(() => t.ctx.database.db.execute(sql`truncate establishments`));
    expect(truncated.establishments).toEqual([]);
  });

  it('names a newly applied import as the source, but an import being read bumps nothing', async () => {
    const db = t.ctx.database.db;
    const before = await version();
    const runId = crypto.randomUUID();
    await db.execute(
      sql`insert into import_runs (id, kind, source_name, status, started_at) values (${runId}::uuid, 'finess', 'etalab.csv', 'created', now())`,
    );
    await db.execute(sql`update import_runs set status = 'reading', heartbeat_at = now() where id = ${runId}::uuid`);
    await db.execute(sql`update import_runs set heartbeat_at = now(), lines_read = 10 where id = ${runId}::uuid`);
    expect(await version()).toBe(before);
    const applied = await seenByOther(() =>
      db.execute(
        sql`update import_runs set status = 'applied', finished_at = ${TEST_NOW.toISOString()}::timestamptz where id = ${runId}::uuid`,
      ),
    );
    expect(applied.sources.imports.map((i) => [i.kind, i.sourceName])).toEqual([
      ['rpps', 'PS_LibreAcces_1.txt'],
      ['finess', 'etalab.csv'],
    ]);
    const renamed = await seenByOther(() =>
      db.execute(sql`update import_runs set source_name = 'etalab-v2.csv' where id = ${runId}::uuid`),
    );
    expect(renamed.sources.imports.map((i) => i.sourceName)).toEqual(['PS_LibreAcces_1.txt', 'etalab-v2.csv']);
    const removed = await seenByOther(() => db.execute(sql`delete from import_runs where id = ${runId}::uuid`));
    expect(removed.sources.imports.map((i) => i.kind)).toEqual(['rpps']);
  });

  it('sees a FINESS file applied by the import pipeline (establishments and source)', async () => {
    const before = await diagnostic(other);
    expect(before.establishmentsTotal.cells.at(-1)?.count).toBe(0);
    const d = await seenByOther(() => importFile(t, 'finess', { file: FINESS_FIXTURE, sourceName: 'etalab-stock.csv' }));
    expect(d.establishmentsTotal.cells.at(-1)?.count).toBeGreaterThan(0);
    expect(d.sources.imports.map((i) => [i.kind, i.sourceName])).toContainEqual(['finess', 'etalab-stock.csv']);
  });

  it('keeps the version of a write rolled back', async () => {
    const before = await version();
    await expect(
      t.ctx.database.db.transaction(async (tx) => {
        await tx.execute(sql`delete from professional_activities`);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await version()).toBe(before);
  });
});
