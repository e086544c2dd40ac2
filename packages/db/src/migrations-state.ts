import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Whether every migration of the journal is already recorded in the database, so that a warm start
 * can skip Drizzle's migrator (issue #11 item 4): it reads and hashes every migration file, then
 * runs CREATE SCHEMA / CREATE TABLE IF NOT EXISTS and an empty transaction on each start, about
 * 50 ms on PGlite. The test is Drizzle's own: it applies a migration when its `when` is later than
 * the newest `created_at` recorded, so when none is later there is nothing it would do. A database
 * that has no journal table yet (new) or is behind gets the migrator as before.
 */
export async function atLatestMigration(db: { execute(query: SQL): Promise<unknown> }, migrationsFolder: string): Promise<boolean> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { when: number }[] };
  const newest = Math.max(...journal.entries.map((entry) => entry.when));
  // Asked first so that a new database answers without an error in the server's log.
  const [table] = rowsOf<{ present: boolean }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`),
  );
  if (!table?.present) return false;
  const [recorded] = rowsOf<{ newest: string | number | null }>(
    await db.execute(sql`select max(created_at) as newest from drizzle.__drizzle_migrations`),
  );
  return recorded?.newest !== null && recorded?.newest !== undefined && Number(recorded.newest) >= newest;
}

/** The rows of a raw query, whichever driver answered (node-postgres and PGlite both return `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
