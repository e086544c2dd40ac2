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
export async function copyInto(
  db: Db,
  table: string,
  columns: readonly string[],
  body: string | Uint8Array | Iterable<string>,
): Promise<void> {
  const client = driverOf(db);
  const target = `${table} (${columns.join(', ')})`;
  if (client instanceof pg.Pool || client instanceof PGlite) throw new Error('copyInto: call inside a transaction');
  if (client instanceof pg.Client) {
    const stream = client.query(copyFrom(`copy ${target} from stdin`));
    await pipeline(Readable.from(typeof body === 'string' || body instanceof Uint8Array ? [body] : body), stream);
    return;
  }
  const text = typeof body === 'string' || body instanceof Uint8Array ? [body] : [...body];
  await (client as PgliteQuerier).query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob(text as BlobPart[]) });
}

/** One COPY statement fed piece by piece, for a whole file (copyStream). */
export interface CopyStream {
  /** Sends COPY text; waits only while PostgreSQL is behind (backpressure). */
  write(text: string | Uint8Array): Promise<void>;
  /** Ends the COPY: its rows are committed when this resolves. */
  end(): Promise<void>;
  /** Cancels the COPY (none of its rows stay) and frees its connection. */
  abort(): Promise<void>;
}

/**
 * A COPY into `table (columns)` kept open across writes, on a connection of its own taken from the
 * pool `db` runs on: a national file is then one COPY per table, not one per batch of a few
 * thousand rows (each a transaction, a COPY start and end, and their round trips; together 3× the
 * time of one COPY of the same rows). Null when `db` is not a node-postgres pool (PGlite, which
 * has no stdin, or an open transaction): the caller then COPYs each write on its own.
 */
export async function copyStream(db: Db, table: string, columns: readonly string[]): Promise<CopyStream | null> {
  const pool = driverOf(db);
  if (!(pool instanceof pg.Pool)) return null;
  const client = await pool.connect();
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  let failure: Error | null = null;
  let released = false;
  // A COPY refused by PostgreSQL (a NOT NULL column left empty…) ends the stream with an error:
  // kept for the next write or the end, and the connection, in an unknown state, is not reused.
  stream.on('error', (error: Error) => {
    failure ??= error;
  });
  const release = (destroy: boolean) => {
    if (released) return;
    released = true;
    client.release(destroy || undefined);
  };
  const settled = (event: 'drain' | 'finish') =>
    new Promise<void>((resolve, reject) => {
      const done = () => {
        stream.off('error', failed);
        resolve();
      };
      const failed = (error: Error) => {
        stream.off(event, done);
        reject(error);
      };
      stream.once(event, done);
      stream.once('error', failed);
    });
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await settled('drain');
    },
    async end() {
      try {
        if (failure) throw failure;
        const finished = settled('finish');
        stream.end();
        await finished;
        release(false);
      } catch (error) {
        release(true);
        throw error;
      }
    },
    async abort() {
      if (!stream.destroyed) stream.destroy(new Error('import abandonné'));
      release(true);
    },
  };
}
