import pg from 'pg';
import { type Database, openDatabase } from './client.ts';

/**
 * For this package's integration tests: a fresh migrated database of the kind, PGlite in memory
 * or a PostgreSQL database created on MAILLON_TEST_PG_URL for the caller and dropped by `drop`.
 */
export async function openFreshTestDatabase(
  kind: 'pglite' | 'postgresql',
  prefix: string,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, drop: () => database.close() };
  }
  const adminUrl = process.env.MAILLON_TEST_PG_URL as string;
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    drop: async () => {
      await database.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}
