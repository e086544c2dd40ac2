import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GP_ACCOUNTS } from '../apps/api/src/demo/demo-matching.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

// A name no demo patient has, so every assertion below is about this one person.
const PATIENT = { lastName: 'Démo-Parcours-Complet', firstName: 'Odile', birthDate: '12/05/1948', email: 'odile.parcours@demo.maillon.fr' };
const FULL_NAME = `${PATIENT.firstName} ${PATIENT.lastName}`;

/**
 * Issue #9 "Done means", entirely through the UI: a patient files a request on the public page,
 * the team sees it with its priority, a GP declares capacity, a matching run proposes the patient
 * to the GP, the GP accepts, the patient's status page shows it; an ARS user sees counts and no
 * identity; the audit log shows each access. Deterministic against the demo data: the patient is
 * in ALD + C2S (top group) and lives in the GP's practice commune, and the GP restricts their
 * capacity to that commune; only this patient's proposal is sent.
 */
describe('médecin-traitant full journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let team: Page;
  let gp: Page;
  let patient: Page;
  let cpts = { id: '', name: '' };
  let commune = { code: '', name: '' };
  let number = '';
  let requestId = '';

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    return context.newPage();
  };
  const pageAs = async (email: string): Promise<Page> => {
    const page = await newPage();
    await login(page, server.url, email, DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await page.waitForLoadState('networkidle');
    return page;
  };
  const expectAccessible = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    team = await pageAs(DEMO_ACCOUNTS.coordinator);
    gp = await pageAs(DEMO_GP_ACCOUNTS[0]);
    patient = await newPage();
    // Setup only: which CPTS and commune the GP practises in (what the GP's page itself shows).
    const self = await (await gp.request.get(`${server.url}/api/gp/capacity`)).json();
    cpts = { id: self.cpts[0].id, name: self.cpts[0].name };
    const practice = self.cpts[0].capacity?.practiceUnitCode ?? self.gp.practices[0].unitCode;
    const desk = await (await patient.request.get(`${server.url}/api/public/medecin-traitant/cpts/${cpts.id}`)).json();
    commune = desk.communes.find((c: { code: string }) => c.code === practice);
    expect(commune, `commune ${practice} of the GP's practice in the CPTS`).toBeTruthy();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('lets a patient without an account find the CPTS of their commune and file a request', async () => {
    await patient.goto(`${server.url}/medecin-traitant`);
    await patient.getByRole('heading', { level: 1, name: 'Je cherche un médecin traitant' }).waitFor();
    await expectAccessible(patient);
    await patient.getByLabel('Votre commune ou votre code postal').fill(commune.name);
    await patient.getByRole('button', { name: 'Chercher' }).click();
    // Several communes may share a name's beginning: choose the card of this very commune.
    const card = patient.locator('.mantine-Card-root').filter({ hasText: new RegExp(`^${commune.name} \\(`) });
    await card.getByRole('button', { name: `Faire ma demande auprès de la ${cpts.name}` }).click();
    await patient.getByRole('heading', { level: 2, name: `Ma demande auprès de la ${cpts.name}` }).waitFor();
    expect(await patient.getByText('responsable du traitement').innerText()).toMatch(/conservées .* \d+ mois après la clôture/);
    await patient.getByRole('textbox', { name: 'Nom', exact: true }).fill(PATIENT.lastName);
    await patient.getByRole('textbox', { name: 'Prénom', exact: true }).fill(PATIENT.firstName);
    await patient.getByTestId('birth-date').fill(PATIENT.birthDate);
    await patient.getByRole('textbox', { name: 'E-mail', exact: true }).fill(PATIENT.email);
    await patient.getByRole('checkbox', { name: /en affection de longue durée/ }).check();
    await patient.getByRole('checkbox', { name: /complémentaire santé solidaire/ }).check();
    await patient.getByTestId('consent').check();
    await expectAccessible(patient);
    // The form must stay open a few seconds (minimum fill time against bots).
    await patient.waitForTimeout(3200);
    await patient.getByTestId('submit-request').click();
    const shown = patient.getByTestId('request-number');
    await shown.waitFor();
    number = (await shown.innerText()).trim();
    expect(number).toMatch(/^MT-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(patient);
  });

  it('shows the request on the team desk with its priority in plain words', async () => {
    await team.goto(`${server.url}/cpts/${cpts.id}/medecin-traitant`);
    await team.getByRole('heading', { level: 1, name: 'Médecin traitant : demandes' }).waitFor();
    const row = team.locator(`tr[data-request-number="${number}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(`${PATIENT.lastName} ${PATIENT.firstName}`);
    expect(await row.getByTestId('priority-explanation').innerText()).toMatch(/^Prioritaire : en ALD, bénéficiaire de la C2S/);
    await team.waitForLoadState('networkidle');
    await expectAccessible(team);
    const opened = team.waitForResponse(
      (r) => /\/api\/cpts\/[^/]+\/mt-requests\/[^/]+$/.test(new URL(r.url()).pathname) && r.request().method() === 'GET',
    );
    await row.getByRole('button', { name: /ouvrir la demande/ }).click();
    requestId = new URL((await opened).url()).pathname.split('/').pop() as string;
    const dialog = team.getByRole('dialog');
    await dialog.getByText('Demande déposée sur la page publique').waitFor();
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await expectAccessible(team);
    await team.keyboard.press('Escape');
  });

  it('lets the GP declare capacity, restricted to communes chosen by name', async () => {
    await gp.goto(`${server.url}/medecin/nouveaux-patients`);
    const form = gp.getByTestId('capacity-form').first();
    await form.getByLabel('Nouveaux patients que je peux accueillir maintenant').fill('5');
    await form.getByLabel('Nouveaux patients par mois').fill('5');
    const communes = form.getByLabel(/Communes servies/).first();
    await communes.click();
    await communes.fill(commune.name.slice(0, 5));
    await gp.getByRole('option', { name: `${commune.name} (${commune.code})` }).click();
    await gp.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Enregistrer ma capacité' }).click();
    await form.getByText(/places restantes : 5 maintenant/).waitFor();
    // Saved and read back: the commune is still selected after a reload.
    await gp.reload();
    await gp.getByTestId('capacity-form').first().getByText(`${commune.name} (${commune.code})`).waitFor();
    await expectAccessible(gp);
  });

  it('runs matching from the team page with progress, proposes this patient to this GP, and sends only it', async () => {
    await team.goto(`${server.url}/cpts/${cpts.id}/appariement`);
    await team.getByTestId('capacities-table').waitFor();
    // Record whether the progress bar was ever on screen: a small run may finish in a second.
    await team.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="run-progress"]')) w.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await team.getByTestId('start-run').click();
    await team.getByTestId('run-summary').waitFor({ timeout: 60_000 });
    expect(await team.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    // The run is listed in the history with who launched it and its counts.
    const history = team.getByTestId('runs-history').getByRole('row').filter({ hasText: 'Terminé' }).first();
    await history.waitFor();
    expect(await history.innerText()).not.toContain('inconnu');
    const gpName = (await gp.getByTestId('gp-identity').innerText()).split(' — ')[0] as string;
    const proposals = team.getByTestId('run-proposals');
    const row = proposals.getByRole('row').filter({ hasText: FULL_NAME });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Groupe « .+ » ; .+ ; places restantes pour ce médecin/);
    const doctor = await row.getByRole('cell').nth(1).innerText();
    expect(doctor).toBe(`Dr ${gpName}`);
    await expectAccessible(team);
    // Only this patient's proposal goes out (the demo's other drafts stay drafts).
    for (const box of await proposals.getByRole('checkbox').all()) {
      const label = (await box.getAttribute('aria-label')) ?? '';
      if ((await box.isChecked()) && !label.includes(FULL_NAME)) await box.uncheck();
    }
    await team.getByTestId('send-proposals').click();
    await team.getByTestId('followed-proposals').getByText(FULL_NAME).waitFor();
  });

  it('shows the GP the proposal without identity, then the identity once accepted', async () => {
    await gp.goto(`${server.url}/medecin/nouveaux-patients`);
    const table = gp.getByTestId('gp-proposals');
    await table.waitFor();
    expect(await table.innerText()).not.toContain(PATIENT.lastName);
    const accept = table.getByRole('button', { name: 'Accepter ce patient' });
    expect(await accept.count()).toBe(1);
    const row = table.getByRole('row').filter({ has: gp.getByRole('button', { name: 'Accepter ce patient' }) });
    expect(await row.innerText()).toContain('70 à 79 ans');
    await accept.click();
    await table.getByText(FULL_NAME).waitFor();
    // Coming back later, the GP reads the identity again (a second read in the audit log).
    await gp.reload();
    await gp.getByTestId('gp-proposals').getByText(FULL_NAME).waitFor();
    await expectAccessible(gp);
  });

  it("shows it on the patient's status page (number + birth date)", async () => {
    await patient.goto(`${server.url}/medecin-traitant/suivi`);
    await patient.getByRole('heading', { level: 1, name: 'Suivre ma demande de médecin traitant' }).waitFor();
    await patient.getByTestId('status-number').fill(number);
    await patient.getByTestId('status-birth-date').fill(PATIENT.birthDate);
    await patient.getByTestId('status-submit').click();
    const result = patient.getByTestId('status-result');
    await result.waitFor();
    expect(await result.innerText()).toMatch(/informé|accepté/);
    await expectAccessible(patient);
  });

  it('gives the ARS counts and no identity', async () => {
    const ars = await pageAs(DEMO_ACCOUNTS.ars);
    await ars.goto(`${server.url}/medecin-traitant-indicateurs/93`);
    await ars.getByTestId('mt-indicator-placed').first().waitFor();
    const text = await ars.locator('main').innerText();
    expect(text).toContain('En attente par groupe de priorité');
    expect(text).not.toContain(PATIENT.lastName);
    expect(text).not.toContain(PATIENT.firstName);
    await expectAccessible(ars);
    // The region's CSV export: counts, no identity either.
    const download = ars.waitForEvent('download');
    await ars.getByTestId('mt-region-indicators-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^medecin-traitant-indicateurs-region-93-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path()) as string, 'utf8');
    expect(csv).toContain(`${cpts.name};Placés;Total;`);
    expect(csv).toContain('Ensemble de la région;En attente;Total;');
    expect(csv).not.toContain(PATIENT.lastName);
  });

  it("shows each access to this patient's record in the audit log", async () => {
    await team.goto(`${server.url}/journal-audit?recordId=${requestId}`);
    const table = team.getByTestId('audit-table');
    await table.waitFor();
    const entry = (route: string) => table.getByRole('row').filter({ hasText: route }).first();
    // Filed on the public page, then read by the team (desk list and detail), the matching, the
    // GP (before and after accepting), the patient's status page.
    await entry('POST /api/public/medecin-traitant/demandes').waitFor();
    expect(await entry('POST /api/public/medecin-traitant/demandes').innerText()).toMatch(/Création/i);
    expect(await entry('GET /api/cpts/:id/mt-requests/:requestId').innerText()).toMatch(/coordination[\s\S]*Consultation/i);
    expect(await entry('GET /api/cpts/:id/mt-requests').innerText()).toMatch(/Consultation/i);
    expect(await entry('POST /api/cpts/:id/mt/proposals/send').innerText()).toMatch(/Proposition de médecin traitant/);
    expect(await entry('POST /api/gp/proposals/:proposalId/decision').innerText()).toMatch(/Dr /);
    expect(await table.getByRole('row').filter({ hasText: 'GET /api/gp/proposals' }).count()).toBeGreaterThanOrEqual(2);
    expect(await entry('POST /api/public/medecin-traitant/suivi').innerText()).toMatch(/Consultation/i);
    await expectAccessible(team);
  });
});
