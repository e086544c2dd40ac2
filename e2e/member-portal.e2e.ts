import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCptsRepository, createIdentityRepository, openDatabase } from '@maillon/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcConfig } from '../apps/api/src/config.ts';
import { DEMO_ACCOUNTS } from '../apps/api/src/demo/demo-seed.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../apps/api/test/oidc-provider.ts';
import { addAssembly, addCategory, addDues, addMember } from '../apps/api/test/portal-fixtures.ts';
import { launchBrowser, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/** The professional who signs in: a national id no demo record uses. */
const ID_NAT_PS = '810000999999';

/** A free TCP port: the callback URL registered at the provider must be known before the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Makes the professional an active voting member of the demo coordinator's CPTS, with a paid
 * year and a convened assembly whose frozen voter list includes them (direct inserts, the
 * server being stopped: PGlite has one writer). Returns the CPTS name.
 */
async function enrolProfessional(dataDir: string): Promise<string> {
  const database = await openDatabase({ dataDir });
  try {
    const db = database.db;
    const identity = createIdentityRepository(db);
    const coordinator = await identity.findUserByEmail(DEMO_ACCOUNTS.coordinator);
    const grant = (await identity.grantsOf(coordinator?.id ?? '')).find((g) => g.role === 'coordinator');
    if (grant?.role !== 'coordinator') throw new Error('demo coordinator without CPTS');
    const cpts = await createCptsRepository(db).get(grant.cptsId);
    const categoryId = await addCategory(db, { cptsId: grant.cptsId, name: 'Collège e2e (démo)', voting: true });
    const memberId = await addMember(db, {
      cptsId: grant.cptsId,
      idNatPs: ID_NAT_PS,
      categoryId,
      status: 'active',
      joinedOn: '2025-01-15',
    });
    await addDues(db, { memberId, year: 2025, paidOn: '2025-01-20', receiptNumber: 'E2E-2025-001' });
    await addAssembly(db, {
      cptsId: grant.cptsId,
      title: 'AG e2e (démo)',
      status: 'convened',
      voters: [{ memberId, attendance: 'absent' }],
    });
    return cpts?.name ?? '';
  } finally {
    await database.close();
  }
}

/**
 * Journey (issue #3, point 7): a professional member of a demo CPTS signs in with Pro Santé
 * Connect (a local oidc-provider playing its part), lands on /portail and sees their CPTS,
 * membership, dues and assemblies; a login declined at the provider comes back to /connexion
 * with a French explanation and no session.
 */
describe('member portal through Pro Santé Connect', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let provider: TestOidcProvider;
  let browser: Browser;
  let page: Page;
  let cptsName: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'maillon-e2e-portal-'));

  beforeAll(async () => {
    const port = await freePort();
    const redirectUri = `http://localhost:${port}/api/auth/oidc/callback`;
    provider = await startTestOidcProvider({
      redirectUris: [redirectUri],
      accounts: [
        {
          login: 'dr.demo',
          password: 'mot-de-passe-psc',
          claims: { sub: 'psc-demo-1', SubjectNameID: ID_NAT_PS, given_name: 'Camille', family_name: 'Démo' },
        },
      ],
    });
    const oidc: OidcConfig = {
      issuer: provider.issuer,
      discoveryUrl: undefined,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUri,
      scopes: 'openid scope_all',
      acrValues: undefined,
    };
    // First start seeds the demo; the second reuses its data directory (no reseeding).
    const config = { port, dataDir, oidc };
    await (await startDemoServer({ config })).close();
    cptsName = await enrolProfessional(dataDir);
    server = await startDemoServer({ config });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('offers Pro Santé Connect on the login page, with no serious accessibility violation', async () => {
    await page.goto(`${server.url}/connexion`);
    await page.getByRole('link', { name: 'Se connecter avec Pro Santé Connect' }).waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('signs the professional in at the provider and lands on their portal', async () => {
    await page.getByRole('link', { name: 'Se connecter avec Pro Santé Connect' }).click();
    await page.waitForURL(`${provider.issuer}/interaction/**`);
    await page.getByLabel('Identifiant').fill('dr.demo');
    await page.getByLabel('Mot de passe').fill('mot-de-passe-psc');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL(`${server.url}/portail`);
    await page.getByTestId('portal-membership').first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Mon espace adhérent');
    expect(await page.getByTestId('portal-identity').innerText()).toBe(`Camille Démo — identifiant national ${ID_NAT_PS}`);
    const card = page.getByTestId('portal-membership').first();
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(cptsName);
    expect(await card.getByTestId('portal-membership-status').innerText()).toBe('Adhérent');
    expect(await card.getByTestId('portal-dues').innerText()).toContain('E2E-2025-001');
    const assemblies = await page.getByRole('region', { name: 'Assemblées générales où vous votez' }).innerText();
    expect(assemblies).toContain('AG e2e (démo)');
    expect(assemblies).toContain(cptsName);
  });

  it('has no serious accessibility violation on the portal', async () => {
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });

  it('explains in French a login declined at the provider, and opens no session', async () => {
    await page.context().clearCookies();
    await page.goto(`${server.url}/connexion`);
    await page.getByRole('link', { name: 'Se connecter avec Pro Santé Connect' }).click();
    await page.waitForURL(`${provider.issuer}/interaction/**`);
    await page.getByRole('button', { name: 'Refuser' }).click();
    await page.waitForURL(`${server.url}/connexion?erreur=access_denied`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Connexion par Pro Santé Connect annulée');
    const cookies = await page.context().cookies(server.url);
    expect(cookies.map((c) => c.name)).not.toContain('maillon_session');
    expect((await page.request.get(`${server.url}/api/auth/me`)).status()).toBe(401);
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  });
});
