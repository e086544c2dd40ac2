import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { launchBrowser, login, seriousAxeViolations } from './support/browser.ts';
import { startDemoServer } from './support/demo-server.ts';

/** Journey 1 (issue #2): the ARS of PACA reads coverage, white zones and overlaps. */
describe('ARS observatory journey', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, server.url, DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    await page.waitForURL(/\/observatoire\/93/);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const digits = async (testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/\D/g, ''));

  it('shows the same figures as the coverage API', async () => {
    await page.getByTestId('kpi-population').waitFor();
    const api = await (await page.request.get(`${server.url}/api/coverage?region=93`)).json();
    expect(await digits('kpi-population')).toBe(api.population);
    expect(await digits('kpi-covered-loi')).toBe(api.covered.letterOfIntent);
    expect(await digits('kpi-covered-operating')).toBe(api.covered.operating);
    expect(await digits('kpi-uncovered')).toBe(api.uncovered);
    expect(await digits('kpi-overlaps')).toBe(api.overlaps.length);
    expect(await digits('kpi-white-zones')).toBe(api.whiteZones.length);
    const rows = page.getByTestId('white-zones-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(Math.min(api.whiteZones.length, 1));
  });

  it('draws the map when contours are loaded, or says how to import them', async () => {
    const api = await (await page.request.get(`${server.url}/api/coverage?region=93`)).json();
    if (api.contoursLoaded) {
      await page.getByTestId('coverage-map').waitFor();
      expect(await page.getByTestId('coverage-map').locator('path[data-code]').count()).toBeGreaterThan(900);
    } else {
      await expect(page.getByTestId('contours-missing-alert').innerText()).resolves.toContain('import contours');
    }
  });

  it('filters the observatory by département', async () => {
    const api = await (await page.request.get(`${server.url}/api/coverage?departement=05`)).json();
    await page.goto(`${server.url}/observatoire/93?departement=05`);
    await page.getByTestId('kpi-population').waitFor();
    await expect.poll(() => digits('kpi-population')).toBe(api.population);
  });

  it('has no serious accessibility violation on the steering pages', async () => {
    for (const path of ['/observatoire/93', '/pipeline/93', '/plans/93', '/referentiel']) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const violations = await seriousAxeViolations(page);
      expect(violations.map((v) => `${path}: ${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
    }
  });

  it('lists every demo CPTS on the pipeline board', async () => {
    const api = await (await page.request.get(`${server.url}/api/cpts?region=93`)).json();
    await page.goto(`${server.url}/pipeline/93`);
    await page.getByTestId('pipeline-board').waitFor();
    expect(await page.getByTestId('pipeline-card').count()).toBe(api.items.length);
  });
});
