import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/**
 * Issue #8: the CPAM of a département follows the ACI contract of one of its CPTS — the CPTS page
 * shows the contract's mission deadlines, the contract page its envelopes and payment schedule.
 */
describe('ACI contract journey (CPAM)', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let cptsId: string;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, server.url, DEMO_ACCOUNTS.cpam, DEMO_PASSWORD);
    await page.waitForLoadState('networkidle');
    const list = await (await page.request.get(`${server.url}/api/cpts?region=93`)).json();
    const signed = list.items.find((c: { stage: string }) => c.stage === 'aciSigned' || c.stage === 'operating');
    expect(signed, 'a signed demo CPTS of the Var').toBeDefined();
    cptsId = signed.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the mission deadlines of the contract in force on the CPTS page', async () => {
    await page.goto(`${server.url}/cpts/${cptsId}`);
    const table = page.getByTestId('deadlines-table');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('Accès aux soins');
    expect(text).toMatch(/Délais comptés à partir (de la signature du contrat|de sa date d'effet), le \d{2}\/\d{2}\/\d{4}/);
    // Progress is recorded on the contract page, not here.
    expect(await page.getByRole('button', { name: /Renseigner les dates/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opens the contract: signatures, envelopes and the payment schedule with its total', async () => {
    await page.getByRole('link', { name: 'la page du contrat' }).click();
    await page.waitForURL(/\/contrat$/);
    await page.getByTestId('contract-card').waitFor();
    expect(await page.getByTestId('envelopes-table').innerText()).toContain('Fonctionnement');
    const schedule = await page.getByTestId('schedule-table').innerText();
    expect(schedule).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(schedule).toContain('Fonctionnement');
    expect(await page.getByTestId('schedule-total').innerText()).toMatch(/\d[\d\s\u202f]*,\d{2}\s?€/);
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });
});
