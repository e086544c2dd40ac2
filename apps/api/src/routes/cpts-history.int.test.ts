import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

/** Issue #8 item 1: every lifecycle step takes its real date, the first one too. */
describe.each(testDatabases())('dated history of a CPTS (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const create = (payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/cpts',
      payload: { name: 'CPTS Entre Châtaigne et Micocoule', regionCode: '93', units: PACA_UNITS, ...payload },
      ...as(w.sessions.arsPaca),
    });

  it('records the first step on its real date, years back, and the next steps after it', async () => {
    const created = await create({ stage: 'letterOfIntentSubmitted', date: '2017-02-14' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json().history[0]).toMatchObject({ to: 'letterOfIntentSubmitted', occurredOn: '2017-02-14' });
    const step = (to: string, date: string) =>
      t.app.inject({ method: 'POST', url: `/api/cpts/${id}/transitions`, payload: { to, date }, ...as(w.sessions.arsPaca) });
    expect((await step('letterOfIntentValidated', '2017-01-30')).json().error.field).toBe('date');
    const validated = await step('letterOfIntentValidated', '2017-05-02');
    expect(validated.statusCode, validated.body).toBe(201);
    expect(validated.json().history.map((h: { occurredOn: string }) => h.occurredOn)).toEqual(['2017-02-14', '2017-05-02']);
  });

  it('refuses a first step in the future, before the law of 26 January 2016, or on an impossible day, naming the date', async () => {
    for (const date of ['2026-11-23', '2015-06-01', '2019-02-29']) {
      const response = await create({ date });
      expect([response.statusCode, response.json().error.field], date).toEqual([422, 'date']);
    }
  });
});
