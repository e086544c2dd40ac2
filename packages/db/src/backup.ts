import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { type Database, type Db, openDatabase } from './client.ts';
import { lockDataDir } from './data-dir-lock.ts';

/** Row count and content checksum of one table: equal fingerprints mean equal contents. */
export interface TableFingerprint {
  table: string;
  rows: number;
  md5: string;
}

/** The rows of a raw query, whichever driver answered (node-postgres and PGlite both return `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * Every table of the application schemas (Maillon's and Drizzle's migration journal), each
 * with its row count and the MD5 of its rows in a canonical order. Used to prove that a
 * backup restores exactly what was saved.
 */
export async function tableFingerprints(db: Db, onTable?: (done: number, total: number) => void): Promise<TableFingerprint[]> {
  const tables = rowsOf<{ schema: string; name: string }>(
    await db.execute(sql`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle') order by 1, 2`),
  );
  const result: TableFingerprint[] = [];
  for (const [i, t] of tables.entries()) {
    const name = sql.raw(`"${t.schema}"."${t.name}"`);
    const [row] = rowsOf<{ rows: string | number; md5: string | null }>(
      await db.execute(sql`select count(*) as rows, md5(coalesce(string_agg(r::text, E'\\n' order by r::text), '')) as md5 from ${name} r`),
    );
    result.push({ table: `${t.schema}.${t.name}`, rows: Number(row?.rows ?? 0), md5: row?.md5 ?? '' });
    onTable?.(i + 1, tables.length);
  }
  return result;
}

/**
 * Writes a consistent copy of an embedded database (its whole PGlite data directory, gzip
 * tar) to `file`, through a temporary file renamed at the end so that a failed backup never
 * leaves a truncated file under the final name.
 */
export async function backupEmbedded(database: Database, file: string): Promise<{ bytes: number }> {
  if (!database.dumpDataDir)
    throw new Error('Sauvegarde intégrée réservée à la base embarquée (PGlite) : pour PostgreSQL, utilisez pg_dump.');
  const archive = await database.dumpDataDir('gzip');
  const temporary = `${file}.partiel`;
  writeFileSync(temporary, Buffer.from(await archive.arrayBuffer()));
  renameSync(temporary, file);
  return { bytes: statSync(file).size };
}

/** Opens a backup file in memory (to verify it without touching any data directory). */
export async function openBackupInMemory(file: string): Promise<Database> {
  return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(file)]) });
}

/**
 * Restores a backup into `dataDir`. What was there is never deleted: an existing directory is
 * moved aside to `<dataDir>.avant-restauration-<date>` first, and its path returned.
 */
export async function restoreEmbedded(file: string, dataDir: string, now: Date): Promise<{ database: Database; previous: string | null }> {
  const archive = new Blob([readFileSync(file)]);
  // Refuse before moving anything if a server (or another command) has the directory open;
  // the database opened below takes this lock over.
  const guard = lockDataDir(dataDir);
  let previous: string | null = null;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    previous = `${dataDir.replace(/\/+$/, '')}.avant-restauration-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, previous);
  } else if (existsSync(dataDir)) {
    rmSync(dataDir, { recursive: true });
  }
  try {
    return { database: await openDatabase({ dataDir, loadDataDir: archive }), previous };
  } catch (error) {
    // Put things back as they were: the restored directory is incomplete.
    rmSync(dataDir, { recursive: true, force: true });
    if (previous) renameSync(previous, dataDir);
    guard.release();
    throw error;
  }
}
