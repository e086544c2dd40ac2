import type { Db } from '@maillon/db';
import { sql } from 'drizzle-orm';
import { TABLES_A_REFUSED_REQUEST_MAY_CHANGE } from './fingerprint.ts';

/** Both drivers (PGlite, node-postgres) answer raw SQL with `{ rows }`. */
async function rows<T>(db: Db, query: string): Promise<T[]> {
  return ((await db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows;
}

/**
 * Notes every row written to a table of the public schema (insert, update, delete; truncate per
 * statement) in `fuzz_watch.writes`, a schema of its own so that the fingerprint does not see it.
 * Cheaper per route than `databaseFingerprint` (which hashes the 35,000 units twice per route, a
 * third of the fuzz file's time) and stricter: it also sees a row rewritten with the same values.
 * A rolled-back write leaves no note, which is what "writes nothing" means (no half-written change).
 * The tables a refused request may change by design are not watched (fingerprint.ts).
 */
export async function watchWrites(db: Db): Promise<{ take(): Promise<string[]> }> {
  await rows(db, 'create schema fuzz_watch');
  await rows(db, 'create table fuzz_watch.writes (table_name text not null)');
  await rows(
    db,
    `create function fuzz_watch.note() returns trigger language plpgsql as $$
     begin insert into fuzz_watch.writes values (tg_table_name); return null; end $$`,
  );
  const tables = await rows<{ table_name: string }>(
    db,
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  for (const { table_name: name } of tables) {
    if (TABLES_A_REFUSED_REQUEST_MAY_CHANGE.includes(name)) continue;
    await rows(
      db,
      `create trigger fuzz_watch_rows after insert or update or delete on "${name}" for each row execute function fuzz_watch.note()`,
    );
    await rows(db, `create trigger fuzz_watch_truncate after truncate on "${name}" for each statement execute function fuzz_watch.note()`);
  }
  return {
    /** The tables written since the last call, then forgets them. */
    async take() {
      const written = await rows<{ table_name: string }>(db, 'delete from fuzz_watch.writes returning table_name');
      return [...new Set(written.map((r) => r.table_name))].sort();
    },
  };
}
