import type { Db } from '@maillon/db';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Tables a refused request may legitimately change, left out of the fingerprint:
 * - `sessions`: resolving the session cookie of any request purges expired sessions, and may
 *   record the session's last use, whatever the answer;
 * - `login_attempts`, `login_throttles`: a refused sign-in is recorded and counted on purpose
 *   (throttling, issue #6 item 3).
 * Add here a table that records refused requests by design (e.g. an audit trail of denials).
 */
export const TABLES_A_REFUSED_REQUEST_MAY_CHANGE = ['sessions', 'login_attempts', 'login_throttles'];

/** Both drivers (PGlite, node-postgres) answer raw SQL with `{ rows }`. */
async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Per table of the public schema: its row count and a checksum of its whole content (order-independent). */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await rows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const names = tables.map((r) => r.table_name).filter((name) => !TABLES_A_REFUSED_REQUEST_MAY_CHANGE.includes(name));
  const query = names
    .map(
      (name) =>
        `select '${name}' as name, count(*)::text || ':' || coalesce(sum(hashtextextended(x::text, 0)::numeric), 0)::text as print from "${name}" x`,
    )
    .join(' union all ');
  const result = await rows<{ name: string; print: string }>(db, sql.raw(query));
  return Object.fromEntries(result.map((r) => [r.name, r.print]));
}
