import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCptsRepository, type Database, openDatabase, schema, type TableFingerprint, tableFingerprints } from '@maillon/db';
import { max } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_NOW } from '../../test/harness.ts';
import { loadConfig } from '../config.ts';
import { backupCommand, restoreCommand } from './backup.command.ts';

const snapshot = () => new Blob([readFileSync(inject('pgliteSnapshot'))]);

async function seed(database: Database): Promise<void> {
  const id = crypto.randomUUID();
  const cpts = createCptsRepository(database.db);
  await cpts.create({
    id,
    name: 'CPTS sauvegardée',
    legalForm: 'Association loi 1901',
    siret: null,
    finess: null,
    email: 'contact@cpts-sauvegardee.fr',
    phone: null,
    address: null,
    regionCode: '93',
    stage: 'contact',
    isDemo: false,
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
  });
  await cpts.replaceTerritory(id, ['04070', '04001'], TEST_NOW);
  await database.db.insert(schema.auditLog).values({
    at: TEST_NOW,
    actorUserId: null,
    actorLabel: 'test',
    action: 'read',
    entity: 'member',
    recordIds: ['m1'],
    recordCount: 1,
    cptsId: id,
    route: 'GET /api/test',
    sourceIp: '192.0.2.1',
    details: null,
  });
}

async function fingerprintsOf(dataDir: string): Promise<{ tables: TableFingerprint[]; lastAuditId: number }> {
  const database = await openDatabase({ dataDir });
  try {
    const [row] = await database.db.select({ id: max(schema.auditLog.id) }).from(schema.auditLog);
    return { tables: await tableFingerprints(database.db), lastAuditId: row?.id ?? 0 };
  } finally {
    await database.close();
  }
}

const without = (tables: TableFingerprint[], names: string[]) => tables.filter((t) => !names.includes(t.table));

describe('backup and restore of the embedded database', () => {
  const root = mkdtempSync(join(tmpdir(), 'maillon-backup-'));
  const live = join(root, 'live');
  const file = join(root, 'maillon.sauvegarde.tar.gz');
  const config = (dataDir: string) => ({ ...loadConfig({}), dataDir, databaseUrl: undefined });
  let before: { tables: TableFingerprint[]; lastAuditId: number };

  beforeAll(async () => {
    const database = await openDatabase({ dataDir: live, loadDataDir: snapshot() });
    await seed(database);
    await database.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a verified backup and records the export in the audit trail', async () => {
    expect(await backupCommand(config(live), file)).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.partiel`)).toBe(false);
    before = await fingerprintsOf(live);
    const audit = before.tables.find((t) => t.table === 'public.audit_log');
    expect(audit?.rows).toBe(2);
  });

  it('restores into a new directory with identical table contents', async () => {
    const restored = join(root, 'restored');
    expect(await restoreCommand(config(restored), file, { yes: true })).toBe(0);
    const after = await fingerprintsOf(restored);
    expect(without(after.tables, ['public.audit_log'])).toEqual(without(before.tables, ['public.audit_log']));
    expect(after.tables.find((t) => t.table === 'public.units')?.rows).toBe(35_011);
    // The trail is the saved one plus the entry of this restoration, appended after it (an
    // identity may skip values after a restore, as PostgreSQL sequences do after a crash).
    expect(after.lastAuditId).toBeGreaterThan(before.lastAuditId);
    const database = await openDatabase({ dataDir: restored });
    const entries = await database.db.select().from(schema.auditLog).orderBy(schema.auditLog.id);
    await database.close();
    expect(entries.map((e) => [e.action, e.entity, e.route])).toEqual([
      ['read', 'member', 'GET /api/test'],
      ['export', 'database', 'cli backup'],
      ['import', 'database', 'cli restore'],
    ]);
  });

  it('keeps the replaced database aside instead of deleting it', async () => {
    expect(await restoreCommand(config(live), file, { yes: true })).toBe(0);
    const aside = readdirSync(root).filter((name) => name.startsWith('live.avant-restauration-'));
    expect(aside).toHaveLength(1);
    const kept = await fingerprintsOf(join(root, aside[0] as string));
    expect(kept.tables).toEqual(before.tables);
  });

  it('asks before replacing: without a terminal and without --yes nothing changes', async () => {
    const target = join(root, 'untouched');
    expect(await restoreCommand(config(target), file, { yes: false })).toBe(1);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a file that is not a backup, and a database another process has open', async () => {
    const junk = join(root, 'junk.tar.gz');
    writeFileSync(junk, 'pas une sauvegarde');
    await expect(restoreCommand(config(join(root, 'other')), junk, { yes: true })).rejects.toThrow(
      /n'est pas une sauvegarde Maillon lisible/,
    );
    // The test runner's parent process is alive: its lock holds.
    writeFileSync(`${live}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), since: TEST_NOW.toISOString() }));
    await expect(backupCommand(config(live), join(root, 'x.tar.gz'))).rejects.toThrow(/déjà ouverte par un autre processus/);
    await expect(restoreCommand(config(live), file, { yes: true })).rejects.toThrow(/déjà ouverte par un autre processus/);
    rmSync(`${live}.lock`);
    expect(readdirSync(root).filter((name) => name.startsWith('live.avant-restauration-'))).toHaveLength(1);
  });

  it('points PostgreSQL users to pg_dump and pg_restore', async () => {
    expect(await backupCommand({ ...config(live), databaseUrl: 'postgres://x@127.0.0.1/y' }, file)).toBe(2);
    expect(await restoreCommand({ ...config(live), databaseUrl: 'postgres://x@127.0.0.1/y' }, file, { yes: true })).toBe(2);
  });
});

const pgUrl = process.env.MAILLON_TEST_PG_URL;
const hasPgTools = (() => {
  try {
    execFileSync('pg_dump', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(pgUrl && hasPgTools)('the documented PostgreSQL procedure (pg_dump, pg_restore)', () => {
  const names = [`maillon_bk_${process.pid}_a`, `maillon_bk_${process.pid}_b`];
  const urlOf = (name: string) => {
    const url = new URL(pgUrl as string);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = () => new pg.Client({ connectionString: pgUrl });
  const root = mkdtempSync(join(tmpdir(), 'maillon-pgdump-'));

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${names[0]} TEMPLATE ${inject('pgTemplate')}`);
    await client.query(`CREATE DATABASE ${names[1]}`);
    await client.end();
    const database = await openDatabase({ url: urlOf(names[0] as string) });
    await seed(database);
    await database.close();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
    rmSync(root, { recursive: true, force: true });
  });

  it('restores a dump into a fresh database with identical table contents', async () => {
    const dump = join(root, 'maillon.dump');
    execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, urlOf(names[0] as string)]);
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${urlOf(names[1] as string)}`, dump]);
    const [source, copy] = await Promise.all(
      names.map(async (name) => {
        const database = await openDatabase({ url: urlOf(name) });
        try {
          return await tableFingerprints(database.db);
        } finally {
          await database.close();
        }
      }),
    );
    expect(copy).toEqual(source);
    expect(source?.find((t) => t.table === 'public.audit_log')?.rows).toBe(1);
  });
});
