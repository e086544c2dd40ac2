import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/**
 * Territory authority (issue #6 item 2): the demo coordinator's letter of intent is validated,
 * so a territory change is a proposal to the ARS; the ARS accepts it and the territory changes.
 */
describe('territory proposal journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let cptsUrl: string;
  let cptsId: string;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, server.url, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await page.waitForURL(/\/cpts\//);
    cptsUrl = page.url();
    cptsId = cptsUrl.split('/').pop() as string;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const unitCodes = async () =>
    ((await (await page.request.get(`${server.url}/api/cpts/${cptsId}`)).json()).units as { code: string }[]).map((u) => u.code);

  it("withdraws the coordinator's pending demo proposal", async () => {
    const pending = page.getByTestId('proposal-pending');
    await pending.waitFor();
    expect(await pending.innerText()).toContain('démonstration');
    await page.getByTestId('proposal-withdraw').click();
    await page.getByTestId('withdraw-confirm').click();
    await pending.waitFor({ state: 'detached' });
    await expect.poll(async () => page.getByTestId('proposal-history').innerText(), { timeout: 10_000 }).toContain('Retirée');
  });

  it('proposes a new commune to the ARS instead of saving it, and warns before leaving unsaved changes', async () => {
    const before = await unitCodes();
    await page.getByTestId('unit-search').fill('Manosque');
    await page.getByRole('option', { name: /Manosque \(04112\)/ }).click();
    const save = page.getByTestId('territory-save');
    await expect.poll(async () => save.innerText(), { timeout: 10_000 }).toBe("Proposer à l'ARS");
    await expect
      .poll(async () => page.getByTestId('territory-approvals').innerText(), { timeout: 10_000 })
      .toContain("l'ARS Provence-Alpes-Côte d'Azur (territoire validé avec la lettre d'intention)");
    // Leaving through the navigation asks first; staying keeps the draft.
    await page.getByRole('link', { name: 'Diagnostic territorial', exact: true }).click();
    await page.getByTestId('unsaved-changes').waitFor();
    await page.getByTestId('unsaved-stay').click();
    expect(page.url()).toBe(cptsUrl);
    await page.getByTestId('territory-comment').fill('Manosque rejoint la CPTS (démo e2e)');
    await save.click();
    const pending = page.getByTestId('proposal-pending');
    await pending.waitFor();
    expect(await pending.getByTestId('proposal-added').innerText()).toContain('Manosque (04112)');
    expect(await pending.getByTestId('proposal-population').innerText()).toMatch(/\+\d/);
    expect(await unitCodes()).toEqual(before);
  });

  it('has no serious accessibility violation on the CPTS page with its pending proposal', async () => {
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('lets the ARS find the proposal from the pipeline and accept it: the territory changes', async () => {
    await page.context().clearCookies();
    await login(page, server.url, DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    await page.waitForURL(/\/observatoire\//);
    await page.goto(`${server.url}/pipeline/93`);
    const notice = page.getByTestId('pending-proposals-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/1\s+proposition de territoire attend/);
    await notice.getByRole('link', { name: 'Voir les propositions' }).click();
    await page.waitForURL(/\/propositions\/93/);
    expect(await page.getByTestId('proposals-counts').innerText()).toMatch(/dont 1\s+attend votre décision/);
    const card = page.getByTestId('proposal-pending');
    expect(await card.innerText()).toContain('Manosque rejoint la CPTS');
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
    await card.getByTestId('proposal-accept').click();
    await page.getByTestId('decision-comment').fill('Accord de la délégation départementale');
    const inModal = await seriousAxeViolations(page);
    expect(inModal.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
    await page.getByTestId('decision-submit').click();
    await expect.poll(async () => unitCodes(), { timeout: 10_000 }).toContain('04112');
    await page.goto(cptsUrl);
    await expect.poll(async () => page.getByTestId('proposal-history').innerText(), { timeout: 10_000 }).toContain('Acceptée');
  });
});
