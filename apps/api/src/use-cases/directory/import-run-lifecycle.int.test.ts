import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createImportRunsRepository, createImportStagingRepository, openDatabase, schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyImport,
  createImportRun,
  importDeps,
  previewFile,
  previewImportFile,
  RPPS_FIXTURE,
  rppsFixtureLines,
  sweepImportRuns,
} from '../../../test/directory-fixtures.ts';
import { as, createTestApp, openTestDatabase, TEST_NOW, type TestApp, testDatabases } from '../../../test/harness.ts';
import { buildWorld, type World } from '../../../test/world.ts';
import { systemAuditRecorder } from '../../composition/audit-recorder.ts';
import { loadConfig } from '../../config.ts';
import { startServer } from '../../server.ts';

const TIMEOUT = loadConfig({}).imports.heartbeatTimeoutSeconds;
const later = (seconds: number) => new Date(TEST_NOW.getTime() + seconds * 1000);

describe.each(testDatabases())('abandoned and expired import runs (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let now = TEST_NOW;
  beforeAll(async () => {
    t = await createTestApp(kind, () => now);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const db = () => t.ctx.database.db;
  const runs = () => createImportRunsRepository(db());
  const getRun = (id: string) => t.app.inject({ method: 'GET', url: `/api/directory/imports/${id}`, ...as(w.sessions.admin) });
  const staged = async (id: string) => (await db().select().from(schema.importStagedActivities)).filter((r) => r.runId === id).length;

  /** A run some process claimed and staged a row for, then died. */
  async function abandonedRun(): Promise<string> {
    const id = await createImportRun(importDeps(t), {
      kind: 'rpps',
      sourceName: 'arrêté.txt',
      bytesTotal: null,
      startedBy: null,
      cptsId: null,
    });
    expect(await runs().claimForReading(id, { now, scopeUnits: null })).toBe(true);
    const staging = createImportStagingRepository(db()).open(id);
    await staging.stageActivities([{ idNatPs: '810000000001', activityKey: 'k', professionCode: '10' }]);
    await staging.close();
    return id;
  }

  it('marks a reading run interrupted once its heartbeat is older than the timeout, and discards its staged rows', async () => {
    now = TEST_NOW;
    const id = await abandonedRun();
    now = later(TIMEOUT);
    expect((await getRun(id)).json().status).toBe('reading');
    now = later(TIMEOUT + 1);
    const run = (await getRun(id)).json();
    expect(run).toMatchObject({ status: 'interrupted', error: expect.stringMatching(/^Import interrompu : aucun signe de vie/) });
    expect(await staged(id)).toBe(0);
    const apply = await t.app.inject({ method: 'POST', url: `/api/directory/imports/${id}/apply`, ...as(w.sessions.admin) });
    expect(apply.statusCode).toBe(409);
    expect(apply.json().error.message).toBe('Cet import a été interrompu : rien ne peut être appliqué.');
  });

  it('makes a reader whose run was marked interrupted stop and discard what it staged', async () => {
    now = TEST_NOW;
    const id = await createImportRun(importDeps(t), {
      kind: 'rpps',
      sourceName: 'lent.txt',
      bytesTotal: null,
      startedBy: null,
      cptsId: null,
    });
    const input = new PassThrough();
    const reading = previewImportFile(importDeps(t), id, { input });
    await expect.poll(async () => (await runs().get(id))?.status).toBe('reading');
    now = later(TIMEOUT + 60);
    await sweepImportRuns(importDeps(t));
    input.end(`${rppsFixtureLines().join('\n')}\n`);
    await expect(reading).rejects.toThrow(/abandonné ou interrompu pendant la lecture/);
    expect((await runs().get(id))?.status).toBe('interrupted');
    expect(await staged(id)).toBe(0);
  });

  it('expires a preview nobody applied in time, discards its rows and refuses to apply it', async () => {
    now = TEST_NOW;
    const run = await previewFile(t, 'rpps', { file: RPPS_FIXTURE });
    expect(await staged(run.id)).toBe(6);
    now = later(t.ctx.config.imports.previewTtlHours * 3600);
    await sweepImportRuns(importDeps(t));
    expect((await runs().get(run.id))?.status).toBe('previewed');
    // (The sessions have expired by then: the sweep runs as any listing or reading would run it.)
    now = later(t.ctx.config.imports.previewTtlHours * 3600 + 1);
    await sweepImportRuns(importDeps(t));
    expect((await runs().get(run.id))?.status).toBe('expired');
    expect(await staged(run.id)).toBe(0);
    await expect(applyImport(importDeps(t), run.id, null)).rejects.toThrow("L'aperçu de cet import a expiré : renvoyez le fichier.");
    expect(await db().select().from(schema.professionals)).toEqual([]);
  });
});

describe.each(testDatabases())('server start (%s)', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'maillon-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('marks as interrupted, at the next start, the runs a stopped server left reading', async () => {
    const { database, drop, location } = await openTestDatabase(kind, { dataDir: join(dir, 'pglite') });
    const runs = createImportRunsRepository(database.db);
    const deps = {
      db: database.db,
      now: () => TEST_NOW,
      settings: loadConfig({}).imports,
      audit: systemAuditRecorder('test', 'test import'),
    };
    const id = await createImportRun(deps, {
      kind: 'rpps',
      sourceName: 'avant-arrêt.txt',
      bytesTotal: null,
      startedBy: null,
      cptsId: null,
    });
    await runs.claimForReading(id, { now: TEST_NOW, scopeUnits: null });
    await database.close();
    try {
      const config = { ...loadConfig({}), ...location, host: '127.0.0.1', port: 0, webDist: undefined };
      const server = await startServer(config, { log: () => {}, clock: () => later(TIMEOUT + 1) });
      await server.close();
      const reopened = await openDatabase({ url: location.databaseUrl, dataDir: location.dataDir });
      expect(await createImportRunsRepository(reopened.db).get(id)).toMatchObject({
        status: 'interrupted',
        finishedAt: later(TIMEOUT + 1),
      });
      await reopened.close();
    } finally {
      await drop();
    }
  });
});
