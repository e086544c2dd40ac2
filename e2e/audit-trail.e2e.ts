import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/**
 * Issue #6 item 7: the coordination team opens its members list, then reads in the audit trail
 * that it did so (who, what, from where), filters it and exports it; an ARS account has no
 * access to the trail.
 */
describe('audit trail journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, server.url, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await page.waitForURL(/\/cpts\//);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the team's own reading of the members list, filtered and exported", async () => {
    await page.getByRole('link', { name: 'Adhérents', exact: true }).first().click();
    await page.getByTestId('members-table').waitFor();
    await page.getByRole('link', { name: "Journal d'audit" }).click();
    await page.waitForURL(/\/journal-audit/);
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'GET /api/cpts/:id/members' }).first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Consultation[\s\S]*Adhérent/i);
    expect(await row.innerText()).toContain('coordination');
    expect(await seriousAxeViolations(page).then((v) => v.map((x) => `${x.id} ${x.help} ${x.nodes[0]?.target}`))).toEqual([]);

    await page.getByTestId('audit-filter-action').click();
    await page.getByRole('option', { name: 'Export' }).click();
    await page.getByText('Aucune entrée pour ces filtres.').waitFor();
    expect(page.url()).toContain('action=export');

    const download = page.waitForEvent('download');
    await page.getByTestId('audit-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^journal-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    await page
      .getByTestId('audit-csv-status')
      .getByText(/Fichier téléchargé/)
      .waitFor();
  });

  it('has no audit trail for ARS staff', async () => {
    const ars = await browser.newPage();
    await login(ars, server.url, DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    await ars.waitForURL(/\/observatoire\//);
    expect(await ars.getByRole('link', { name: "Journal d'audit" }).count()).toBe(0);
    const response = await ars.request.get(`${server.url}/api/audit`);
    expect(response.status()).toBe(403);
    await ars.close();
  });
});
