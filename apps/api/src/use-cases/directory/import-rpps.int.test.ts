import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createDirectoryRepository, schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../../test/harness.ts';
import { importRpps } from './import-rpps.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/directory');
const UTF8 = join(FIXTURES, 'PS_LibreAcces_Personne_activite_fixture.txt');
const LATIN1 = join(FIXTURES, 'PS_LibreAcces_Personne_activite_fixture_latin1.txt');

describe.each(testDatabases())('RPPS import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const run = (file: string) =>
    importRpps({
      db: t.ctx.database.db,
      input: createReadStream(file),
      sourceName: 'fixture',
      bytesTotal: statSync(file).size,
      now: () => TEST_NOW,
    });
  const activities = () => t.ctx.database.db.select().from(schema.professionalActivities);

  it('imports people and activities, resolving communes by code, former code, postal code and "Bureau cedex"', async () => {
    const report = await run(UTF8);
    expect(report.accepted).toBe(6);
    const rows = await activities();
    const unitOf = (id: string, mode: string) => rows.find((r) => r.idNatPs === id && r.modeCode === mode)?.unitCode;
    expect(unitOf('810000000001', 'L')).toBe('04070');
    expect(unitOf('810000000001', 'S')).toBe('04112');
    expect(rows.find((r) => r.idNatPs === '0131234567')?.unitCode).toBe('13205');
    expect(rows.find((r) => r.idNatPs === '810000000004')?.unitCode).toBe('13208');
    expect(rows.find((r) => r.idNatPs === '810000000005')?.unitCode).toBe('01015');
    expect(rows.find((r) => r.idNatPs === '810000000001')?.generalPractice).toBe(true);
    const people = await t.ctx.database.db.select().from(schema.professionals);
    expect(people.map((p) => p.idNatPs).sort()).toEqual(['0131234567', '810000000001', '810000000004', '810000000005', '810000000009']);
    expect(people.find((p) => p.idNatPs === '0131234567')?.lastName).toBe("D'ALMEIDA-ÉTIENNE");
  });

  it('reports rejected lines with their number and reason', async () => {
    const report = await run(UTF8);
    expect(report.rejected).toEqual([
      { line: 7, reason: 'identification nationale PP invalide (« 8123 »)' },
      { line: 8, reason: 'activité hors géographie chargée : code postal 99999 inconnu' },
      { line: 9, reason: expect.stringContaining('champs') },
    ]);
    const stored = await createDirectoryRepository(t.ctx.database.db).getRun(report.runId);
    expect(stored).toMatchObject({ status: 'succeeded', rejectedCount: 3, accepted: 6 });
  });

  it('reads a Latin-1 file the same way', async () => {
    await run(LATIN1);
    const people = await t.ctx.database.db.select().from(schema.professionals).where(eq(schema.professionals.idNatPs, '0131234567'));
    expect(people[0]?.firstName).toBe('Zoé');
  });

  it('re-importing a newer file updates without duplicates and marks who disappeared', async () => {
    const lines = readFileSync(UTF8, 'utf8').split('\n');
    // The newer file no longer lists the physiotherapist (line 5), and the GP changed name.
    const newer = lines
      .filter((_, i) => i !== 4)
      .map((l) => l.replace('|ESSAI|', '|ESSAI-NOUVEAU|'))
      .join('\n');
    const before = (await activities()).length;
    await importRpps({
      db: t.ctx.database.db,
      input: Readable.from([Buffer.from(newer)]),
      sourceName: 'newer',
      bytesTotal: null,
      now: () => TEST_NOW,
    });
    const rows = await activities();
    expect(rows.length).toBe(before);
    const people = await t.ctx.database.db.select().from(schema.professionals);
    expect(people.find((p) => p.idNatPs === '810000000004')?.present).toBe(false);
    expect(people.find((p) => p.idNatPs === '810000000001')).toMatchObject({ lastName: 'ESSAI-NOUVEAU', present: true });
    expect(rows.find((r) => r.idNatPs === '810000000004')?.present).toBe(false);
  });

  it('refuses a file whose header is not an RPPS extraction, and records the failure', async () => {
    await expect(
      importRpps({
        db: t.ctx.database.db,
        input: Readable.from([Buffer.from('a;b;c\n1;2;3\n')]),
        sourceName: 'bad',
        bytesTotal: null,
        now: () => TEST_NOW,
      }),
    ).rejects.toThrow(/non reconnu/);
    const runs = await createDirectoryRepository(t.ctx.database.db).recentRuns(10);
    expect(runs.find((r) => r.sourceName === 'bad')).toMatchObject({ status: 'failed', error: expect.stringContaining('non reconnu') });
  });
});
