import { createIdentityRepository, readCacheKeys, readSessionsWithCacheKeys, readSessionWithCacheKeys } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
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

  it('reads several sessions in one query: each token its own user and grants, unknown and expired ones none', async () => {
    const db = t.ctx.database.db;
    await t.addUser('lot.ars@test.fr', [{ role: 'ars', regionCode: '93' }]);
    await t.addUser('lot.vide@test.fr', []);
    const ars = hashOf(await t.login('lot.ars@test.fr'));
    const none = hashOf(await t.login('lot.vide@test.fr'));
    const read = await readSessionsWithCacheKeys(db, [ars, tokenHash('inconnu'), none]);
    const identity = createIdentityRepository(db);
    expect(read.sessionOf(ars, TEST_NOW)).toEqual(await identity.findSessionWithUser(ars, TEST_NOW));
    expect(read.sessionOf(none, TEST_NOW)).toEqual(await identity.findSessionWithUser(none, TEST_NOW));
    expect(read.sessionOf(ars, TEST_NOW)?.user.email).toBe('lot.ars@test.fr');
    expect(read.sessionOf(tokenHash('inconnu'), TEST_NOW)).toBeNull();
    expect(read.sessionOf(ars, new Date(TEST_NOW.getTime() + 30 * 86_400_000))).toBeNull();
    expect(read.keys).toEqual(await readCacheKeys(db));
    expect((await readSessionsWithCacheKeys(db, [tokenHash('inconnu')])).keys).toBeNull();
  });

  it('answers GETs sent together with the session of each, and refuses the one logged out just before', async () => {
    await t.addUser('ensemble.ars@test.fr', [{ role: 'ars', regionCode: '93' }]);
    await t.addUser('ensemble.autre@test.fr', [{ role: 'ars', regionCode: '11' }]);
    const paca = await t.login('ensemble.ars@test.fr');
    const idf = await t.login('ensemble.autre@test.fr');
    const gone = await t.login('ensemble.ars@test.fr');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', ...as(gone) })).statusCode).toBe(204);
    const get = (session: typeof paca) => t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(session) });
    const [a, b, c, d] = await Promise.all([get(paca), get(idf), get(gone), get(paca)]);
    expect(a?.json().user.email).toBe('ensemble.ars@test.fr');
    expect(b?.json().user.email).toBe('ensemble.autre@test.fr');
    expect(c?.statusCode).toBe(401);
    expect(d?.json().user.email).toBe('ensemble.ars@test.fr');
    const lists = await Promise.all([paca, idf].map((s) => t.app.inject({ method: 'GET', url: '/api/cpts?region=93', ...as(s) })));
    expect(lists.map((r) => r.statusCode)).toEqual([200, 403]);
  });
});
