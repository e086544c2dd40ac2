import type { DiagnosticDto } from '@maillon/contracts';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

const digits = (text: string) => Number(text.replace(/\D/g, ''));

/**
 * Journey (issue #3 point 9, "exporting the diagnostic"): the demo coordinator opens the
 * territorial diagnostic of their CPTS and downloads it as XLSX; the workbook parses and its
 * figures are the API's. Professional counts are compared with the API only, so the journey
 * holds whether or not the demo directory is loaded.
 */
describe('territorial diagnostic journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let cptsId: string;
  let api: DiagnosticDto;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    await login(page, server.url, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await page.waitForURL(/\/cpts\/[0-9a-f-]+$/);
    cptsId = page.url().split('/').pop() ?? '';
    api = await (await page.request.get(`${server.url}/api/cpts/${cptsId}/diagnostic`)).json();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the diagnostic from the navigation and shows the API figures', async () => {
    await page.getByRole('link', { name: 'Diagnostic territorial' }).click();
    await page.waitForURL(new RegExp(`/cpts/${cptsId}/diagnostic$`));
    await page.getByTestId('diagnostic-population').waitFor();
    expect(api.scopes[0]?.population).toBeGreaterThan(0);
    expect(digits(await page.getByTestId('diagnostic-population').innerText())).toBe(api.scopes[0]?.population);
    expect(digits(await page.getByTestId('diagnostic-professionals').innerText())).toBe(api.professionsTotal.cells[0]?.count);
    expect(await page.getByTestId('diagnostic-scopes').locator('tbody tr').count()).toBe(api.scopes.length);
  });

  it('downloads the XLSX, which parses and carries the same population', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('diagnostic-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^diagnostic-cpts-demo-.+\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Synthèse', 'Professions', 'Établissements', 'Comparaison']);
    const summary = new Map<unknown, unknown>();
    workbook.getWorksheet('Synthèse')?.eachRow((row) => {
      summary.set(row.getCell(1).value, row.getCell(2).value);
    });
    expect(summary.get('Population légale')).toBe(api.scopes[0]?.population);
    expect(summary.get('Professionnels de santé')).toBe(api.professionsTotal.cells[0]?.count);
    expect(summary.get('Diagnostic territorial')).toBe(api.perimeter.name);
    expect(await page.getByTestId('diagnostic-xlsx-status').innerText()).toContain('Fichier téléchargé');
  });

  it('downloads the printable PDF', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('diagnostic-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const stream = await download.createReadStream();
    const first = await new Promise<Buffer>((resolve) => stream.once('data', (chunk: Buffer) => resolve(chunk)));
    stream.destroy();
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('has no serious accessibility violation on the diagnostic page', async () => {
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('shows the engagement page with the rates of the API, accessibly', async () => {
    await page.getByRole('link', { name: 'Engagement', exact: true }).click();
    await page.getByTestId('engagement-total').waitFor();
    const summary = await (await page.request.get(`${server.url}/api/cpts/${cptsId}/engagement`)).json();
    const total = (await page.getByTestId('engagement-total').innerText()).replace(/\s/g, '');
    expect(total).toContain(`${summary.total.members}sur${summary.total.professionals}`);
    await page.getByTestId('non-members-total').waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });
});
