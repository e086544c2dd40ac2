import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

const REQUESTER = 'Maison de santé des Lavandes (démo e2e)';

/**
 * Journeys 3 and 4 (issue #3): the demo coordinator validates a membership request, then runs a
 * general assembly to a vote result (convene → attendance → vote → "Adoptée") and downloads
 * the minutes. The request (and a voting college when the demo has none) is created through
 * the API first, so the journey does not depend on the demo association data.
 */
describe('association journey: membership validation and general assembly', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let cptsId: string;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, server.url, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await page.waitForURL(/\/cpts\//);
    cptsId = new URL(page.url()).pathname.split('/')[2] as string;
    const csrf = (await (await page.request.get(`${server.url}/api/auth/me`)).json()).csrfToken as string;
    const headers = { 'x-csrf-token': csrf };
    const api = `${server.url}/api/cpts/${cptsId}`;
    const categories = (await (await page.request.get(`${api}/membership-categories`)).json()).items as { voting: boolean }[];
    if (!categories.some((c) => c.voting)) {
      const created = await page.request.post(`${api}/membership-categories`, {
        headers,
        data: { name: "Structures d'exercice coordonné", voting: true, yearlyDuesCents: 5000 },
      });
      expect(created.status()).toBe(201);
    }
    const request = await page.request.post(`${api}/members`, {
      headers,
      data: {
        kind: 'structure',
        displayName: REQUESTER,
        structureType: 'msp',
        status: 'requested',
        contactEmail: 'contact@lavandes.demo.invalid',
      },
    });
    expect(request.status(), await request.text()).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('validates a pending membership request into a voting college', async () => {
    await page.getByRole('link', { name: 'Adhérents', exact: true }).first().click();
    await page.waitForURL(/\/adherents$/);
    await page.getByTestId('requests-tab').click();
    const row = page.getByTestId('pending-row').filter({ hasText: REQUESTER });
    await row.waitFor();
    const categories = (await (await page.request.get(`${server.url}/api/cpts/${cptsId}/membership-categories`)).json()).items as {
      id: string;
      voting: boolean;
    }[];
    await row.getByTestId('pending-category').selectOption(categories.find((c) => c.voting)?.id as string);
    expect(await seriousAxeViolations(page).then((v) => v.map((x) => `${x.id} ${x.help} ${x.nodes[0]?.target}`))).toEqual([]);
    await row.getByTestId('accept-button').click();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Adhérents' }).click();
    const member = page.getByTestId('members-table').getByRole('row').filter({ hasText: REQUESTER });
    await member.waitFor();
    expect(await member.innerText()).toContain('Adhérent');
    // The record keeps the history: the request recorded by the team, then its validation.
    await member.getByRole('button', { name: new RegExp(`${REQUESTER.replace(/[()]/g, '.')} : ouvrir la fiche`) }).click();
    const record = page.getByRole('dialog');
    await record.getByText('Adhésion validée').waitFor();
    expect(await record.innerText()).toContain("Demande d'adhésion");
    expect(await seriousAxeViolations(page).then((v) => v.map((x) => `${x.id} ${x.help} ${x.nodes[0]?.target}`))).toEqual([]);
    await record.getByRole('button', { name: 'Fermer la fenêtre' }).click();
    await record.waitFor({ state: 'detached' });
    expect(await seriousAxeViolations(page).then((v) => v.map((x) => `${x.id} ${x.help} ${x.nodes[0]?.target}`))).toEqual([]);
  });

  it('convenes an assembly, marks attendance until the quorum is reached, and votes a resolution: adoptée', async () => {
    await page.goto(`${server.url}/cpts/${cptsId}/assemblees`);
    await page.getByTestId('convoke-button').click();
    const form = page.getByTestId('convoke-form');
    await form.getByLabel('Titre').fill('Assemblée générale ordinaire (e2e)');
    await form.getByLabel('Heure').fill('08:00');
    await page.getByTestId('convoke-agenda').fill('1. Rapport moral\n2. Questions diverses');
    await page.getByTestId('resolution-title').first().fill("Approbation du rapport moral et d'activité");
    await page.getByTestId('convoke-submit').click();
    await page.waitForURL(/\/assemblees\/[0-9a-f-]{36}$/);
    await page.getByTestId('quorum').waitFor();
    expect(await page.getByTestId('quorum-status').innerText()).toBe('Quorum non atteint');

    const selects = page.getByTestId('attendance-select');
    const count = await selects.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      if ((await page.getByTestId('quorum-status').innerText()) === 'Quorum atteint') break;
      await selects.nth(i).selectOption('present');
      await expect.poll(() => selects.nth(i).inputValue(), { timeout: 10_000 }).toBe('present');
    }
    await expect.poll(() => page.getByTestId('quorum-status').innerText(), { timeout: 10_000 }).toBe('Quorum atteint');
    const present = await page
      .locator('[data-testid="attendance-select"]')
      .evaluateAll((nodes) => nodes.filter((n) => (n as HTMLSelectElement).value === 'present').length);
    expect(await seriousAxeViolations(page).then((v) => v.map((x) => `${x.id} ${x.help} ${x.nodes[0]?.target}`))).toEqual([]);

    const resolution = page.getByTestId('resolution').first();
    await resolution.getByTestId('votesFor').fill(String(present));
    await resolution.getByTestId('votesAgainst').fill('0');
    await resolution.getByTestId('votesAbstain').fill('0');
    await resolution.getByTestId('vote-submit').click();
    await resolution.getByTestId('resolution-outcome').waitFor();
    expect(await resolution.getByTestId('resolution-outcome').innerText()).toBe('Adoptée');
    expect(await page.getByTestId('assembly-status').innerText()).toBe('En séance');
  });

  it('closes the assembly and serves its minutes as a PDF', async () => {
    await page.getByTestId('close-button').click();
    await page.getByTestId('close-submit').click();
    await expect.poll(() => page.getByTestId('assembly-status').innerText(), { timeout: 10_000 }).toBe('Close');
    // The dialog fades out: audit the page once it is gone (a half-transparent title fails contrast).
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await seriousAxeViolations(page).then((v) => v.map((x) => `${x.id} ${x.help} ${x.nodes[0]?.target}`))).toEqual([]);
    const href = await page.getByTestId('minutes-pdf').getAttribute('href');
    const pdf = await page.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
