import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createImportRunsRepository, schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyRun,
  createImportRun,
  importDeps,
  importFile,
  previewFile,
  previewImportFile,
  previewOf,
  RPPS_FIXTURE,
  RPPS_FIXTURE_LATIN1,
  rppsFixtureLines,
} from '../../../test/directory-fixtures.ts';
import { createTestApp, type TestApp, testDatabases } from '../../../test/harness.ts';
import { buildImportContext } from '../../composition/import-context.ts';
import { cancelImport } from './import-apply.ts';

describe.each(testDatabases())('RPPS import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const db = () => t.ctx.database.db;
  const activities = () => db().select().from(schema.professionalActivities);
  const people = () => db().select().from(schema.professionals);
  const staged = async () =>
    (await db().select().from(schema.importStagedActivities)).length + (await db().select().from(schema.importStagedProfessionals)).length;
  const snapshot = async () => JSON.stringify({ a: await activities(), p: await people() });

  it('previews a first file exactly, changes nothing before apply, then imports it', async () => {
    const previewed = await previewFile(t, 'rpps', { file: RPPS_FIXTURE });
    expect(previewed).toMatchObject({ status: 'previewed', linesRead: 10, accepted: 6, rejectedCount: 3 });
    expect(previewOf(previewed, 'professionals')).toEqual({
      entity: 'professionals',
      added: 5,
      updated: 0,
      unchanged: 0,
      kept: 0,
      gone: 0,
    });
    expect(previewOf(previewed, 'activities')).toEqual({ entity: 'activities', added: 6, updated: 0, unchanged: 0, kept: 0, gone: 0 });
    expect(await people()).toEqual([]);
    const { applied } = await applyRun(t, previewed.id);
    expect(applied).toEqual([
      { entity: 'professionals', added: 5, updated: 0, gone: 0 },
      { entity: 'activities', added: 6, updated: 0, gone: 0 },
    ]);
    expect(await staged()).toBe(0);
  });

  it('imports people and activities, resolving communes by code, former code, postal code and "Bureau cedex"', async () => {
    const { previewed } = await importFile(t, 'rpps', { file: RPPS_FIXTURE });
    expect(previewed.accepted).toBe(6);
    const rows = await activities();
    const unitOf = (id: string, mode: string) => rows.find((r) => r.idNatPs === id && r.modeCode === mode)?.unitCode;
    expect(unitOf('810000000001', 'L')).toBe('04070');
    expect(unitOf('810000000001', 'S')).toBe('04112');
    expect(rows.find((r) => r.idNatPs === '0131234567')?.unitCode).toBe('13205');
    expect(rows.find((r) => r.idNatPs === '810000000004')?.unitCode).toBe('13208');
    expect(rows.find((r) => r.idNatPs === '810000000005')?.unitCode).toBe('01015');
    expect(rows.find((r) => r.idNatPs === '810000000001')?.generalPractice).toBe(true);
    const all = await people();
    expect(all.map((p) => p.idNatPs).sort()).toEqual(['0131234567', '810000000001', '810000000004', '810000000005', '810000000009']);
    expect(all.find((p) => p.idNatPs === '0131234567')).toMatchObject({ lastName: "D'ALMEIDA-ÉTIENNE", identitySource: 'national' });
  });

  it('reports rejected lines with their number and reason, and an unchanged re-import writes nothing', async () => {
    const { previewed, run, applied } = await importFile(t, 'rpps', { file: RPPS_FIXTURE });
    expect(previewed.rejected).toEqual([
      { line: 7, reason: 'identification nationale PP invalide (« 8123 »)' },
      { line: 8, reason: 'activité hors géographie chargée : code postal 99999 inconnu' },
      { line: 9, reason: expect.stringContaining('champs') },
    ]);
    expect(previewOf(previewed, 'activities')).toMatchObject({ added: 0, updated: 0, unchanged: 6, gone: 0 });
    expect(applied.every((a) => a.added + a.updated + a.gone === 0)).toBe(true);
    expect(run).toMatchObject({ status: 'applied', rejectedCount: 3, accepted: 6 });
  });

  it('reads a Latin-1 file the same way', async () => {
    const { previewed } = await importFile(t, 'rpps', { file: RPPS_FIXTURE_LATIN1 });
    expect(previewOf(previewed, 'professionals')).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    const rows = await db().select().from(schema.professionals).where(eq(schema.professionals.idNatPs, '0131234567'));
    expect(rows[0]?.firstName).toBe('Zoé');
  });

  it('previews a newer file exactly, marks who disappeared only on apply, and updates without duplicates', async () => {
    // The newer file no longer lists the physiotherapist (line 5), and the GP changed name.
    const newer = rppsFixtureLines()
      .filter((_, i) => i !== 4)
      .map((l) => l.replace('|ESSAI|', '|ESSAI-NOUVEAU|'))
      .join('\n');
    const before = await snapshot();
    const previewed = await previewFile(t, 'rpps', { file: newer, fromText: true });
    expect(previewOf(previewed, 'professionals')).toEqual({
      entity: 'professionals',
      added: 0,
      updated: 1,
      unchanged: 3,
      kept: 0,
      gone: 1,
    });
    expect(previewOf(previewed, 'activities')).toEqual({ entity: 'activities', added: 0, updated: 0, unchanged: 5, kept: 0, gone: 1 });
    expect(await snapshot()).toBe(before);
    const { applied } = await applyRun(t, previewed.id);
    expect(applied).toEqual([
      { entity: 'professionals', added: 0, updated: 1, gone: 1 },
      { entity: 'activities', added: 0, updated: 0, gone: 1 },
    ]);
    const rows = await activities();
    expect(rows.length).toBe(6);
    const all = await people();
    expect(all.find((p) => p.idNatPs === '810000000004')?.present).toBe(false);
    expect(all.find((p) => p.idNatPs === '810000000001')).toMatchObject({ lastName: 'ESSAI-NOUVEAU', present: true });
    expect(rows.find((r) => r.idNatPs === '810000000004')?.present).toBe(false);
    // Listed again: present again, counted as an update.
    const again = await previewFile(t, 'rpps', { file: RPPS_FIXTURE });
    expect(previewOf(again, 'professionals')).toMatchObject({ added: 0, updated: 2, unchanged: 3, gone: 0 });
    await applyRun(t, again.id);
  });

  it('stages the same rows, report and preview whether the file comes in one chunk or line by line (read as bytes)', async () => {
    const file = readFileSync(RPPS_FIXTURE);
    const read = async (chunks: Buffer[]) => {
      const id = await createImportRun(importDeps(t), {
        kind: 'rpps',
        sourceName: 'morceaux',
        bytesTotal: file.length,
        startedBy: null,
        cptsId: null,
      });
      const run = await previewImportFile(importDeps(t), id, { input: Readable.from(chunks) });
      const rows = async (table: typeof schema.importStagedActivities | typeof schema.importStagedProfessionals) =>
        (await db().select().from(table).where(eq(table.runId, id)).orderBy(table.seq)).map(({ runId: _, ...row }) => row);
      const staged = { activities: await rows(schema.importStagedActivities), people: await rows(schema.importStagedProfessionals) };
      await cancelImport(buildImportContext(importDeps(t)), id);
      const { linesRead, accepted, rejectedCount, rejected, stats, preview, bytesDone } = run;
      return { report: { linesRead, accepted, rejectedCount, rejected, stats, preview, bytesDone }, staged };
    };
    const whole = await read([file]);
    // The header in the first chunk, then one line per chunk: every other line is read from its bytes.
    const lines: Buffer[] = [];
    for (let start = 0, end = file.indexOf(10); start < file.length; start = end + 1, end = file.indexOf(10, start))
      lines.push(file.subarray(start, end === -1 ? file.length : end + 1));
    const byLine = await read(lines);
    expect(byLine).toEqual(whole);
    expect(whole.staged.activities.length).toBeGreaterThan(3);
  });

  it('refuses a file whose header is not an RPPS extraction, and records the failure', async () => {
    await expect(previewFile(t, 'rpps', { file: 'a;b;c\n1;2;3\n', fromText: true, sourceName: 'bad' })).rejects.toThrow(/non reconnu/);
    const runs = await createImportRunsRepository(db()).recent(50);
    expect(runs.find((r) => r.sourceName === 'bad')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('non reconnu'),
      hasStagedRows: false,
    });
  });

  it('marks nothing and keeps nothing staged when the upload breaks off mid-file', async () => {
    const before = await snapshot();
    const lines = rppsFixtureLines();
    // The header and two lines, then the connection drops: most of the directory is not listed.
    const broken = new Readable({
      read() {
        this.push(Buffer.from(`${lines.slice(0, 3).join('\n')}\n`));
        this.destroy(new Error('connexion interrompue'));
      },
    });
    const id = await createImportRun(importDeps(t), { kind: 'rpps', sourceName: 'coupé', bytesTotal: null, startedBy: null, cptsId: null });
    await expect(previewImportFile(importDeps(t), id, { input: broken })).rejects.toThrow(/connexion interrompue/);
    expect(await createImportRunsRepository(db()).get(id)).toMatchObject({ status: 'failed', hasStagedRows: false });
    await expect(applyRun(t, id)).rejects.toThrow(/échoué/);
    expect(await snapshot()).toBe(before);
    expect(await staged()).toBe(0);
  });

  it('refuses a truncated file (fewer bytes than announced) without marking anything', async () => {
    const before = await snapshot();
    const head = rppsFixtureLines().slice(0, 3).join('\n');
    const id = await createImportRun(importDeps(t), {
      kind: 'rpps',
      sourceName: 'tronqué',
      bytesTotal: Buffer.byteLength(head) + 500,
      startedBy: null,
      cptsId: null,
    });
    await expect(previewImportFile(importDeps(t), id, { input: Readable.from([Buffer.from(head)]) })).rejects.toThrow(/Fichier incomplet/);
    expect(await snapshot()).toBe(before);
    expect(await staged()).toBe(0);
  });
});
