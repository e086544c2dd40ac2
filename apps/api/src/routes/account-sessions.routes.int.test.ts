import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, TEST_NOW, TEST_PASSWORD, type TestApp, testDatabases } from '../../test/harness.ts';
import { LAST_SEEN_REFRESH_MINUTES } from '../use-cases/auth/sessions.ts';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const NEW_PASSWORD = 'un-tout-nouveau-mot-de-passe';

describe.each(testDatabases())('active sessions and password change (%s)', (kind) => {
  let t: TestApp;
  let now = TEST_NOW;

  beforeAll(async () => {
    t = await createTestApp(kind, () => now);
  });
  afterAll(() => t?.close());

  async function signIn(
    email: string,
    options: { from?: string; userAgent?: string; closeOtherSessions?: boolean; password?: string } = {},
  ) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: options.from ?? '127.0.0.1',
      headers: options.userAgent ? { 'user-agent': options.userAgent } : {},
      payload: { email, password: options.password ?? TEST_PASSWORD, ...(options.closeOtherSessions ? { closeOtherSessions: true } : {}) },
    });
    expect(response.statusCode, response.body).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'maillon_session');
    return { cookie: `maillon_session=${cookie?.value}`, csrf: response.json().csrfToken as string };
  }
  const meStatus = async (session: Session) => (await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(session) })).statusCode;
  const list = async (session: Session) => (await t.app.inject({ method: 'GET', url: '/api/auth/sessions', ...as(session) })).json().items;
  const changePassword = (session: Session, payload: Record<string, unknown>, from = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/password', remoteAddress: from, ...as(session), payload });

  it('lists the user’s own sessions with device, address, opening and last activity, marking this one', async () => {
    await t.addUser('listed@test.fr', [{ role: 'admin' }]);
    await t.addUser('someone-else@test.fr', [{ role: 'admin' }]);
    const office = await signIn('listed@test.fr', { from: '192.0.2.1', userAgent: FIREFOX });
    now = new Date(now.getTime() + 60_000);
    const phone = await signIn('listed@test.fr', { from: '192.0.2.2', userAgent: SAFARI });
    await signIn('someone-else@test.fr');
    const items = await list(phone);
    expect(items).toEqual([
      {
        id: expect.any(String),
        device: 'Safari sur iPhone',
        sourceAddress: '192.0.2.2',
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        current: true,
      },
      {
        id: expect.any(String),
        device: 'Firefox sur Windows',
        sourceAddress: '192.0.2.1',
        createdAt: new Date(now.getTime() - 60_000).toISOString(),
        lastSeenAt: new Date(now.getTime() - 60_000).toISOString(),
        current: false,
      },
    ]);
    expect((await list(office)).map((s: { current: boolean }) => s.current)).toEqual([false, true]);
  });

  it('records activity at most every few minutes, not on every request', async () => {
    await t.addUser('active@test.fr', [{ role: 'admin' }]);
    const session = await signIn('active@test.fr');
    const openedAt = now;
    now = new Date(openedAt.getTime() + (LAST_SEEN_REFRESH_MINUTES - 1) * 60_000);
    expect((await list(session))[0].lastSeenAt).toBe(openedAt.toISOString());
    now = new Date(openedAt.getTime() + LAST_SEEN_REFRESH_MINUTES * 60_000);
    expect((await list(session))[0].lastSeenAt).toBe(now.toISOString());
  });

  it('closes one session: its next request is 401, the others go on', async () => {
    await t.addUser('closer@test.fr', [{ role: 'admin' }]);
    const first = await signIn('closer@test.fr');
    const second = await signIn('closer@test.fr');
    const other = (await list(first)).find((s: { current: boolean }) => !s.current);
    const closed = await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${other.id}`, ...as(first) });
    expect(closed.statusCode).toBe(204);
    expect(await meStatus(second)).toBe(401);
    expect(await meStatus(first)).toBe(200);
    expect(await list(first)).toHaveLength(1);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${other.id}`, ...as(first) });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toContain('Session introuvable');
  });

  it('never closes another user’s session, and refuses without the CSRF token', async () => {
    await t.addUser('victim-s@test.fr', [{ role: 'admin' }]);
    await t.addUser('intruder-s@test.fr', [{ role: 'admin' }]);
    const victim = await signIn('victim-s@test.fr');
    const intruder = await signIn('intruder-s@test.fr');
    const [victimSession] = await list(victim);
    const foreign = await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${victimSession.id}`, ...as(intruder) });
    expect(foreign.statusCode).toBe(404);
    const noCsrf = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${victimSession.id}`,
      headers: { cookie: victim.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    const malformed = await t.app.inject({ method: 'DELETE', url: '/api/auth/sessions/pas-un-id', ...as(victim) });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().error.field).toBe('id');
    expect(await meStatus(victim)).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/sessions' })).statusCode).toBe(401);
  });

  it('closing its own current session signs it out', async () => {
    await t.addUser('self-closer@test.fr', [{ role: 'admin' }]);
    const session = await signIn('self-closer@test.fr');
    const [current] = await list(session);
    const response = await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${current.id}`, ...as(session) });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'maillon_session')?.value).toBe('');
    expect(await meStatus(session)).toBe(401);
  });

  it('closes all the other sessions at once and says how many', async () => {
    await t.addUser('many@test.fr', [{ role: 'admin' }]);
    const sessions = [await signIn('many@test.fr'), await signIn('many@test.fr'), await signIn('many@test.fr')];
    const [keep, ...others] = sessions as [Session, ...Session[]];
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/sessions/revoke-others', ...as(keep) });
    expect(response.json()).toEqual({ closedSessions: 2 });
    for (const other of others) expect(await meStatus(other)).toBe(401);
    expect(await meStatus(keep)).toBe(200);
  });

  it('closes the other sessions at login when asked to, and only then', async () => {
    await t.addUser('relogin@test.fr', [{ role: 'admin' }]);
    const old = await signIn('relogin@test.fr');
    const kept = await signIn('relogin@test.fr');
    expect(await meStatus(old)).toBe(200);
    const fresh = await signIn('relogin@test.fr', { closeOtherSessions: true });
    expect(await meStatus(old)).toBe(401);
    expect(await meStatus(kept)).toBe(401);
    expect(await meStatus(fresh)).toBe(200);
  });

  it('changes the password with the current one, closing the other sessions by default', async () => {
    await t.addUser('changer@test.fr', [{ role: 'admin' }]);
    const here = await signIn('changer@test.fr');
    const elsewhere = await signIn('changer@test.fr');
    const response = await changePassword(here, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ closedSessions: 1 });
    expect(await meStatus(elsewhere)).toBe(401);
    expect(await meStatus(here)).toBe(200);
    const oldPassword = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'changer@test.fr', password: TEST_PASSWORD },
    });
    expect(oldPassword.statusCode).toBe(401);
    await signIn('changer@test.fr', { password: NEW_PASSWORD });
  });

  it('keeps the other sessions when « fermer mes autres sessions » is unchecked', async () => {
    await t.addUser('keeper@test.fr', [{ role: 'admin' }]);
    const here = await signIn('keeper@test.fr');
    const elsewhere = await signIn('keeper@test.fr');
    const response = await changePassword(here, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, closeOtherSessions: false });
    expect(response.json()).toEqual({ closedSessions: 0 });
    expect(await meStatus(elsewhere)).toBe(200);
  });

  it('refuses a wrong current password, a short or unchanged new one, naming the field, without logging out', async () => {
    await t.addUser('careful@test.fr', [{ role: 'admin' }]);
    const session = await signIn('careful@test.fr');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ currentPassword: 'pas-le-bon', newPassword: NEW_PASSWORD }, 'currentPassword', 'Mot de passe actuel incorrect.'],
      [{ currentPassword: TEST_PASSWORD, newPassword: 'court' }, 'newPassword', 'au moins 12 caractères'],
      [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, 'newPassword', 'différent'],
      [{ currentPassword: '', newPassword: NEW_PASSWORD }, 'currentPassword', 'requis'],
    ];
    for (const [payload, field, message] of cases) {
      const response = await changePassword(session, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(response.json().error).toMatchObject({ field });
      expect(response.json().error.message).toContain(message);
    }
    expect(await meStatus(session)).toBe(200);
    await signIn('careful@test.fr');
  });

  it('throttles guesses of the current password like logins', async () => {
    await t.addUser('stolen@test.fr', [{ role: 'admin' }]);
    const session = await signIn('stolen@test.fr', { from: '198.51.100.9' });
    for (let i = 0; i < 5; i++) {
      expect((await changePassword(session, { currentPassword: `essai-${i}`, newPassword: NEW_PASSWORD }, '198.51.100.9')).statusCode).toBe(
        422,
      );
    }
    const throttled = await changePassword(session, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, '198.51.100.9');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBe('30');
  });

  it('keeps the public password of demo accounts', async () => {
    const id = await t.addUser('demo-visitor@test.fr', [{ role: 'admin' }]);
    await t.ctx.database.db.update(schema.users).set({ isDemo: true }).where(eq(schema.users.id, id));
    const session = await signIn('demo-visitor@test.fr');
    const response = await changePassword(session, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toContain('démonstration');
    await signIn('demo-visitor@test.fr');
  });

  it('tells whether the account has a password', async () => {
    await t.addUser('with-password@test.fr', [{ role: 'admin' }]);
    const session = await signIn('with-password@test.fr');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(session) })).json().hasPassword).toBe(true);
  });
});
