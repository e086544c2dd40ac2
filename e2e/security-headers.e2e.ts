/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/**
 * The built web app under its own Content-Security-Policy (issue #6, item 5): every page loads and
 * works in Chromium without one violation, the API documentation included; hashed assets are
 * cached for a year, the HTML shell is revalidated, no source map is served.
 */
describe('the web app under a strict Content-Security-Policy', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Installed through the DevTools protocol, so the policy does not stop the listener itself.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const w = window as unknown as { cspViolations?: string[] };
        w.cspViolations = [
          ...(w.cspViolations ?? []),
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ];
      });
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pageViolations = () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

  async function visit(path: string) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    violations.push(...(await pageViolations()));
  }

  it('serves the shell with the policy and signs in without any violation', async () => {
    const shell = await page.goto(`${server.url}/connexion`);
    const headers = shell?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['cache-control']).toBe('no-cache');
    await login(page, server.url, DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    await page.waitForURL(/\/observatoire\/93/);
    await page.getByTestId('kpi-population').waitFor();
    violations.push(...(await pageViolations()));
    expect(violations).toEqual([]);
  });

  it('renders the steering pages, the map and the reference pages without any violation', async () => {
    for (const path of ['/observatoire/93', '/pipeline/93', '/plans/93', '/referentiel']) await visit(path);
    expect(violations).toEqual([]);
  });

  it('renders a coordination team’s pages without any violation', async () => {
    await page.context().clearCookies();
    await login(page, server.url, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await page.waitForURL(/\/cpts\/[0-9a-f-]{36}/);
    const cptsPath = new URL(page.url()).pathname;
    for (const path of [cptsPath, `${cptsPath}/adherents`, `${cptsPath}/diagnostic`, `${cptsPath}/assemblees`]) await visit(path);
    expect(violations).toEqual([]);
  });

  it('shows the API documentation under the same policy', async () => {
    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui .information-container').waitFor();
    violations.push(...(await pageViolations()));
    expect(violations).toEqual([]);
  });

  it('caches hashed assets for a year, compressed, and serves no source map', async () => {
    const html = await (await page.request.get(`${server.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] as string;
    expect(script).toBeDefined();
    const asset = await page.request.get(`${server.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
    expect((await page.request.get(`${server.url}${script}.map`)).status()).toBe(404);
  });
});
