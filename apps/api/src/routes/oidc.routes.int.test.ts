import { createIdentityRepository, schema } from '@maillon/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_NOW, TEST_PASSWORD, type TestApp, testDatabases } from '../../test/harness.ts';
import { walkProvider } from '../../test/oidc-login-driver.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../../test/oidc-provider.ts';
import { addCategory, addDues, addMember } from '../../test/portal-fixtures.ts';
import { PACA_UNITS } from '../../test/world.ts';
import { buildApp } from '../app.ts';
import type { OidcConfig } from '../config.ts';
import type { App } from '../http/types.ts';

const REDIRECT_URI = 'http://maillon.localhost/api/auth/oidc/callback';
const DR_MARTIN = {
  login: 'martin',
  password: 'secret-psc',
  claims: { sub: 'psc-sub-martin', SubjectNameID: '810000000001', given_name: 'Claire', family_name: 'Martin' },
};
const DR_LEROY = {
  login: 'leroy',
  password: 'secret-psc',
  claims: { sub: 'psc-sub-leroy', SubjectNameID: '810000000002', given_name: 'Paul', family_name: 'Leroy', email: 'paul.leroy@exemple.fr' },
};
const NO_SUBJECT_NAME = {
  login: 'sans-id',
  password: 'secret-psc',
  claims: { sub: 'psc-sub-3', preferred_username: '810000000003', family_name: 'Durand' },
};
const NO_ID = { login: 'anonyme', password: 'secret-psc', claims: { sub: 'psc-sub-4', given_name: 'Sans', family_name: 'Identifiant' } };

