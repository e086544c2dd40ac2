import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

// An act no demo request has, so every assertion below is about this one request.
const ACT = 'Visite à domicile pour pansement (parcours e2e)';

/**
 * Issue #10 item 5 "Done means": a professional's home-visit request is accepted by the first
 * of two nurses and shown taken to the second, entirely through the UI. The demo GP posts for a
 * nurse in the commune where both demo nurses practise (docs/reference/pro-requests.md §3);
 * the coordination team's page counts it.
 */
describe('requests between professionals', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let gp: Page;
  let nurse1: Page;
  let nurse2: Page;
  let team: Page;
  let cptsId = '';
  let commune = { code: '', name: '' };
  let nurse1Name = '';
  let before = { posted: 0, taken: 0 };

  const pageAs = async (email: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    const page = await context.newPage();
    await login(page, server.url, email, DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await page.waitForLoadState('networkidle');
    return page;
  };
  const expectAccessible = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);
  const card = (page: Page): Locator => page.getByTestId('pro-request').filter({ hasText: ACT });
  const openRequests = async (page: Page) => {
    await page.goto(`${server.url}/demandes`);
    await page.getByRole('heading', { level: 1, name: 'Demandes entre professionnels' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Reçues' }).waitFor();
  };

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    gp = await pageAs(DEMO_ACCOUNTS.gp);
    nurse1 = await pageAs(DEMO_ACCOUNTS.nurse);
    nurse2 = await pageAs(DEMO_ACCOUNTS.nurse2);
    team = await pageAs(DEMO_ACCOUNTS.coordinator);
    // Setup only: the CPTS, the commune where the demo nurses practise (that of the demo requests they received) and the counts before.
    const mine = await (await gp.request.get(`${server.url}/api/pro-requests`)).json();
    cptsId = mine.cpts[0].id;
    const received = await (await nurse1.request.get(`${server.url}/api/pro-requests`)).json();
    nurse1Name = received.me.displayName;
    commune = { code: received.received[0].unitCode, name: received.received[0].communeLabel };
    expect(commune.name, 'the demo nurses received demo requests').toBeTruthy();
    before = await (await team.request.get(`${server.url}/api/cpts/${cptsId}/pro-requests/figures`)).json();
  }, 300_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('lets the GP post a home-visit request for a nurse, with field errors shown and unsaved edits guarded', async () => {
    await openRequests(gp);
    await expectAccessible(gp);
    await gp.getByRole('button', { name: 'Nouvelle demande' }).click();
    const dialog = gp.getByRole('dialog');
    const form = dialog.getByTestId('new-request-form');
    await form.waitFor();
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await form.getByLabel('Profession recherchée').selectOption({ label: 'Infirmier' });
    await form.getByLabel('Urgence').selectOption({ label: 'Sous 24 h' });
    await form.getByLabel('Acte ou besoin').fill(ACT);
    await form.getByTestId('request-commune').fill(commune.name);
    await gp.getByRole('option', { name: new RegExp(`^${commune.name} \\(${commune.code}\\)`) }).click();
    await form.getByText(`Choisie : ${commune.name} (${commune.code})`).waitFor();
    await form.getByLabel('Initiales du patient').fill('R.T.');
    await form.getByLabel('Tranche d’âge').selectOption('85+');
    await form.getByText('aucune donnée d’identité').waitFor();
    await expectAccessible(gp);

    // Closing a form with edits asks first; continuing keeps everything typed.
    await gp.keyboard.press('Escape');
    await dialog.getByRole('alertdialog').getByText('Abandonner la saisie ?').waitFor();
    await dialog.getByRole('button', { name: 'Continuer la saisie' }).click();
    expect(await form.getByLabel('Acte ou besoin').inputValue()).toBe(ACT);

    // A birth date in the need is refused by the API, and the message is shown on that field.
    const need = form.getByLabel('Besoin du patient en quelques mots');
    await need.fill('Pansement après chute, née le 12/05/1938');
    await form.getByTestId('post-request').click();
    await form.getByText('Pas de date dans le besoin (la date de naissance est interdite).').waitFor();
    expect(await need.getAttribute('aria-invalid')).toBe('true');
    await need.fill('Pansement après une chute');
    await form.getByTestId('post-request').click();
    await gp.getByRole('status').getByText(`Demande publiée : « ${ACT} ».`).waitFor();
    await card(gp).getByTestId('request-status').getByText('En attente').waitFor();
    await expectAccessible(gp);
  });

  it('offers it to both nurses, with the pseudonymised summary', async () => {
    for (const nurse of [nurse1, nurse2]) {
      await openRequests(nurse);
      const offered = card(nurse);
      await offered.getByRole('button', { name: 'Accepter' }).waitFor();
      expect(await offered.innerText()).toContain('Patient : R.T., 85+ ans — Pansement après une chute');
      await expectAccessible(nurse);
    }
  });

  it('gives it to the first nurse who accepts and shows it taken to the second, who cannot accept it', async () => {
    await card(nurse1).getByRole('button', { name: 'Accepter' }).click();
    await card(nurse1).getByTestId('request-status').getByText('Prise', { exact: true }).waitFor();
    await card(nurse1).getByRole('button', { name: 'Voir l’historique' }).click();
    await card(nurse1).getByTestId('pro-request-timeline').getByText(`Acceptée : ${nurse1Name}`).waitFor();
    await expectAccessible(nurse1);

    await nurse2.reload();
    const taken = card(nurse2);
    await taken.getByTestId('request-status').getByText('Déjà prise par un confrère').waitFor();
    expect(await taken.getByRole('button', { name: 'Accepter' }).count()).toBe(0);
    const text = await taken.innerText();
    expect(text).not.toContain('R.T.');
    expect(text).not.toContain(nurse1Name);
    await expectAccessible(nurse2);
    // Not even behind the page's back: the API answers that a colleague took it.
    const id = await taken.getAttribute('data-request-id');
    const answer = await nurse2.request.post(`${server.url}/api/pro-requests/${id}/accept`, {
      headers: { 'x-csrf-token': await csrfToken(nurse2) },
    });
    expect(answer.status()).toBe(409);
  });

  it('shows the poster who took it and the timeline', async () => {
    await openRequests(gp);
    const posted = card(gp);
    await posted.getByTestId('taken-by').getByText(`Prise par : ${nurse1Name}`).waitFor();
    await posted.getByRole('button', { name: 'Voir l’historique' }).click();
    const timeline = posted.getByTestId('pro-request-timeline');
    await timeline.getByText(/Demande publiée/).waitFor();
    await timeline.getByText(/Élargie aux professionnels proches/).waitFor();
    await timeline.getByText(`Acceptée : ${nurse1Name}`, { exact: false }).waitFor();
    await expectAccessible(gp);
  });

  it('lets the poster cancel an open request after confirming', async () => {
    const open = gp.getByTestId('pro-request').filter({ hasText: 'Prise de sang à domicile (démo)' });
    await open.getByRole('button', { name: 'Annuler la demande' }).click();
    const confirm = gp.getByRole('dialog', { name: 'Annuler la demande ?' });
    await confirm.getByRole('button', { name: 'Garder la demande' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await open.getByTestId('request-status').innerText()).toMatch(/en attente/i);
    await open.getByRole('button', { name: 'Annuler la demande' }).click();
    await expect.poll(() => confirm.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await expectAccessible(gp);
    await confirm.getByRole('button', { name: 'Annuler la demande' }).click();
    await open.getByTestId('request-status').getByText('Annulée').waitFor();
    expect(await open.getByRole('button', { name: 'Annuler la demande' }).count()).toBe(0);
  });

  it('counts it on the coordination team’s page, with its timeline', async () => {
    await team.goto(`${server.url}/cpts/${cptsId}/demandes`);
    await team.getByRole('heading', { level: 1, name: 'Demandes entre professionnels' }).waitFor();
    await team.getByTestId('pro-request-figures').waitFor();
    expect(await team.getByTestId('count-posted').innerText()).toBe(String(before.posted + 1));
    expect(await team.getByTestId('count-taken').innerText()).toBe(String(before.taken + 1));
    const item = card(team);
    await item.getByTestId('pro-request-timeline').getByText(`Acceptée : ${nurse1Name}`, { exact: false }).waitFor();
    // Escalated requests come first on the team's page.
    const first = team.getByTestId('pro-request').first();
    await first.getByText('Signalée à l’équipe', { exact: true }).waitFor();
    await team
      .getByRole('link', { name: /Demandes entre professionnels/ })
      .first()
      .waitFor();
    await expectAccessible(team);
  });
});

/** The CSRF token the web app sends with every change (GET /api/auth/me gives it). */
async function csrfToken(page: Page): Promise<string> {
  const me = await page.request.get(`${page.url().replace(/^(https?:\/\/[^/]+).*$/, '$1')}/api/auth/me`);
  return (await me.json()).csrfToken as string;
}
