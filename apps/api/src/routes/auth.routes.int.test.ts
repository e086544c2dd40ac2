import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_PASSWORD, type TestApp, testDatabases } from '../../test/harness.ts';

describe.each(testDatabases())('authentication (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.addUser('ars@test.fr', [{ role: 'ars', regionCode: '93' }]);
    await t.addUser('victim@test.fr', [{ role: 'admin' }]);
  });
  afterAll(() => t.close());

  it('reports the database in use', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toMatchObject({ status: 'ok', database: kind });
  });

  it('opens a session with an HttpOnly SameSite cookie and returns a CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ARS@test.fr', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'maillon_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toMatchObject({ user: { email: 'ars@test.fr' }, grants: [{ role: 'ars', regionCode: '93' }] });
    expect(response.json().csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('refuses a wrong password with a French message naming the field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ars@test.fr', password: 'nope' } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({ code: 'UNAUTHENTICATED', field: 'password' });
    expect(response.json().error.message).toContain('incorrect');
  });

  it('refuses a malformed e-mail with 422 naming the field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'pas-un-email', password: 'x' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: 'INVALID', field: 'email' });
  });

  it('refuses invalid JSON with a clear 400, not a 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('JSON');
  });

  it('makes the address wait after five failures on an account, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'victim@test.fr', password: `bad-${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'victim@test.fr', password: TEST_PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('RATE_LIMITED');
    expect(blocked.headers['retry-after']).toBe('30');
  });

  it('refuses a login posted from another origin', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email: 'ars@test.fr', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
  });

  it('refuses a login with an opaque or unparsable Origin with 403 in the error shape, never a 500', async () => {
    for (const origin of ['null', 'pas une origine', 'http://', '://x']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin },
        payload: { email: 'ars@test.fr', password: TEST_PASSWORD },
      });
      expect(response.statusCode, origin).toBe(403);
      expect(response.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Origine de la requête refusée.' } });
      expect(response.cookies.find((c) => c.name === 'maillon_session')).toBeUndefined();
    }
  });

  it('accepts a login whose Origin is this host', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://maillon.exemple.fr', host: 'maillon.exemple.fr' },
      payload: { email: 'ars@test.fr', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const session = await t.login('ars@test.fr');
    const payload = { name: 'CPTS sans jeton', regionCode: '93' };
    const without = await t.app.inject({ method: 'POST', url: '/api/cpts', headers: { cookie: session.cookie }, payload });
    expect(without.statusCode).toBe(403);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/cpts',
      headers: { cookie: session.cookie, 'x-csrf-token': 'faux' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const list = await t.app.inject({ method: 'GET', url: '/api/cpts?region=93', ...as(session) });
    expect(list.json().items).toHaveLength(0);
  });

  it('ends the session at logout', async () => {
    const session = await t.login('ars@test.fr');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(session) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', ...as(session) })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(session) })).statusCode).toBe(401);
  });

  it('serves the OpenAPI description of every route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    const paths = Object.keys(response.json().paths);
    for (const path of [
      '/api/auth/login',
      '/api/coverage',
      '/api/cpts',
      '/api/cpts/{id}',
      '/api/cpts/{id}/territory',
      '/api/cpts/{id}/transitions',
      '/api/plans',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });
});
