import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/**
 * Journey (issue #9 items 1 and 2): a person without an account finds the CPTS of their commune
 * on the public page, files a request and gets a number, follows it on the status page; the
 * coordination team sees it on its desk with its priority in plain words.
 */
describe('médecin-traitant request journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let patient: Page;
  let team: Page;
  let cpts: { id: string; name: string };
  let commune: { code: string; name: string };
  let number = '';

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    team = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await login(team, server.url, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await team.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    const listed = await team.evaluate(async () => (await (await fetch('/api/cpts')).json()).items[0]);
    cpts = { id: listed.id, name: listed.name };
    const desk = await team.evaluate(async (id) => (await fetch(`/api/public/medecin-traitant/cpts/${id}`)).json(), cpts.id);
    commune = desk.communes[0];
    patient = await (await browser.newContext({ viewport: { width: 1200, height: 1000 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the CPTS of a commune on the public page, without an account', async () => {
    await patient.goto(`${server.url}/medecin-traitant`);
    await patient.getByRole('heading', { level: 1, name: 'Je cherche un médecin traitant' }).waitFor();
    expect(await seriousAxeViolations(patient)).toEqual([]);
    await patient.getByLabel('Votre commune ou votre code postal').fill(commune.name);
    await patient.getByRole('button', { name: 'Chercher' }).click();
    await patient
      .getByRole('button', { name: `Faire ma demande auprès de la ${cpts.name}` })
      .first()
      .click();
    await patient.getByRole('heading', { level: 2, name: `Ma demande auprès de la ${cpts.name}` }).waitFor();
    expect(await patient.getByText('responsable du traitement').innerText()).toMatch(/conservées .* \d+ mois après la clôture/);
    expect(await seriousAxeViolations(patient)).toEqual([]);
  });

  it('files the request and shows its number', async () => {
    await patient.getByRole('textbox', { name: 'Nom', exact: true }).fill('Démo-Parcours');
    await patient.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Lucie');
    await patient.getByTestId('birth-date').fill('12/05/1948');
    await patient.getByRole('textbox', { name: 'E-mail', exact: true }).fill('lucie.demo@demo.maillon.fr');
    await patient.getByRole('checkbox', { name: /en affection de longue durée/ }).check();
    await patient.getByRole('checkbox', { name: /complémentaire santé solidaire/ }).check();
    await patient.getByTestId('consent').check();
    // The form must stay open a few seconds (minimum fill time against bots).
    await patient.waitForTimeout(3200);
    await patient.getByTestId('submit-request').click();
    const shown = patient.getByTestId('request-number');
    await shown.waitFor();
    number = (await shown.innerText()).trim();
    expect(number).toMatch(/^MT-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await seriousAxeViolations(patient)).toEqual([]);
  });

  it('follows the request on the status page with the number and the birth date', async () => {
    await patient.getByRole('link', { name: 'Suivre ma demande' }).click();
    await patient.getByRole('heading', { level: 1, name: 'Suivre ma demande de médecin traitant' }).waitFor();
    await patient.getByTestId('status-number').fill(number.toLowerCase());
    await patient.getByTestId('status-birth-date').fill('12/05/1948');
    await patient.getByTestId('status-submit').click();
    const result = patient.getByTestId('status-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('en attente');
    expect(await seriousAxeViolations(patient)).toEqual([]);
  });

  it('shows the request on the team desk with its priority in plain words', async () => {
    await team.goto(`${server.url}/cpts/${cpts.id}/medecin-traitant`);
    await team.getByRole('heading', { level: 1, name: 'Médecin traitant : demandes' }).waitFor();
    const row = team.locator(`tr[data-request-number="${number}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Démo-Parcours Lucie');
    expect(await row.getByTestId('priority-explanation').innerText()).toMatch(/^Prioritaire : en ALD, bénéficiaire de la C2S/);
    expect(await row.innerText()).toContain('Page publique');
    await team.waitForLoadState('networkidle');
    expect(await seriousAxeViolations(team)).toEqual([]);
    await row.getByRole('button', { name: /ouvrir la demande/ }).click();
    const dialog = team.getByRole('dialog');
    await dialog.getByText('Historique').waitFor();
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await dialog.innerText()).toContain('Demande déposée sur la page publique');
    expect(await seriousAxeViolations(team)).toEqual([]);
  });
});
