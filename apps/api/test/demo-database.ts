import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '@maillon/db';
import pg from 'pg';
import { inject } from 'vitest';
import { createTerritoryIndexCache } from '../src/composition/territory-index-cache.ts';
import { seedDemo } from '../src/demo/demo-seed.ts';

/** The date the shared demo is seeded at (harness.ts TEST_NOW, its Paris day). */
const SEEDED_AT = new Date('2026-11-22T10:00:00Z');
const SEEDED_ON = '2026-11-22';
/** Seeding the whole demo takes about 15 s idle and minutes on a loaded machine. */
const WAIT_LIMIT_MS = 10 * 60_000;

/**
 * The whole demo is the heaviest setup of the suite (the generated directory through the real
 * importers, requests, a matching run): it is seeded once per run and every file that needs it gets
 * a copy, the way test/global-setup.ts prepares the geography. It is built lazily by the first file
 * that asks, because most runs (a single file, the unit project) never need it; the other worker
 * waits on the lock file instead of seeding it a second time. Files live next to the run's
 * geography snapshot and global-setup's teardown removes them.
 */
export function demoArtefacts() {
  const base = inject('pgliteSnapshot');
  return {
    pgliteSnapshot: `${base}.demo.tar`,
    pgliteLock: `${base}.demo.lock`,
    pgReady: `${base}.demo.pg`,
    pgLock: `${base}.demo.pg.lock`,
    failure: `${base}.demo.failed`,
  };
}

let pgliteDemo: Blob | null = null;

/** The PGlite data-directory archive of the seeded demo. */
export async function demoPgliteSnapshot(baseSnapshot: Blob): Promise<Blob> {
  if (pgliteDemo) return pgliteDemo;
  const files = demoArtefacts();
  await onceAcrossWorkers(files.pgliteLock, files.pgliteSnapshot, files.failure, async () => {
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir: baseSnapshot });
    try {
      await seedDemo(database.db, await createTerritoryIndexCache().get(database.db), SEEDED_AT, SEEDED_ON);
      const archive = await (database.dumpDataDir as NonNullable<typeof database.dumpDataDir>)('none');
      writeAtomically(files.pgliteSnapshot, Buffer.from(await archive.arrayBuffer()));
    } finally {
      await database.close();
    }
  });
  pgliteDemo = new Blob([readFileSync(files.pgliteSnapshot)]);
  return pgliteDemo;
}

/**
 * The name of a PostgreSQL database holding the seeded demo, cloned from the run's template; named
 * under the run's prefix so that global-setup's teardown drops it. It must have no open connection
 * when it is used as a template, so the builder closes its own before saying it is ready.
 */
export async function demoPgTemplate(adminUrl: string): Promise<string> {
  const files = demoArtefacts();
  const name = `maillon_t_${process.ppid}_demo_template`;
  await onceAcrossWorkers(files.pgLock, files.pgReady, files.failure, async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ url: url.toString() });
    try {
      await seedDemo(database.db, await createTerritoryIndexCache().get(database.db), SEEDED_AT, SEEDED_ON);
    } finally {
      await database.close();
    }
    writeAtomically(files.pgReady, name);
  });
  return name;
}

/** Runs `build` in exactly one worker of the run; the others wait until `done` exists. */
async function onceAcrossWorkers(lock: string, done: string, failure: string, build: () => Promise<void>): Promise<void> {
  if (existsSync(done)) return;
  let owner = false;
  try {
    closeSync(openSync(lock, 'wx'));
    owner = true;
  } catch {
    // Another worker holds the lock and is building it.
  }
  if (owner) {
    try {
      await build();
    } catch (error) {
      writeFileSync(failure, String((error as Error).stack ?? error));
      throw error;
    }
    return;
  }
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (!existsSync(done)) {
    if (existsSync(failure)) throw new Error(`the shared demo database failed to build:\n${readFileSync(failure, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`the shared demo database was not ready after ${WAIT_LIMIT_MS / 60_000} minutes`);
    await sleep(250);
  }
}

/** Readers never see a half-written file: it appears under its name only once complete. */
function writeAtomically(path: string, content: Buffer | string) {
  writeFileSync(`${path}.part`, content);
  renameSync(`${path}.part`, path);
}
