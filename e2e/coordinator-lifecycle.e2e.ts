import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/**
 * Journey 2 (issue #2): the coordinator edits the territory and watches population and taille
 * update live, requests the next lifecycle step; the ARS validates it.
 */
describe('coordinator territory and lifecycle journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let cptsUrl: string;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, server.url, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await page.waitForURL(/\/cpts\//);
    cptsUrl = page.url();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const population = async () => Number((await page.getByTestId('territory-population').innerText()).replace(/\D/g, ''));

  it('adds a commune and sees the population update before saving, then cancels', async () => {
    await page.getByTestId('territory-editor').waitFor();
    const before = await population();
    const id = cptsUrl.split('/').pop();
    const detail = await (await page.request.get(`${server.url}/api/cpts/${id}`)).json();
    expect(before).toBe(detail.population);
    // Any PACA commune not yet in the territory: Manosque (04112) is far from the demo CPTS.
    await page.getByTestId('unit-search').fill('Manosque');
    await page.getByRole('option', { name: /Manosque \(04112\)/ }).click();
    await expect.poll(population, { timeout: 10_000 }).toBeGreaterThan(before);
    // The letter of intent is validated: the change would go to the ARS (territory-proposal.e2e.ts).
    await expect.poll(async () => page.getByTestId('territory-save').innerText(), { timeout: 10_000 }).toMatch(/proposition|Proposer/);
    await page.getByRole('button', { name: 'Annuler les modifications' }).click();
    await expect.poll(population, { timeout: 10_000 }).toBe(before);
  });

  it('has no serious accessibility violation on the CPTS page', async () => {
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('requests the next step, which waits for the ARS', async () => {
    await page.locator('[data-transition="healthProjectSubmitted"]').click();
    await page.getByTestId('transition-submit').click();
    await page.getByTestId('transition-waiting').waitFor();
    expect(await page.getByTestId('transition-waiting').innerText()).toContain('Projet de santé validé');
    expect(await page.getByTestId('lifecycle-history').innerText()).toContain('Projet de santé déposé');
  });

  it('lets the ARS validate the requested step', async () => {
    await page.context().clearCookies();
    await login(page, server.url, DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    await page.waitForURL(/\/observatoire\//);
    await page.goto(cptsUrl);
    await page.locator('[data-transition="healthProjectValidated"]').click();
    await page.getByTestId('transition-submit').click();
    await expect
      .poll(async () => page.getByTestId('lifecycle-history').innerText(), { timeout: 10_000 })
      .toContain('Projet de santé validé');
    const id = cptsUrl.split('/').pop();
    const detail = await (await page.request.get(`${server.url}/api/cpts/${id}`)).json();
    expect(detail.stage).toBe('healthProjectValidated');
    expect(detail.history.at(-1).authorName).toBe('ARS PACA (démo)');
  });
});
