import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

/**
 * Journey (issue #6, item 3): the same account is open in two browsers; from the first, the
 * « Sessions actives » page lists both and closes the other one, which is signed out at its
 * next request.
 */
describe('active sessions journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let office: BrowserContext;
  let laptop: BrowserContext;
  let first: Page;
  let second: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    office = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    laptop = await browser.newContext({ viewport: { width: 1400, height: 1000 }, userAgent: FIREFOX });
    first = await office.newPage();
    second = await laptop.newPage();
    for (const page of [first, second]) {
      await login(page, server.url, DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
      await page.waitForURL(/\/observatoire\/93/);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens « Sessions actives » from the account menu and lists both sessions, this one marked', async () => {
    await first.getByRole('button', { name: 'Mon compte' }).click();
    await first.getByRole('menuitem', { name: 'Sessions actives' }).click();
    await first.waitForURL(/\/compte\/sessions$/);
    await first.getByRole('heading', { level: 1, name: 'Sessions actives' }).waitFor();
    const rows = first.getByTestId('sessions-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const current = first.locator('tbody tr[data-current="true"]');
    expect(await current.textContent()).toContain('cette session');
    expect(await current.innerText()).toContain('Chrome sur Linux');
    const other = first.locator('tbody tr[data-current="false"]');
    expect(await other.innerText()).toContain('Firefox sur Windows');
    expect(await other.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
  });

  it('has no serious accessibility violation on the page and in the confirmation', async () => {
    await first.waitForLoadState('networkidle');
    expect(await seriousAxeViolations(first)).toEqual([]);
    await first.getByRole('button', { name: 'Fermer toutes les autres sessions' }).click();
    const dialog = first.getByRole('dialog', { name: 'Fermer toutes les autres sessions ?' });
    await dialog.waitFor();
    // The dialog fades in: audit it once opaque (a half-transparent button fails contrast).
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await dialog.innerText()).toContain('1\u00a0autre session sera déconnectée');
    expect(await seriousAxeViolations(first)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('closes the other session, which is signed out at its next request', async () => {
    await first.getByRole('button', { name: /^Fermer la session Firefox sur Windows/ }).click();
    await first.getByRole('status').filter({ hasText: 'Session « Firefox sur Windows » fermée.' }).waitFor();
    await expect.poll(() => first.getByTestId('sessions-table').locator('tbody tr').count()).toBe(1);
    await second.reload();
    await second.waitForURL(/\/connexion/);
    await second.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await first.reload();
    await first.getByRole('heading', { level: 1, name: 'Sessions actives' }).waitFor();
  });
});
