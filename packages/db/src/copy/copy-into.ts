import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../client.ts';

interface PgliteQuerier {
  query(query: string, params?: unknown[], options?: { blob?: Blob }): Promise<unknown>;
}

/** The driver connection under a Drizzle database or transaction (node-postgres or PGlite). */
function driverOf(db: Db): unknown {
  return (db as unknown as { session: { client: unknown } }).session.client;
}

/** Whether `db` is a connection pool / the PGlite instance itself rather than an open transaction. */
export function isTopLevel(db: Db): boolean {
  const client = driverOf(db);
  return client instanceof pg.Pool || client instanceof PGlite;
}

/**
 * Streams COPY text (copy-text.ts) into `table (columns)` on the transaction's own connection:
 * `COPY … FROM STDIN` through pg-copy-streams on PostgreSQL (its stream honours backpressure),
 * `COPY … FROM '/dev/blob'` with the text as the query's blob on PGlite, which has no stdin.
 * Call inside a transaction (`isTopLevel(db)` false).
 */
export async function copyInto(db: Db, table: string, columns: readonly string[], body: string | Iterable<string>): Promise<void> {
  const client = driverOf(db);
  const target = `${table} (${columns.join(', ')})`;
  if (client instanceof pg.Pool || client instanceof PGlite) throw new Error('copyInto: call inside a transaction');
  if (client instanceof pg.Client) {
    const stream = client.query(copyFrom(`copy ${target} from stdin`));
    await pipeline(Readable.from(typeof body === 'string' ? [body] : body), stream);
    return;
  }
  const text = typeof body === 'string' ? [body] : [...body];
  await (client as PgliteQuerier).query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob(text) });
}
