import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIdentityRepository, openDatabase } from '@maillon/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { hashPassword } from '../apps/api/src/use-cases/auth/passwords.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

const FIXTURE = join(import.meta.dirname, '../apps/api/test/fixtures/registry/occitanie-registry.csv');
const ARS_OCCITANIE = 'ars.occitanie.e2e@demo.maillon.fr';

/** An ARS account for Occitanie (the demo has PACA's only), written while the server is stopped: PGlite has one writer. */
async function addOccitanieArs(dataDir: string): Promise<void> {
  const database = await openDatabase({ dataDir });
  try {
    await createIdentityRepository(database.db).createUser(
      {
        id: crypto.randomUUID(),
        email: ARS_OCCITANIE,
        displayName: 'ARS Occitanie (e2e, démo)',
        passwordHash: await hashPassword(DEMO_PASSWORD),
        isDemo: true,
        createdAt: new Date(),
      },
      [{ role: 'ars', regionCode: '76' }],
    );
  } finally {
    await database.close();
  }
}

/**
 * Journey (issue #8 items 1 and 7): the ARS of Occitanie uploads the registry fixture, reads the
 * preview (nothing written yet), confirms, and opens the region's financing view; axe finds no
 * serious violation on the preview nor on the financing page.
 */
describe('registry import and financing view through the web UI', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const dataDir = mkdtempSync(join(tmpdir(), 'maillon-e2e-registry-'));
  beforeAll(async () => {
    await (await startDemoServer({ config: { dataDir } })).close();
    await addOccitanieArs(dataDir);
    server = await startDemoServer({ config: { dataDir } });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, server.url, ARS_OCCITANIE, DEMO_PASSWORD);
    await page.waitForURL(/\/observatoire\/76/);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const regionCpts = async () => (await (await page.request.get(`${server.url}/api/cpts?region=76`)).json()).items as { name: string }[];
  const violations = async () => (await seriousAxeViolations(page)).map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`);

  it('previews the fixture: two CPTS to create, line numbers as in the file, nothing written', async () => {
    await page.getByRole('link', { name: 'Import du registre' }).click();
    await page.waitForURL(/\/registre\/import/);
    await page.locator('input[type="file"]').setInputFiles(FIXTURE);
    await page.getByTestId('registry-preview').click();
    await page.getByTestId('registry-counts').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('registry-counts').textContent()).toContain('2 à créer');
    const cevennes = page.getByTestId('registry-line-8');
    expect(await cevennes.textContent()).toContain('Entre Châtaigne et Micocoule');
    expect(await cevennes.textContent()).toContain('À créer');
    expect(await cevennes.textContent()).toContain('Contrat ACI signé le 14/02/2020');
    expect(await regionCpts()).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('applies it on confirmation', async () => {
    await page.getByTestId('registry-apply').click();
    await page.getByTestId('registry-applied').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('registry-line-8').textContent()).toContain('Créée');
    expect((await regionCpts()).map((c) => c.name).sort()).toEqual([
      'CPTS Exemple des Garrigues (fictive)',
      'Entre Châtaigne et Micocoule',
    ]);
  });

  it('opens the financing view of the region with the contract years, sortable, and accessible', async () => {
    await page.getByRole('link', { name: 'Voir le financement ACI de la région' }).click();
    await page.waitForURL(/\/financement\?region=76/);
    const years = page.getByTestId('financing-years');
    await years.waitFor({ timeout: 30_000 });
    expect(await years.locator('tbody tr').count()).toBe(5);
    expect(await years.textContent()).toContain('Entre Châtaigne et Micocoule');
    const firstYear = async () => years.locator('tbody tr').first().locator('td').nth(2).textContent();
    expect(await firstYear()).toBe('1');
    await page.getByRole('button', { name: /^Année/ }).click();
    await page.getByRole('button', { name: /^Année/ }).click();
    expect(await firstYear()).toBe('5');
    expect(await page.getByTestId('financing-late').count()).toBe(0);
    expect(await violations()).toEqual([]);
  });

  it('shows the demo region with its upcoming payments, accessible too', async () => {
    const admin = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(admin, server.url, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    await admin.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await admin.goto(`${server.url}/financement?region=93`);
    await admin.getByTestId('financing-years').waitFor({ timeout: 30_000 });
    expect(await admin.getByTestId('financing-years').textContent()).toContain('démo');
    await admin.getByTestId('financing-upcoming').waitFor();
    expect((await seriousAxeViolations(admin)).map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
    await admin.close();
  });
});
