import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

describe.each(testDatabases())('"100 % CPTS" action plans (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let zoneKey: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    const coverage = await t.app.inject({ method: 'GET', url: '/api/coverage?departement=05', ...as(w.sessions.arsPaca) });
    zoneKey = coverage.json().whiteZones[0].key;
  });
  afterAll(() => t.close());

  const create = (payload: Record<string, unknown>, role: keyof World['sessions'] = 'arsPaca') =>
    t.app.inject({ method: 'POST', url: '/api/plans', payload, ...as(w.sessions[role]) });

  it('creates a plan for a white zone and lists it, overdue when its date has passed', async () => {
    const response = await create({
      regionCode: '93',
      zoneKey,
      modality: 'extendNeighbour',
      owner: 'DD ARS 05',
      dueOn: '2026-10-01',
      status: 'inProgress',
    });
    expect(response.statusCode, response.body).toBe(201);
    // The zone was picked in the département view; the plan covers the region's whole zone.
    expect(response.json()).toMatchObject({ overdue: true, zoneStillUncovered: true, modalityLabel: "Extension d'une CPTS voisine" });
    expect(response.json().unitCodes).toContain(zoneKey);
    const list = await t.app.inject({ method: 'GET', url: '/api/plans?region=93', ...as(w.sessions.cpamPaca) });
    expect(list.json().items).toHaveLength(1);
    const coverage = await t.app.inject({ method: 'GET', url: '/api/coverage?region=93', ...as(w.sessions.arsPaca) });
    expect(coverage.json().plans.overdue).toBe(1);
    expect(coverage.json().whiteZones.find((z: { unitCodes: string[] }) => z.unitCodes.includes(zoneKey)).planIds).toHaveLength(1);
  });

  it('updates a plan; a done plan is no longer overdue', async () => {
    const created = (await create({ regionCode: '93', zoneKey, modality: 'createCpts', owner: 'CPAM 05', dueOn: '2026-01-01' })).json();
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/plans/${created.id}`,
      payload: { modality: 'createCpts', owner: 'CPAM 05', dueOn: '2026-01-01', status: 'done', notes: 'CPTS créée' },
      ...as(w.sessions.arsPaca),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'done', overdue: false, notes: 'CPTS créée' });
  });

  it('refuses an unknown zone, a missing owner and a bad date, naming the field', async () => {
    expect(
      (await create({ regionCode: '93', zoneKey: '99999', modality: 'other', owner: 'X Y', dueOn: '2027-01-01' })).json().error.field,
    ).toBe('zoneKey');
    expect((await create({ regionCode: '93', zoneKey, modality: 'other', owner: '', dueOn: '2027-01-01' })).json().error.field).toBe(
      'owner',
    );
    const badDate = await create({ regionCode: '93', zoneKey, modality: 'other', owner: 'X Y', dueOn: '01/02/2027' });
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json().error.field).toBe('dueOn');
  });

  it('hides plans from other regions and coordinators', async () => {
    expect(
      (await create({ regionCode: '93', zoneKey, modality: 'other', owner: 'ARS ARA', dueOn: '2027-01-01' }, 'arsAra')).statusCode,
    ).toBe(403);
    const plans = (await t.app.inject({ method: 'GET', url: '/api/plans?region=93', ...as(w.sessions.arsPaca) })).json().items;
    const update = await t.app.inject({
      method: 'PUT',
      url: `/api/plans/${plans[0].id}`,
      payload: { modality: 'other', owner: 'ARS ARA', dueOn: '2027-01-01', status: 'abandoned' },
      ...as(w.sessions.arsAra),
    });
    expect(update.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/plans?region=93', ...as(w.sessions.coordPaca) })).statusCode).toBe(403);
  });
});
