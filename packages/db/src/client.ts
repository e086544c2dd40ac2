import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { atLatestMigration } from './migrations-state.ts';
import { nameRepeatedStatements } from './named-statements.ts';
import { pgliteTemplate } from './pglite-template.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
  /**
   * PGlite only: the whole data directory as a tar archive (gzip-compressed unless told
   * otherwise), a consistent copy taken between two queries. Backups and test snapshots.
   */
  dumpDataDir?(compression?: 'gzip' | 'none'): Promise<Blob>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** PGlite: start from this data-directory archive (a `dumpDataDir` result) instead of an empty cluster. */
  loadDataDir?: Blob | undefined;
  /**
   * PostgreSQL: run repeated queries as named prepared statements (named-statements.ts,
   * docs/decisions/0006); default true. False behind a pooler that cannot keep them.
   */
  namedStatements?: boolean | undefined;
}

// Through the package's own name, so that the bundled server (apps/api/dist) finds them too.
const MIGRATIONS = dirname(dirname(createRequire(import.meta.url).resolve('@maillon/db/migrations/meta/_journal.json')));

/** Opens PostgreSQL (when `url` is set) or PGlite, and applies the same migrations to either. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle client can lose its connection (server restart, failover, administrator
    // termination): node-postgres emits it on the pool, and an unlistened 'error' would kill
    // the process. The pool replaces the client on the next query.
    pool.on('error', (error) => {
      if ((error as { code?: string }).code !== '57P01') console.error(`PostgreSQL : connexion inactive perdue (${error.message})`);
    });
    if (options.namedStatements !== false) nameRepeatedStatements(pool);
    const db = drizzlePg(pool, { schema });
    if (!(await atLatestMigration(db, MIGRATIONS))) await migratePg(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Db, kind: 'postgresql', close: () => pool.end() };
  }
  const dataDir = options.dataDir ?? './data';
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const lock = inMemory ? null : lockDataDir(dataDir);
  // A fresh cluster starts from the migrated template when there is one (pglite-template.ts).
  const fresh = !options.loadDataDir && (inMemory || !existsSync(join(dataDir, 'PG_VERSION')));
  const template = fresh ? pgliteTemplate(MIGRATIONS) : null;
  const loadDataDir = options.loadDataDir ?? template?.read();
  let client: PGlite;
  try {
    // PostgreSQL's start zeroes its whole buffer pool, and PGlite's memory must first grow to hold
    // it: with the default 128 MB that was about a fifth of a warm start (issue #11 item 4). On disk
    // 64 MB holds the whole database without contours twice over (about 30 MB), and a page it evicts
    // is read back from the OS page cache; the contours are read once per area and kept by the
    // process (use-cases/geo/unit-topology.ts). 64 MB fits in PGlite's initial memory, so start-up
    // grows nothing: about 70 ms less CPU and 100 ms less time than 128 MB (`--cpu-prof`, cpuUsage).
    // In memory, an evicted page is a copy away: 32 MB (each test file opens one).
    const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${inMemory ? '32MB' : '64MB'}`];
    client = new PGlite(dataDir, { ...(loadDataDir ? { loadDataDir } : {}), startParams });
    await client.waitReady;
  } catch (error) {
    lock?.release();
    if (template && loadDataDir) {
      // Our own cached archive failed to load: drop it; in memory nothing is left behind, so start again without it.
      template.discard();
      if (inMemory) return openDatabase(options);
    }
    throw error;
  }
  const db = drizzlePglite(client, { schema });
  try {
    // A cluster from the template or from an earlier start is usually at the latest migration already.
    if (!(await atLatestMigration(db, MIGRATIONS))) await migratePglite(db, { migrationsFolder: MIGRATIONS });
    // Kept before any data goes in: the archive holds the schema only.
    if (template && !loadDataDir) await template.write(await dumpCompact(client, 'gzip'));
  } catch (error) {
    await client.close();
    lock?.release();
    throw error;
  }
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    async close() {
      await client.close();
      lock?.release();
    },
    dumpDataDir: (compression = 'gzip') => dumpCompact(client, compression),
  };
}

/**
 * A data-directory archive without the WAL segments PostgreSQL no longer needs: after loading the
 * geography a cluster holds two 16 MB segments, one of them spent, which PostgreSQL would keep to
 * recycle. A checkpoint without recycling deletes it, so the archive is a quarter smaller and
 * opens about 0.15 s sooner (every test file opens one, a cold start opens the schema's).
 */
async function dumpCompact(client: PGlite, compression: 'gzip' | 'none'): Promise<Blob> {
  await client.exec('set wal_recycle = off; checkpoint; reset wal_recycle;');
  return client.dumpDataDir(compression);
}
