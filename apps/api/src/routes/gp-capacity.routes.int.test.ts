import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { addGp, CAPACITY, declare } from '../../test/mt-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

describe.each(testDatabases())('GP capacity (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let gp: Session;
  let otherGp: Session;
  let notGp: Session;

  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    gp = await addGp(t, { idNatPs: '810000000101', lastName: 'Martin', unitCode: PACA_UNITS[0] as string });
    otherGp = await addGp(t, { idNatPs: '810000000102', lastName: 'Durand', unitCode: PACA_UNITS[1] as string });
    await t.addUser('citoyen@test.fr', []);
    notGp = await t.login('citoyen@test.fr');
  });
  afterAll(() => t.close());

  it('shows a GP the CPTS of their practice, with nothing declared yet', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/gp/capacity', ...as(gp) });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.gp).toMatchObject({ idNatPs: '810000000101', displayName: 'Camille Martin' });
    expect(body.cpts).toEqual([{ id: w.cptsPaca, name: 'CPTS test Digne', capacity: null }]);
  });

  it('refuses an account that is not a general practitioner of the directory', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/gp/capacity', ...as(notGp) });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/médecins généralistes/);
  });

  it('records a declaration and shows it back with the places left', async () => {
    const response = await declare(t, gp, w.cptsPaca, { ...CAPACITY, practiceUnitCode: PACA_UNITS[0] });
    expect(response.statusCode).toBe(200);
    expect(response.json().cpts[0].capacity).toMatchObject({ availableNow: 2, perMonth: 3, remainingNow: 2, remainingThisMonth: 3 });
  });

  it('refuses a practice that is not the GP’s, a commune outside the territory and a CPTS elsewhere, in French', async () => {
    const notMine = await declare(t, gp, w.cptsPaca, { ...CAPACITY, practiceUnitCode: PACA_UNITS[1] });
    expect(notMine.statusCode).toBe(422);
    expect(notMine.json().error.field).toBe('practiceUnitCode');
    const outside = await declare(t, gp, w.cptsPaca, { ...CAPACITY, practiceUnitCode: PACA_UNITS[0], unitCodes: ['04070', '01053'] });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error).toMatchObject({
      field: 'unitCodes[1]',
      message: "Cette commune n'est pas dans le territoire de la CPTS.",
    });
    const elsewhere = await declare(t, gp, w.cptsAra, { ...CAPACITY, practiceUnitCode: PACA_UNITS[0] });
    expect(elsewhere.statusCode).toBe(403);
    const ages = await declare(t, gp, w.cptsPaca, { ...CAPACITY, practiceUnitCode: PACA_UNITS[0], minAge: 60, maxAge: 20 });
    expect(ages.statusCode).toBe(422);
    expect(ages.json().error.field).toBe('maxAge');
  });

  it('lets the coordination team of the CPTS read the capacities declared to it', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/mt/capacities`, ...as(w.sessions.coordPaca) });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({ idNatPs: '810000000101', displayName: 'Camille Martin', availableNow: 2, remainingNow: 2 }),
    ]);
  });

  it.each([
    ['another GP', (): Session | null => otherGp, 403],
    ['the ARS of the region', (): Session | null => w.sessions.arsPaca, 403],
    ['the CPAM of the département', (): Session | null => w.sessions.cpamPaca, 403],
    ['the team of another CPTS', (): Session | null => w.sessions.coordAra, 403],
    ['the public', (): Session | null => null, 401],
  ] as const)('refuses the capacities to %s', async (_who, session, status) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/mt/capacities`, ...as(session()) });
    expect(response.statusCode).toBe(status);
    expect(JSON.stringify(response.json())).not.toContain('Martin');
  });

  it('never shows a GP another GP’s declaration', async () => {
    await declare(t, otherGp, w.cptsPaca, { ...CAPACITY, practiceUnitCode: PACA_UNITS[1], availableNow: 7 });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/gp/capacity', ...as(gp) })).json();
    expect(mine.cpts[0].capacity.availableNow).toBe(2);
    expect(JSON.stringify(mine)).not.toContain('Durand');
  });
});
