import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testDatabases } from '../harness.ts';
import { watchWrites } from './write-watch.ts';

/** The fuzz test's "writes nothing" check must see every kind of write (fuzz.int.test.ts). */
describe.each(testDatabases())('watching writes for the fuzz test (%s)', (kind) => {
  let t: TestApp;
  let writes: Awaited<ReturnType<typeof watchWrites>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    writes = await watchWrites(t.ctx.database.db);
  });
  afterAll(() => t.close());

  it('sees a row rewritten with its own values, and forgets it once taken', async () => {
    await t.ctx.database.db.execute(sql`update units set name = name where code = (select min(code) from units)`);
    expect(await writes.take()).toEqual(['units']);
    expect(await writes.take()).toEqual([]);
  });

  it('sees inserts and deletes, and nothing of a rolled-back write or of the tables refused requests may change', async () => {
    await t.addUser('watch@example.org', []);
    expect(await writes.take()).toEqual(expect.arrayContaining(['users']));
    await t.ctx.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`update units set name = 'effacé' where code = (select min(code) from units)`);
        throw new Error('rollback');
      })
      .catch(() => {});
    await t.ctx.database.db.execute(sql`delete from sessions`);
    expect(await writes.take()).toEqual([]);
  });
});
