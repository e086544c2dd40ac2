import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GP_ACCOUNTS } from '../apps/api/src/demo/demo-matching.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

const PATIENT = { lastName: 'Démo-Appariement', firstName: 'Lucie', birthDate: '1950-04-03', email: 'lucie.appariement@demo.maillon.fr' };

/**
 * Issue #9 (part B) journey: a GP declares capacity, the team runs matching which proposes the
 * patient to the GP, the team sends it, the GP accepts and then sees the identity, the patient's
 * status page shows it; an ARS user sees counts and no identity; the audit log shows the accesses.
 */
describe('médecin-traitant matching journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cptsId = '';
  let number = '';
  let gpEmail = '';
  let proposalId = '';
  let gpPage: Page;
  let teamPage: Page;

  const pageAs = async (email: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    const page = await context.newPage();
    await login(page, server.url, email, DEMO_PASSWORD);
    await page.waitForLoadState('networkidle');
    return page;
  };
  const expectAccessible = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    const gp = await pageAs(DEMO_GP_ACCOUNTS[0]);
    gpPage = gp;
    const self = await (await gp.request.get(`${server.url}/api/gp/capacity`)).json();
    cptsId = self.cpts[0].id;
    // The patient files through the public door, in the GP's own commune, as a top-priority request.
    const visitor = await browser.newContext();
    const filed = await visitor.request.post(`${server.url}/api/public/medecin-traitant/demandes`, {
      data: {
        cptsId,
        ...PATIENT,
        unitCode: self.cpts[0].capacity.practiceUnitCode,
        ald: true,
        c2s: true,
        consent: true,
        openedAt: Date.now() - 120_000,
      },
    });
    expect(filed.status(), await filed.text()).toBe(201);
    number = (await filed.json()).number;
    await visitor.close();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('lets a GP declare their capacity, seen by nobody but the team', async () => {
    const gp = gpPage;
    await gp.goto(`${server.url}/medecin/nouveaux-patients`);
    const form = gp.getByTestId('capacity-form').first();
    await form.getByLabel('Nouveaux patients que je peux accueillir maintenant').fill('10');
    await form.getByLabel('Nouveaux patients par mois').fill('10');
    await form.getByRole('button', { name: 'Enregistrer ma capacité' }).click();
    await form.getByText(/places restantes : 10 maintenant/).waitFor();
    await expectAccessible(gp);
  });

  it('runs matching from the team page with progress and proposes the patient, then sends it', async () => {
    const team = await pageAs(DEMO_ACCOUNTS.coordinator);
    teamPage = team;
    await team.goto(`${server.url}/cpts/${cptsId}/appariement`);
    await team.getByTestId('capacities-table').waitFor();
    await team.getByTestId('start-run').click();
    await team.getByTestId('run-summary').waitFor({ timeout: 60_000 });
    const row = team
      .getByTestId('run-proposals')
      .getByRole('row')
      .filter({ hasText: `${PATIENT.firstName} ${PATIENT.lastName}` });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Groupe « .+ » ; .+ ; places restantes pour ce médecin/);
    await expectAccessible(team);
    const result = await (
      await team.request.get(
        `${server.url}/api/cpts/${cptsId}/mt/runs/${(await (await team.request.get(`${server.url}/api/cpts/${cptsId}/mt/runs`)).json()).items[0].id}/result`,
      )
    ).json();
    const mine = result.proposals.find((p: { patientName: string }) => p.patientName === `${PATIENT.firstName} ${PATIENT.lastName}`);
    const gp1 = await (await gpPage.request.get(`${server.url}/api/gp/capacity`)).json();
    proposalId = mine.id;
    gpEmail = mine.gp.idNatPs === gp1.gp.idNatPs ? DEMO_GP_ACCOUNTS[0] : DEMO_GP_ACCOUNTS[1];
    await team.getByTestId('send-proposals').click();
    await team.getByTestId('followed-proposals').getByText(`${PATIENT.firstName} ${PATIENT.lastName}`).waitFor();
  });

  it('shows the GP the proposal without identity, then the identity once accepted', async () => {
    const gp = gpEmail === DEMO_GP_ACCOUNTS[0] ? gpPage : await pageAs(gpEmail);
    await gp.goto(`${server.url}/medecin/nouveaux-patients`);
    const table = gp.getByTestId('gp-proposals');
    await table.waitFor();
    expect(await table.innerText()).not.toContain(PATIENT.lastName);
    const row = table.locator(`tr[data-proposal-id="${proposalId}"]`);
    expect(await row.innerText()).toContain('70 à 79 ans');
    await row.getByRole('button', { name: 'Accepter ce patient' }).click();
    await table.getByText(`${PATIENT.firstName} ${PATIENT.lastName}`).waitFor();
    await expectAccessible(gp);
  });

  it('shows the patient on the status page that a GP accepted', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const patient = await context.newPage();
    await patient.goto(`${server.url}/medecin-traitant/suivi`);
    await patient.getByTestId('status-number').fill(number);
    await patient.getByTestId('status-birth-date').fill('03/04/1950');
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
    expect(text).not.toContain('Démo-Arnaud');
    const refused = await ars.request.get(`${server.url}/api/cpts/${cptsId}/mt/capacities`);
    expect(refused.status()).toBe(403);
    await expectAccessible(ars);
  });

  it('shows each access in the audit log', async () => {
    const team = teamPage;
    await team.goto(`${server.url}/journal-audit`);
    await team.getByText('Proposition de médecin traitant').first().waitFor();
    const entries = await (await team.request.get(`${server.url}/api/audit?entity=mtProposal`)).json();
    const actions = new Set(entries.items.map((e: { action: string }) => e.action));
    expect([...actions]).toEqual(expect.arrayContaining(['create', 'read', 'update']));
    await expectAccessible(team);
  });
});
