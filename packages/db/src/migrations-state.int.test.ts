import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { openFreshTestDatabase } from './fresh-test-database.ts';
import { atLatestMigration } from './migrations-state.ts';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../migrations');
const kinds = process.env.MAILLON_TEST_PG_URL ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the migrations whose journal announces one more migration, later than every other. */
function migrationsWithOneMore(): string {
  const folder = mkdtempSync(join(tmpdir(), 'maillon-migrations-'));
  folders.push(folder);
  cpSync(MIGRATIONS, folder, { recursive: true });
  const path = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(path, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
  const last = journal.entries.at(-1) as { idx: number; when: number; tag: string };
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_later' });
  writeFileSync(path, JSON.stringify(journal));
  return folder;
}

describe('whether a database is at the latest migration', () => {
  it('is not for a cluster that has never been migrated (no journal table)', async () => {
    const client = new PGlite('memory://');
    try {
      expect(await atLatestMigration(drizzle(client), MIGRATIONS)).toBe(false);
    } finally {
      await client.close();
    }
  });

  describe.each(kinds)('%s', (kind) => {
    it('is once migrated, and no longer when the journal announces a later migration or the newest record is missing', async () => {
      const { database, drop } = await openFreshTestDatabase(kind, 'maillon_migrations');
      try {
        expect(await atLatestMigration(database.db, MIGRATIONS)).toBe(true);
        expect(await atLatestMigration(database.db, migrationsWithOneMore())).toBe(false);
        await database.db.execute(
          'delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)' as never,
        );
        expect(await atLatestMigration(database.db, MIGRATIONS)).toBe(false);
      } finally {
        await drop();
      }
    });
  });
});
