import { schema } from '@maillon/db';
import { LOGIN_THROTTLE_POLICY } from '@maillon/domain';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_NOW, TEST_PASSWORD, type TestApp, testDatabases } from '../../test/harness.ts';
import { login } from '../composition/on-database.ts';

const FREE = LOGIN_THROTTLE_POLICY.pair.freeFailures;
/** Addresses that, each using its free tries, bring an account to its soft limit. */
const ATTACKERS_TO_SOFT_LIMIT = Math.ceil(LOGIN_THROTTLE_POLICY.account.softLimit / FREE);

describe.each(testDatabases())('login throttle (%s)', (kind) => {
  let t: TestApp;
  let proxied: TestApp;
  let now = TEST_NOW;
  const wait = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };

  beforeAll(async () => {
    t = await createTestApp(kind, () => now);
    proxied = await createTestApp(kind, () => now, { config: { trustedProxies: ['10.0.0.1'] } });
  });
  afterAll(async () => {
    await t?.close();
    await proxied?.close();
  });

  const attempt = (options: { email: string; password?: string; from?: string; forwardedFor?: string; on?: TestApp }) =>
    (options.on ?? t).app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: options.from ?? '127.0.0.1',
      headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {},
      payload: { email: options.email, password: options.password ?? 'mauvais-mot-de-passe' },
    });

  async function fail(times: number, options: Parameters<typeof attempt>[0]) {
    for (let i = 0; i < times; i++) expect((await attempt(options)).statusCode).toBe(401);
  }

  it('lets at most the free tries of 200 parallel wrong passwords check the password, the rest wait with Retry-After', async () => {
    await t.addUser('parallel@test.fr', [{ role: 'admin' }]);
    const responses = await Promise.all(Array.from({ length: 200 }, () => attempt({ email: 'parallel@test.fr', from: '198.51.100.1' })));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(FREE);
    const refused = responses.filter((r) => r.statusCode === 429);
    expect(refused).toHaveLength(200 - FREE);
    for (const r of refused) {
      expect(r.headers['retry-after']).toBe('30');
      expect(r.json().error).toEqual({
        code: 'RATE_LIMITED',
        message: 'Trop de tentatives de connexion. Réessayez dans 30\u00a0secondes.',
      });
    }
    const checked = await t.ctx.database.db
      .select({ n: count() })
      .from(schema.loginAttempts)
      .where(eq(schema.loginAttempts.email, 'parallel@test.fr'));
    expect(checked[0]?.n).toBe(FREE);
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    await t.addUser('rotated@test.fr', [{ role: 'admin' }]);
    for (let i = 0; i < FREE; i++) {
      expect((await attempt({ email: 'rotated@test.fr', from: '203.0.113.9', forwardedFor: `192.0.2.${i + 1}` })).statusCode).toBe(401);
    }
    const rotated = await attempt({ email: 'rotated@test.fr', password: TEST_PASSWORD, from: '203.0.113.9', forwardedFor: '192.0.2.99' });
    expect(rotated.statusCode).toBe(429);
  });

  it('counts the forwarded client when the request comes from a trusted proxy', async () => {
    await proxied.addUser('proxied@test.fr', [{ role: 'admin' }]);
    await fail(FREE, { on: proxied, email: 'proxied@test.fr', from: '10.0.0.1', forwardedFor: '192.0.2.10' });
    expect((await attempt({ on: proxied, email: 'proxied@test.fr', from: '10.0.0.1', forwardedFor: '192.0.2.10' })).statusCode).toBe(429);
    const owner = await attempt({
      on: proxied,
      email: 'proxied@test.fr',
      password: TEST_PASSWORD,
      from: '10.0.0.1',
      forwardedFor: '192.0.2.20',
    });
    expect(owner.statusCode).toBe(200);
    const cookie = `maillon_session=${owner.cookies.find((c) => c.name === 'maillon_session')?.value}`;
    const sessions = await proxied.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: { cookie } });
    expect(sessions.json().items).toMatchObject([{ sourceAddress: '192.0.2.20', current: true }]);
    // A forged hop in front of the real client is not believed: the proxy appends the peer it saw.
    const forged = await attempt({ on: proxied, email: 'proxied@test.fr', from: '10.0.0.1', forwardedFor: '192.0.2.20, 192.0.2.10' });
    expect(forged.statusCode).toBe(429);
  });

  it('does not let an attacker on other addresses stop the owner from signing in from theirs', async () => {
    await t.addUser('owner@test.fr', [{ role: 'admin' }]);
    const attackers = Array.from({ length: ATTACKERS_TO_SOFT_LIMIT }, (_, i) => `198.51.100.${50 + i}`);
    for (const from of attackers) await fail(FREE, { email: 'owner@test.fr', from });
    for (const from of attackers) expect((await attempt({ email: 'owner@test.fr', from })).statusCode).toBe(429);
    // Past the soft limit, a new attacking address gets one try, then waits.
    await fail(1, { email: 'owner@test.fr', from: '198.51.100.70' });
    expect((await attempt({ email: 'owner@test.fr', from: '198.51.100.70' })).statusCode).toBe(429);
    const owner = await attempt({ email: 'owner@test.fr', password: TEST_PASSWORD, from: '192.0.2.200' });
    expect(owner.statusCode).toBe(200);
  });

  it('past the account’s soft limit only slows the owner down: one free try, then a wait they can sit out', async () => {
    await t.addUser('attacked@test.fr', [{ role: 'admin' }]);
    const attackers = Array.from({ length: ATTACKERS_TO_SOFT_LIMIT }, (_, i) => `198.51.100.${80 + i}`);
    for (const from of attackers) await fail(FREE, { email: 'attacked@test.fr', from });
    await fail(1, { email: 'attacked@test.fr', from: '192.0.2.201' });
    const slowed = await attempt({ email: 'attacked@test.fr', password: TEST_PASSWORD, from: '192.0.2.201' });
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('30');
    wait(30);
    expect((await attempt({ email: 'attacked@test.fr', password: TEST_PASSWORD, from: '192.0.2.201' })).statusCode).toBe(200);
  });

  it('slows the owner’s own repeated failures with growing Retry-After values, and a success starts again from zero', async () => {
    await t.addUser('clumsy@test.fr', [{ role: 'admin' }]);
    const from = '192.0.2.202';
    await fail(FREE, { email: 'clumsy@test.fr', from });
    const waits: string[] = [];
    for (let i = 0; i < 4; i++) {
      const refused = await attempt({ email: 'clumsy@test.fr', from });
      expect(refused.statusCode).toBe(429);
      const retryAfter = String(refused.headers['retry-after']);
      waits.push(retryAfter);
      wait(Number(retryAfter));
      expect((await attempt({ email: 'clumsy@test.fr', from })).statusCode).toBe(401);
    }
    expect(waits).toEqual(['30', '60', '120', '240']);
    const message = (await attempt({ email: 'clumsy@test.fr', from })).json().error.message;
    expect(message).toBe('Trop de tentatives de connexion. Réessayez dans 8\u00a0minutes.');
    wait(480);
    expect((await attempt({ email: 'clumsy@test.fr', password: TEST_PASSWORD, from })).statusCode).toBe(200);
    await fail(FREE, { email: 'clumsy@test.fr', from });
  });

  it('throttles one address trying many accounts (credential stuffing), not the others', async () => {
    const from = '198.51.100.200';
    const { freeFailures } = LOGIN_THROTTLE_POLICY.source;
    for (let i = 0; i < freeFailures; i++) expect((await attempt({ email: `stuffed-${i}@test.fr`, from })).statusCode).toBe(401);
    const stuffed = await attempt({ email: 'stuffed-next@test.fr', from });
    expect(stuffed.statusCode).toBe(429);
    expect(stuffed.headers['retry-after']).toBe('60');
    expect((await attempt({ email: 'stuffed-next@test.fr', from: '198.51.100.201' })).statusCode).toBe(401);
  });

  it('counts IPv6 clients per /64, so that rotating the interface id gives no fresh tries', async () => {
    await t.addUser('ipv6@test.fr', [{ role: 'admin' }]);
    for (let i = 0; i < FREE; i++) expect((await attempt({ email: 'ipv6@test.fr', from: `2001:db8:1:2::${i + 1}` })).statusCode).toBe(401);
    expect((await attempt({ email: 'ipv6@test.fr', from: '2001:db8:1:2:ffff::9' })).statusCode).toBe(429);
    expect((await attempt({ email: 'ipv6@test.fr', password: TEST_PASSWORD, from: '2001:db8:1:3::1' })).statusCode).toBe(200);
  });

  it('logs each outcome with the user id and the address, never the e-mail or the password', async () => {
    const userId = await t.addUser('logged@test.fr', [{ role: 'admin' }]);
    const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
    const log = {
      info: (fields: object, message: string) => lines.push({ level: 'info', fields: fields as Record<string, unknown>, message }),
      warn: (fields: object, message: string) => lines.push({ level: 'warn', fields: fields as Record<string, unknown>, message }),
    };
    const run = (password: string, closeOtherSessions = false) =>
      login({
        db: t.ctx.database.db,
        credentials: { email: 'logged@test.fr', password, closeOtherSessions },
        client: { address: '192.0.2.77', userAgent: 'curl/8.5.0' },
        now,
        settings: { ttlHours: 12, throttle: LOGIN_THROTTLE_POLICY },
        log,
      });
    await run(TEST_PASSWORD);
    await run(TEST_PASSWORD, true);
    for (let i = 0; i < FREE; i++) await expect(run('faux-mot-de-passe')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await run('faux-mot-de-passe')).toMatchObject({ kind: 'throttled', retryAfterSeconds: 30 });
    expect(lines.map((l) => `${l.level} ${l.fields.event}`)).toEqual([
      'info login.succeeded',
      'info login.succeeded',
      'info session.revoked',
      ...Array.from({ length: FREE }, () => 'warn login.failed'),
      'warn login.throttled',
    ]);
    for (const line of lines) expect(line.fields).toMatchObject({ userId, source: '192.0.2.77' });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('logged@test.fr');
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('faux-mot-de-passe');
  });

  it('keeps no counter that holds nothing, and forgets counters a day after their last failure', async () => {
    const keysOf = async (needle: string) =>
      (await t.ctx.database.db.select().from(schema.loginThrottles)).map((row) => row.key).filter((key) => key.includes(needle));
    await t.addUser('tidy@test.fr', [{ role: 'admin' }]);
    expect((await attempt({ email: 'tidy@test.fr', password: TEST_PASSWORD, from: '192.0.2.150' })).statusCode).toBe(200);
    expect(await keysOf('192.0.2.150')).toEqual([]);
    await fail(FREE, { email: 'tidy@test.fr', from: '192.0.2.151' });
    expect((await attempt({ email: 'tidy@test.fr', from: '192.0.2.151' })).statusCode).toBe(429);
    expect((await keysOf('192.0.2.151')).sort()).toEqual(['pair:192.0.2.151 tidy@test.fr', 'source:192.0.2.151']);
    wait(24 * 3600 + 1);
    expect((await attempt({ email: 'tidy@test.fr', password: TEST_PASSWORD, from: '192.0.2.152' })).statusCode).toBe(200);
    expect(await keysOf('tidy@test.fr')).toEqual([]);
  });

  it('keeps a login_attempts row for every password check', async () => {
    await t.addUser('recorded@test.fr', [{ role: 'admin' }]);
    await fail(2, { email: 'recorded@test.fr', from: '192.0.2.90' });
    const session = await t.login('recorded@test.fr');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(session) })).statusCode).toBe(200);
    const rows = await t.ctx.database.db.select().from(schema.loginAttempts).where(eq(schema.loginAttempts.email, 'recorded@test.fr'));
    expect(rows.map((r) => [r.ip, r.succeeded]).sort()).toEqual([
      ['127.0.0.1', true],
      ['192.0.2.90', false],
      ['192.0.2.90', false],
    ]);
  });
});
