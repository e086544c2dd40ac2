import { schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-seed.ts';
import { ensureDemoSpecialistRequests } from './demo-specialist-requests.ts';

describe.each(testDatabases())('demo specialist requests (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // The whole demo, seeded once per run and copied (test/demo-database.ts).
    t = await createTestApp(kind, undefined, { demo: true });
  }, 300_000);
  afterAll(() => t.close());

  it('gives the demo CPTS requests to its specialists, labelled demo, with an indicator in and out of target', async () => {
    const coordinator = await t.login(DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    const [cpts] = (await t.app.inject({ method: 'GET', url: '/api/cpts', ...as(coordinator) })).json().items;
    const team = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}/specialist-requests`, ...as(coordinator) })).json();
    expect(team.items).toHaveLength(4);
    expect(team.items.every((r: { isDemo: boolean }) => r.isDemo)).toBe(true);
    expect(team.indicator.total).toMatchObject({ requests: 4, withinTarget: 1, late: 1, overdue: 1, pending: 1 });
    const gp = await t.login(DEMO_ACCOUNTS.gp, DEMO_PASSWORD);
    expect((await t.app.inject({ method: 'GET', url: '/api/specialist-requests', ...as(gp) })).json().posted).toHaveLength(4);
  });

  it('gives the demo specialist the open requests of their specialty and dedicated slots to book', async () => {
    const specialist = await t.login(DEMO_ACCOUNTS.specialist, DEMO_PASSWORD);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/specialist-requests', ...as(specialist) })).json();
    expect(mine.me.specialties.length).toBeGreaterThan(0);
    // The two open demo requests (an opinion past its deadline, a consultation still in time), and the one they answered.
    expect(mine.inbox.map((r: { kind: string; status: string }) => `${r.kind}:${r.status}`).sort()).toEqual([
      'consultation:open',
      'opinion:answered',
      'opinion:open',
    ]);
    expect(mine.slots.length).toBeGreaterThanOrEqual(9);
    const consultation = mine.inbox.find((r: { kind: string }) => r.kind === 'consultation');
    const booked = await t.app.inject({
      method: 'POST',
      url: `/api/specialist-requests/${consultation.id}/book`,
      ...as(specialist),
      payload: { slotId: mine.slots[0].id },
    });
    expect(booked.statusCode, booked.body).toBe(200);
    expect(booked.json()).toMatchObject({ status: 'booked', booking: { startAt: mine.slots[0].startAt } });
  });

  it('seeds them once', async () => {
    expect(await ensureDemoSpecialistRequests(t.ctx.database.db, { coordinatorEmail: DEMO_ACCOUNTS.coordinator, now: TEST_NOW })).toBe(0);
    expect(await t.ctx.database.db.select().from(schema.specialistRequests)).toHaveLength(4);
  });
});
