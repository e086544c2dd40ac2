import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, TEST_PASSWORD, type TestApp, testDatabases } from '../../test/harness.ts';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** A built web app as Vite lays it out: the HTML shell, hashed assets, a source map left behind. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillon-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="fr"><script type="module" src="/assets/index-Bx7d2f.js"></script></html>',
  );
  writeFileSync(join(dir, 'assets/index-Bx7d2f.js'), `export const maillon = ${JSON.stringify('x'.repeat(5000))};\n`);
  writeFileSync(join(dir, 'assets/index-Bx7d2f.css'), `body { color: #123456; }\n`.repeat(200));
  writeFileSync(join(dir, 'assets/index-Bx7d2f.js.map'), '{"version":3,"sources":["../src/main.tsx"]}');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe.each(testDatabases())('security headers, caching and compression (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  const webDist = fakeWebDist();
  beforeAll(async () => {
    // Behind a TLS-terminating reverse proxy on this host: it tells the protocol (X-Forwarded-Proto).
    t = await createTestApp(kind, undefined, { config: { webDist, trustedProxies: ['loopback'] } });
    await t.addUser('admin@test.fr', [{ role: 'admin' }]);
    admin = await t.login('admin@test.fr');
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...as(admin).headers, ...headers } });

  it('sends the strict CSP, anti-framing, nosniff and referrer headers on API answers, errors included', async () => {
    for (const response of [
      await get('/api/auth/me'),
      await get('/api/nulle-part'),
      await get('/api/cpts/pas-un-uuid'),
      await t.app.inject('/api/auth/me'),
    ]) {
      expect(response.headers['content-security-policy']?.toString().split(';')).toEqual(CSP);
      expect(response.headers).toMatchObject({
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'cache-control': 'no-store',
      });
    }
  });

  it('forbids storing any API answer, downloads included', async () => {
    const cpts = await t.addCpts({ name: 'CPTS entêtes', regionCode: '93', stage: 'contact', units: ['04070'] });
    for (const url of ['/api/health', '/api/geo/regions', `/api/cpts/${cpts}`, `/api/cpts/${cpts}/diagnostic.xlsx`, '/api/docs/json']) {
      expect((await get(url)).headers['cache-control'], url).toBe('no-store');
    }
    // The one exception on purpose: public reference contours, private to the browser for 5 minutes.
    expect((await get('/api/geo/shapes?region=93')).headers['cache-control']).toBe('private, max-age=300');
  });

  it('sends HSTS only when the request came over HTTPS', async () => {
    expect((await get('/api/health')).headers['strict-transport-security']).toBeUndefined();
    expect((await get('/api/health', { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    // A client that is not a trusted proxy cannot claim HTTPS.
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      remoteAddress: '203.0.113.5',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });

  it('caches hashed assets for a year, revalidates the HTML shell, and never serves a source map', async () => {
    const asset = await get('/assets/index-Bx7d2f.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/cpts/3f1c/territoire', '/favicon.svg']) {
      const response = await get(url);
      expect([url, response.statusCode, response.headers['cache-control']]).toEqual([url, 200, 'no-cache']);
      expect(response.headers['content-security-policy']).toBeDefined();
    }
    const map = await get('/assets/index-Bx7d2f.js.map');
    expect(map.statusCode).toBe(404);
    expect(map.json().error.code).toBe('NOT_FOUND');
    expect(map.body).not.toContain('sources');
  });

  it('compresses JavaScript, CSS and JSON with brotli or gzip', async () => {
    const js = await get('/assets/index-Bx7d2f.js', { 'accept-encoding': 'br' });
    expect(js.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(js.rawPayload).toString()).toContain('export const maillon');
    const css = await get('/assets/index-Bx7d2f.css', { 'accept-encoding': 'gzip' });
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(css.rawPayload).toString()).toContain('#123456');
    const json = await get('/api/coverage?region=93', { 'accept-encoding': 'gzip, deflate, br' });
    expect(json.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(json.rawPayload).toString()).scope.code).toBe('93');
    expect((await get('/api/coverage?region=93')).headers['content-encoding']).toBeUndefined();
  });

  it('sets the session cookie Secure unless the request is plain HTTP to localhost', async () => {
    const login = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@test.fr', password: TEST_PASSWORD }, headers });
    const secure = async (headers: Record<string, string>) => {
      const response = await login(headers);
      expect(response.statusCode, response.body).toBe(200);
      return Boolean(response.cookies.find((c) => c.name === 'maillon_session')?.secure);
    };
    expect(await secure({ host: 'localhost:3000' })).toBe(false);
    expect(await secure({ host: '127.0.0.1:3000' })).toBe(false);
    expect(await secure({ host: '[::1]:3000' })).toBe(false);
    expect(await secure({ host: 'maillon.exemple.fr' })).toBe(true);
    expect(await secure({ host: '192.168.1.20:3000' })).toBe(true);
    expect(await secure({ host: 'localhost:3000', 'x-forwarded-proto': 'https' })).toBe(true);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...as(admin).headers, host: 'maillon.exemple.fr' },
    });
    expect(logout.cookies.find((c) => c.name === 'maillon_session')?.secure).toBe(true);
  });
});
