import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { pdfText } from '../apps/api/test/pdf-text.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/**
 * Issue #8 points 5 and 6: the coordinator of a demo CPTS under ACI contract sees its indicator
 * lines, types a value of the year in progress (the page guards the unsaved edit), attaches an
 * evidence file, and downloads the annual activity report; no serious accessibility violation.
 */
describe('ACI yearly assessment journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let cptsUrl: string;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    await login(page, server.url, DEMO_ACCOUNTS.contractCoordinator, DEMO_PASSWORD);
    await page.waitForURL(/\/cpts\/[^/]+$/);
    cptsUrl = page.url();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the contract’s indicator lines, without serious accessibility violation', async () => {
    await page.goto(`${cptsUrl}/contrat`);
    await page.getByTestId('indicators-table').waitFor();
    expect(await page.getByTestId('indicator-row').count()).toBe(8);
    expect(await page.getByTestId('indicators-table').innerText()).toContain('Patients en ALD sans médecin traitant');
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('types a value of the year in progress, warned before leaving it unsaved, then saves it', async () => {
    await page.getByTestId('assessment-links').getByRole('link').last().click();
    await page.getByTestId('assessment-table').waitFor();
    expect(await page.getByTestId('assessment-status').innerText()).not.toContain('Close');
    const ald = page.locator('[data-indicator="ald-sans-medecin-traitant"]');
    await ald.getByLabel('Valeur : Patients en ALD sans médecin traitant (patients)').fill('75');
    await page.getByRole('link', { name: 'Retour au contrat ACI' }).click();
    await page.getByTestId('unsaved-changes').waitFor();
    await page.getByTestId('unsaved-stay').click();
    await page.getByTestId('assessment-save').click();
    await expect.poll(async () => ald.innerText(), { timeout: 10_000 }).toContain('Palier 2 sur 3');
    expect((await ald.innerText()).replace(/\s/g, ' ')).toContain('6 000,00 €');
    expect(await ald.innerText()).toContain('Saisie');
  });

  it('attaches an evidence file, which is listed', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('evidence-file').click()]);
    await chooser.setFiles({ name: 'liste-ald-demo.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await page.getByTestId('evidence-upload').click();
    await expect
      .poll(async () => (await page.getByTestId('evidence-row').allInnerTexts()).join('\n'), { timeout: 10_000 })
      .toContain('liste-ald-demo.pdf');
  });

  it('has no serious accessibility violation on the assessment page', async () => {
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('downloads the annual activity report with the value just typed', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-activite-cpts-demo-.+-annee-\d\.pdf$/);
    const text = pdfText(readFileSync(await download.path())).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain("Rapport annuel d'activité");
    expect(text).toContain('Données de démonstration');
    expect(text).toContain('Valeur : 75 patients (Saisie) — Palier 2 sur 3 — acquis : 6 000,00 €');
    expect(text).toContain('liste-ald-demo.pdf');
  });
});
