import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

const FIXTURE = join(import.meta.dirname, '../apps/api/test/fixtures/directory/PS_LibreAcces_Personne_activite_fixture.txt');

/** Issue #3: importing an RPPS fixture through the UI, with its report of rejected lines. */
describe('directory import through the web UI', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, server.url, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    await page.waitForURL(/\/observatoire/);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports the RPPS fixture and shows accepted and rejected lines', async () => {
    await page.goto(`${server.url}/annuaire/imports`);
    await page.locator('input[type="file"]').setInputFiles(FIXTURE);
    await page.getByTestId('import-submit').click();
    await expect.poll(async () => page.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('Terminé');
    expect(await page.getByTestId('import-accepted').textContent()).toBe('6');
    expect(await page.getByTestId('import-rejected-count').textContent()).toBe('3');
    expect(await page.getByTestId('import-rejected').textContent()).toContain('identification nationale PP invalide');
    const api = await (await page.request.get(`${server.url}/api/directory/imports`)).json();
    expect(api.items[0]).toMatchObject({ kind: 'rpps', status: 'succeeded', accepted: 6, rejectedCount: 3 });
  });

  it('has no serious accessibility violation on the import page', async () => {
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });
});
