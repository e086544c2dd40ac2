import { createIdentityRepository, readCacheKeys, readSessionWithCacheKeys } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { tokenHash } from '../use-cases/auth/sessions.ts';

/** A signed-in GET reads its session and the cache keys in one query: the same answers as the two queries apart (issue #11 item 3). */
describe.each(testDatabases())('session and cache keys in one query (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const hashOf = (session: { cookie: string }) => tokenHash(session.cookie.replace('maillon_session=', ''));

  it('answers as findSessionWithUser and readCacheKeys, for a user with several grants and one with none', async () => {
    await t.addUser('deux.roles@test.fr', [
      { role: 'ars', regionCode: '93' },
      { role: 'cpam', regionCode: '93', departementCode: '04' },
    ]);
    await t.addUser('sans.role@test.fr', []);
    const db = t.ctx.database.db;
    for (const email of ['deux.roles@test.fr', 'sans.role@test.fr']) {
      const hash = hashOf(await t.login(email));
      const both = await readSessionWithCacheKeys(db, hash, TEST_NOW);
      expect(both.session).toEqual(await createIdentityRepository(db).findSessionWithUser(hash, TEST_NOW));
      expect(both.keys).toEqual(await readCacheKeys(db));
    }
    const grants = (await readSessionWithCacheKeys(db, hashOf(await t.login('deux.roles@test.fr')), TEST_NOW)).session?.grants;
    expect(grants).toHaveLength(2);
  });

  it('reads no keys for an unknown or expired session', async () => {
    const db = t.ctx.database.db;
    expect(await readSessionWithCacheKeys(db, tokenHash('inconnu'), TEST_NOW)).toEqual({ session: null, keys: null });
    const hash = hashOf(await t.login('sans.role@test.fr'));
    const muchLater = new Date(TEST_NOW.getTime() + 30 * 86_400_000);
    expect(await readSessionWithCacheKeys(db, hash, muchLater)).toEqual({ session: null, keys: null });
  });
});