describe.each(testDatabases())('Pro Santé Connect login (%s)', (kind) => {
  let t: TestApp;
  let provider: TestOidcProvider;
  let oidc: OidcConfig;
  let app: App;
  const extraApps: App[] = [];

  /** The same database and clock with another OIDC configuration (another "deployment"). */
  async function appWith(settings: OidcConfig | undefined, clock = t.ctx.clock): Promise<App> {
    const built = await buildApp({ ...t.ctx, clock, config: { ...t.ctx.config, oidc: settings } });
    extraApps.push(built);
    return built;
  }

  async function start(on: App = app) {
    const response = await on.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(response.statusCode, response.body).toBe(302);
    const cookie = response.cookies.find((c) => c.name === 'maillon_oidc');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
    return { location: String(response.headers.location), cookie: `maillon_oidc=${cookie?.value}` };
  }

  async function callback(url: URL, cookie: string | null, on: App = app) {
    return on.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: cookie ? { cookie } : {} });
  }

  const sessionCount = async () => (await t.ctx.database.db.select({ n: count() }).from(schema.sessions))[0]?.n ?? 0;

  async function expectRefused(response: Awaited<ReturnType<typeof callback>>, code: string, sessionsBefore: number) {
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(`/connexion?erreur=${code}`);
    expect(response.cookies.find((c) => c.name === 'maillon_session')).toBeUndefined();
    expect(await sessionCount()).toBe(sessionsBefore);
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    provider = await startTestOidcProvider({ redirectUris: [REDIRECT_URI], accounts: [DR_MARTIN, DR_LEROY, NO_SUBJECT_NAME, NO_ID] });
    oidc = {
      issuer: provider.issuer,
      discoveryUrl: undefined,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUri: REDIRECT_URI,
      scopes: 'openid scope_all',
      acrValues: undefined,
    };
    app = await appWith(oidc);
  });
  afterAll(async () => {
    for (const extra of extraApps) await extra.close();
    await provider?.close();
    await t?.close();
  });

  it('says whether Pro Santé Connect is offered, and answers 404 in French when it is not configured', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/options' })).json()).toEqual({ oidcEnabled: true });
    const without = await appWith(undefined);
    expect((await without.inject({ method: 'GET', url: '/api/auth/options' })).json()).toEqual({ oidcEnabled: false });
    for (const url of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
      const response = await without.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toContain('Pro Santé Connect n’est pas configurée');
    }
  });

  it('marks the transaction cookie Secure unless the request is plain HTTP to localhost', async () => {
    const local = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(local.cookies.find((c) => c.name === 'maillon_oidc')?.secure).toBeFalsy();
    const served = await app.inject({ method: 'GET', url: '/api/auth/oidc/start', headers: { host: 'maillon.exemple.fr' } });
    expect(served.cookies.find((c) => c.name === 'maillon_oidc')?.secure).toBe(true);
  });

  it('redirects to the provider with code flow, PKCE S256, state, nonce and the configured scopes', async () => {
    const { location } = await start();
    const url = new URL(location);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: REDIRECT_URI,
      scope: 'openid scope_all',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(location).not.toContain(provider.clientSecret);
  });

  it('signs a new professional in, creates their password-less account and shows their membership', async () => {
    const cptsId = await t.addCpts({ name: 'CPTS test portail', regionCode: '93', stage: 'operating', units: PACA_UNITS });
    const categoryId = await addCategory(t.ctx.database.db, { cptsId, name: 'Professionnels libéraux', voting: true });
    const memberId = await addMember(t.ctx.database.db, {
      cptsId,
      idNatPs: '810000000001',
      categoryId,
      status: 'active',
      joinedOn: '2025-02-01',
    });
    await addDues(t.ctx.database.db, { memberId, year: 2025, paidOn: '2025-02-01', receiptNumber: 'R-2025-001' });

    const { location, cookie } = await start();
    const back = await walkProvider(location, { login: 'martin', password: 'secret-psc' });
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    const response = await callback(back, cookie);
    expect(response.statusCode, response.body).toBe(302);
    expect(response.headers.location).toBe('/portail');
    const session = response.cookies.find((c) => c.name === 'maillon_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.cookies.find((c) => c.name === 'maillon_oidc')?.value).toBe('');

    const headers = { cookie: `maillon_session=${session?.value}` };
    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers })).json();
    expect(me).toMatchObject({ user: { displayName: 'Claire Martin', email: 'psc-810000000001@psc.invalid' }, grants: [] });
    expect(me.hasPassword).toBe(false);
    const sessions = (await app.inject({ method: 'GET', url: '/api/auth/sessions', headers })).json().items;
    expect(sessions).toMatchObject([{ sourceAddress: '127.0.0.1', current: true }]);
    const change = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { ...headers, 'x-csrf-token': me.csrfToken },
      payload: { currentPassword: 'quelque-chose', newPassword: 'un-nouveau-mot-de-passe' },
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.message).toContain('Pro Santé Connect');
    const portal = await app.inject({ method: 'GET', url: '/api/portal', headers });
    expect(portal.statusCode).toBe(200);
    expect(portal.json()).toMatchObject({
      user: { displayName: 'Claire Martin', idNatPs: '810000000001' },
      memberships: [
        {
          memberId,
          cpts: { id: cptsId, name: 'CPTS test portail' },
          status: 'active',
          category: { name: 'Professionnels libéraux', voting: true },
          joinedOn: '2025-02-01',
          dues: [
            { year: 2026, status: 'unpaid' },
            { year: 2025, status: 'paid', receiptNumber: 'R-2025-001' },
          ],
        },
      ],
    });
    const user = await createUserIdentity('psc-sub-martin');
    expect(user).toMatchObject({ passwordHash: null, idNatPs: '810000000001' });
  });

  async function createUserIdentity(subject: string) {
    const [identity] = await t.ctx.database.db.select().from(schema.userIdentities).where(eq(schema.userIdentities.subject, subject));
    expect(identity).toMatchObject({ provider: 'psc' });
    return createIdentityRepository(t.ctx.database.db).findUserById(identity?.userId ?? '');
  }

  it('signs the same professional into the same account the next time', async () => {
    const before = await createUserIdentity('psc-sub-martin');
    const { location, cookie } = await start();
    const response = await callback(await walkProvider(location, DR_MARTIN), cookie);
    expect(response.headers.location).toBe('/portail');
    const identities = await t.ctx.database.db
      .select()
      .from(schema.userIdentities)
      .where(eq(schema.userIdentities.subject, 'psc-sub-martin'));
    expect(identities).toHaveLength(1);
    expect(identities[0]?.userId).toBe(before?.id);
  });

  it('links a local account that holds the national id, keeping its roles and password', async () => {
    const cptsId = await t.addCpts({ name: 'CPTS coordonnée', regionCode: '93', stage: 'operating', units: ['04070'] });
    const localId = await t.addUser('leroy.local@test.fr', [{ role: 'coordinator', cptsId }]);
    await t.ctx.database.db.update(schema.users).set({ idNatPs: '810000000002' }).where(eq(schema.users.id, localId));
    const { location, cookie } = await start();
    const response = await callback(await walkProvider(location, DR_LEROY), cookie);
    expect(response.headers.location).toBe('/portail');
    const headers = { cookie: `maillon_session=${response.cookies.find((c) => c.name === 'maillon_session')?.value}` };
    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers })).json();
    expect(me).toMatchObject({ user: { id: localId, email: 'leroy.local@test.fr' }, grants: [{ role: 'coordinator', cptsId }] });
    // The local password still works, and the portal reads the same national id.
    const local = await t.login('leroy.local@test.fr', TEST_PASSWORD);
    expect((await app.inject({ method: 'GET', url: '/api/portal', ...as(local) })).json().user.idNatPs).toBe('810000000002');
  });

  it('falls back on preferred_username for the national id', async () => {
    const { location, cookie } = await start();
    const response = await callback(await walkProvider(location, NO_SUBJECT_NAME), cookie);
    expect(response.headers.location).toBe('/portail');
    expect(await createUserIdentity('psc-sub-3')).toMatchObject({ idNatPs: '810000000003', displayName: 'Durand' });
  });

  it('refuses an identity without national id, with no account and no session', async () => {
    const sessions = await sessionCount();
    const { location, cookie } = await start();
    await expectRefused(await callback(await walkProvider(location, NO_ID), cookie), 'missing_identity', sessions);
    expect(await t.ctx.database.db.select().from(schema.userIdentities).where(eq(schema.userIdentities.subject, 'psc-sub-4'))).toEqual([]);
  });

  it('refuses a login the user declined at the provider (access_denied)', async () => {
    const sessions = await sessionCount();
    const { location, cookie } = await start();
    const back = await walkProvider(location, 'deny');
    expect(back.searchParams.get('error')).toBe('access_denied');
    await expectRefused(await callback(back, cookie), 'access_denied', sessions);
  });

  it('refuses a tampered state, a missing or forged transaction cookie, and a replayed callback', async () => {
    const sessions = await sessionCount();
    const { location, cookie } = await start();
    const back = await walkProvider(location, DR_MARTIN);
    const tampered = new URL(back);
    tampered.searchParams.set('state', 'etat-falsifie-par-un-attaquant');
    await expectRefused(await callback(tampered, cookie), 'invalid_state', sessions);
    await expectRefused(await callback(back, null), 'invalid_state', sessions);
    const forged = `maillon_oidc=${Buffer.from(JSON.stringify({ state: back.searchParams.get('state'), nonce: 'n', codeVerifier: 'v', startedAt: TEST_NOW.getTime() })).toString('base64url')}.AAAA`;
    await expectRefused(await callback(back, forged), 'invalid_state', sessions);
    // The genuine answer still works once; the same code a second time is refused by the provider.
    expect((await callback(back, cookie)).headers.location).toBe('/portail');
    const again = await sessionCount();
    await expectRefused(await callback(back, cookie), 'token_rejected', again);
  });

  it('refuses a login that comes back after the transaction expired', async () => {
    const sessions = await sessionCount();
    const { location, cookie } = await start();
    const later = await appWith(oidc, () => new Date(TEST_NOW.getTime() + 11 * 60_000));
    await expectRefused(await callback(await walkProvider(location, DR_MARTIN), cookie, later), 'expired', sessions);
  });

  it('refuses the login when the provider rejects the client secret, without revealing it', async () => {
    const sessions = await sessionCount();
    const wrong = await appWith({ ...oidc, clientSecret: 'pas-le-bon-secret' });
    const { location, cookie } = await start(wrong);
    const response = await callback(await walkProvider(location, DR_MARTIN), cookie, wrong);
    await expectRefused(response, 'token_rejected', sessions);
    expect(response.body).not.toContain('pas-le-bon-secret');
  });

  it('sends the browser back with "unavailable" when the provider cannot be reached', async () => {
    const down = await appWith({ ...oidc, issuer: 'http://127.0.0.1:9' });
    const response = await down.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/connexion?erreur=unavailable');
  });

  it('never returns the client secret', async () => {
    for (const url of ['/api/auth/options', '/api/health', '/api/docs/json', '/api/auth/oidc/start']) {
      const response = await app.inject({ method: 'GET', url });
      expect(JSON.stringify(response.headers) + response.body).not.toContain(provider.clientSecret);
    }
  });
});
