import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadReferenceGeography, openDatabase } from '@maillon/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

/** The reference date the prepared databases are stamped with (harness.ts TEST_NOW). */
const PREPARED_AT = new Date('2026-11-22T10:00:00Z');

/**
 * Builds the migrated, geography-loaded database once per run, so that each test file only
 * copies it: a PGlite data-directory archive (loaded by every file in about a second instead of
 * six for migrations + 35,000 units) and, with MAILLON_TEST_PG_URL (a PostgreSQL URL whose user
 * may create databases), a template database that each file clones with
 * `CREATE DATABASE … TEMPLATE`. Everything is removed at the end.
 */
export default async function setup(project: TestProject) {
  const snapshot = join(tmpdir(), `maillon-pglite-${process.pid}-${Date.now()}.tar`);
  const pglite = await openDatabase({ dataDir: 'memory://' });
  await loadReferenceGeography(pglite.db, PREPARED_AT);
  const archive = await (pglite.dumpDataDir as NonNullable<typeof pglite.dumpDataDir>)('none');
  writeFileSync(snapshot, Buffer.from(await archive.arrayBuffer()));
  await pglite.close();
  project.provide('pgliteSnapshot', snapshot);

  const adminUrl = process.env.MAILLON_TEST_PG_URL;
  // The snapshot and what test/demo-database.ts derives from it (`<snapshot>.demo…`).
  const removeSnapshots = () => {
    for (const file of readdirSync(tmpdir())) {
      if (file.startsWith(basename(snapshot))) rmSync(join(tmpdir(), file), { force: true });
    }
  };
  if (!adminUrl) return removeSnapshots;
  const template = `maillon_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const database = await openDatabase({ url: url.toString() });
  await loadReferenceGeography(database.db, PREPARED_AT);
  await database.close();
  project.provide('pgTemplate', template);
  return async () => {
    removeSnapshots();
    const clones = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `maillon_t_${process.pid}_%`,
    ]);
    for (const row of clones.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
    pgliteSnapshot: string;
  }
}
