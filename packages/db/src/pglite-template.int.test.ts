import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { pgliteTemplate } from './pglite-template.ts';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../migrations');
const made: string[] = [];
const temporary = () => {
  const dir = mkdtempSync(join(tmpdir(), 'maillon-template-test-'));
  made.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.MAILLON_PGLITE_TEMPLATE_DIR;
});

const tables = async (database: Awaited<ReturnType<typeof openDatabase>>) =>
  (
    (await database.db.execute(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1" as never,
    )) as unknown as {
      rows: { table_name: string }[];
    }
  ).rows.map((r) => r.table_name);

describe('PGlite template of the migrated schema', () => {
  it('is written by the first fresh cluster and gives the next one the same schema, holding no data', async () => {
    const templates = temporary();
    process.env.MAILLON_PGLITE_TEMPLATE_DIR = templates;
    const first = await openDatabase({ dataDir: join(temporary(), 'a') });
    const expected = await tables(first);
    await first.db.execute("insert into reference_meta (key, value, updated_at) values ('essai', '{}', now())" as never);
    await first.close();
    expect(readdirSync(templates).filter((f) => f.endsWith('.tar.gz'))).toHaveLength(1);

    const second = await openDatabase({ dataDir: join(temporary(), 'b') });
    try {
      expect(await tables(second)).toEqual(expected);
      const meta = (await second.db.execute("select count(*)::int as n from reference_meta where key = 'essai'" as never)) as unknown as {
        rows: { n: number }[];
      };
      expect(meta.rows[0]?.n).toBe(0);
    } finally {
      await second.close();
    }
  });

  it('is named after every migration file: a changed or added migration never loads an older template', async () => {
    const templates = temporary();
    const copy = join(temporary(), 'migrations');
    cpSync(MIGRATIONS, copy, { recursive: true });
    const before = pgliteTemplate(copy, templates);
    await before.write(new Blob(['archive']));
    expect(await before.read()?.text()).toBe('archive');
    writeFileSync(join(copy, '9999_essai.sql'), 'select 1;');
    expect(pgliteTemplate(copy, templates).read()).toBeUndefined();
  });

  it('drops a damaged template and starts an in-memory cluster with the migrations instead', async () => {
    const templates = temporary();
    process.env.MAILLON_PGLITE_TEMPLATE_DIR = templates;
    await pgliteTemplate(MIGRATIONS, templates).write(new Blob(['pas une archive']));
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      expect(await tables(database)).toContain('reference_meta');
      // The damaged one was replaced by a good archive of this start.
      expect(await pgliteTemplate(MIGRATIONS, templates).read()?.text()).not.toBe('pas une archive');
    } finally {
      await database.close();
    }
  });

  it('ignores a folder others may write to: an archive planted there is never loaded', async () => {
    const templates = temporary();
    const template = pgliteTemplate(MIGRATIONS, templates);
    await template.write(new Blob(['archive']));
    expect(await template.read()?.text()).toBe('archive');
    chmodSync(templates, 0o777);
    expect(template.read()).toBeUndefined();
  });
});
