import { schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-seed.ts';
import { ensureDemoSlots } from './demo-slots.ts';

describe.each(testDatabases())('demo slots (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // The whole demo, seeded once per run and copied (test/demo-database.ts).
    t = await createTestApp(kind, undefined, { demo: true });
  }, 300_000);
  afterAll(() => t.close());

  it('gives the demo GP slots over the next 14 days, a recurring SNP series among them, all labelled demo', async () => {
    const gp = await t.login(DEMO_ACCOUNTS.gp, DEMO_PASSWORD);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/slots/mine?from=2026-11-22&days=14', ...as(gp) })).json();
    expect(mine.slots.length).toBeGreaterThan(5);
    expect(mine.slots.every((s: { isDemo: boolean }) => s.isDemo)).toBe(true);
    expect(mine.series).toEqual([expect.objectContaining({ rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4', visibility: ['SNP'], isDemo: true })]);
    expect(mine.slots.some((s: { visibility: string[] }) => s.visibility.includes('PUBLIC'))).toBe(true);
    expect(mine.slots.some((s: { outsideSnpHours: boolean }) => s.outsideSnpHours)).toBe(true);
  });

  it('gives the demo CPTS a rota with a visible gap and an offer in counts', async () => {
    const coordinator = await t.login(DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    const [cpts] = (await t.app.inject({ method: 'GET', url: '/api/cpts', ...as(coordinator) })).json().items;
    const rota = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}/rota?week=2026-11-23`, ...as(coordinator) })).json();
    expect(rota.shifts.length).toBeGreaterThan(5);
    expect(rota.shifts.every((s: { isDemo: boolean }) => s.isDemo)).toBe(true);
    // Wednesday 25 November, 14–20 h, and the Saturday morning are left open.
    expect(rota.gaps).toContainEqual({ startAt: '2026-11-25T13:00:00.000Z', endAt: '2026-11-25T19:00:00.000Z' });
    const offer = (
      await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}/slots/offer?from=2026-11-22`, ...as(coordinator) })
    ).json();
    expect(offer.days.reduce((sum: number, d: { total: number }) => sum + d.total, 0)).toBeGreaterThan(5);
  });

  it('seeds them once', async () => {
    const before = (await t.ctx.database.db.select().from(schema.slots)).length;
    await ensureDemoSlots(t.ctx.database.db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, now: TEST_NOW, today: '2026-11-22' });
    expect((await t.ctx.database.db.select().from(schema.slots)).length).toBe(before);
  });
});
