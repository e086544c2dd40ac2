import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './browser.ts';
import { startDemoServer } from './demo-server.ts';

/**
 * A journey on the demo server, inside a `describe`: starts the server and the browser before
 * the tests and closes them after. `pageAs` signs a demo account in, in its own browser context,
 * and waits until the login page is left (the session cookie is set by then). `contextOptions`
 * set the browser's time zone and language (e.g. a user in Paris whatever the machine's zone).
 */
export function demoJourney(contextOptions: { timezoneId?: string; locale?: string } = {}) {
  let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });
  const url = () => {
    if (!server) throw new Error('Le serveur de démonstration n’est pas démarré.');
    return server.url;
  };
  return {
    url,
    async pageAs(email: string): Promise<Page> {
      if (!browser) throw new Error('Le navigateur n’est pas lancé.');
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...contextOptions });
      contexts.push(context);
      const page = await context.newPage();
      await login(page, url(), email, DEMO_PASSWORD);
      await page.waitForURL((address) => !address.pathname.startsWith('/connexion'));
      await page.waitForLoadState('networkidle');
      return page;
    },
    expectAccessible: async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]),
  };
}
