import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

const FIXTURE = join(import.meta.dirname, '../apps/api/test/fixtures/directory/PS_LibreAcces_Personne_activite_fixture.txt');

/**
 * Issues #3 and #6: importing an RPPS fixture through the UI, with its preview (figures,
 * rejected lines, the warning about rows the national file would mark gone), applied only
 * after confirmation; a coordination team's upload is previewed for its territory and can be
 * abandoned.
 */
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

  const status = () => page.getByTestId('import-status').textContent();

  it('previews the RPPS fixture with its rejected lines and the rows it would mark gone, without applying it', async () => {
    await page.goto(`${server.url}/annuaire/imports`);
    await page.locator('input[type="file"]').setInputFiles(FIXTURE);
    await page.getByTestId('import-submit').click();
    await expect.poll(status, { timeout: 30_000 }).toBe('En attente de confirmation');
    expect(await page.getByTestId('import-accepted').textContent()).toBe('6');
    expect(await page.getByTestId('import-rejected-count').textContent()).toBe('3');
    expect(await page.getByTestId('import-rejected').textContent()).toContain('identification nationale PP invalide');
    expect(await page.getByTestId('import-scope').textContent()).toBe('Fichier national (toute la France)');
    // The demo directory is not in the fixture: applying it would mark the demo professionals gone.
    const gone = await page.getByTestId('preview-professionals').getByTestId('preview-gone').textContent();
    expect(Number(gone?.replace(/\s/g, ''))).toBeGreaterThan(1_000);
    expect(await page.getByTestId('import-gone-warning').textContent()).toContain('marqués comme disparus');
    const api = await (await page.request.get(`${server.url}/api/directory/imports`)).json();
    expect(api.items[0]).toMatchObject({ kind: 'rpps', status: 'previewed', accepted: 6, rejectedCount: 3 });
  });

  it('has no serious accessibility violation on the preview, nor in the confirmation dialog', async () => {
    const violations = async () => (await seriousAxeViolations(page)).map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`);
    expect(await violations()).toEqual([]);
    await page.getByTestId('import-apply').click();
    await page.getByRole('dialog').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('applies the preview once confirmed and lists the run as applied', async () => {
    await page.getByTestId('import-apply-confirm').click();
    await expect.poll(status, { timeout: 30_000 }).toBe('Appliqué');
    expect(await page.getByTestId('import-applied').textContent()).toContain('Professionnels');
    await expect.poll(async () => page.getByTestId('recent-status').first().textContent()).toBe('Appliqué');
    const api = await (await page.request.get(`${server.url}/api/directory/imports`)).json();
    expect(api.items[0].status).toBe('applied');
    // The generated demo ids overlap the fixture's: its five people are added or updated.
    const people = api.items[0].applied.find((a: { entity: string }) => a.entity === 'professionals');
    expect(people.added + people.updated).toBe(5);
    expect(people.gone).toBeGreaterThan(1_000);
  });

  it("lets a coordination team preview its territory's lines, reopen the preview after a reload and abandon it", async () => {
    const coordinator = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(coordinator, server.url, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await coordinator.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await coordinator.goto(`${server.url}/annuaire/imports`);
    await coordinator.locator('input[type="file"]').setInputFiles(FIXTURE);
    await coordinator.getByTestId('import-submit').click();
    await expect.poll(() => coordinator.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('En attente de confirmation');
    expect(await coordinator.getByTestId('import-scope').textContent()).toMatch(/^Territoire : CPTS démo /);
    expect(await coordinator.getByTestId('import-gone-warning').count()).toBe(0);
    // The preview waits in the database: after a reload it is opened again from the list.
    await coordinator.reload();
    await coordinator.getByTestId('recent-open').click();
    await coordinator.getByTestId('import-preview').waitFor();
    await coordinator.getByTestId('import-cancel').click();
    await expect.poll(() => coordinator.getByTestId('import-status').textContent()).toBe('Abandonné');
    await coordinator.close();
  });
});
