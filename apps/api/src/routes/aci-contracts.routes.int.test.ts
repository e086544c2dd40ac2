import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

/** Issue #8 item 3: the tripartite contract, its taille, missions, amendments and termination. */
describe.each(testDatabases())('ACI contracts (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let cpts: string;
  let coordinator: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    cpts = await t.addCpts({ name: 'CPTS test signée', regionCode: '93', stage: 'healthProjectValidated', units: PACA_UNITS });
    await t.addUser('coord.signee@test.fr', [{ role: 'coordinator', cptsId: cpts }]);
    coordinator = await t.login('coord.signee@test.fr');
  });
  afterAll(() => t.close());

  const signatures = (cptsOn: string, cpamOn: string | null, arsOn: string | null) => ({
    cpts: { signedOn: cptsOn, signatory: 'La présidente' },
    cpam: cpamOn ? { signedOn: cpamOn, signatory: 'Le directeur de la CPAM' } : null,
    ars: arsOn ? { signedOn: arsOn, signatory: null } : null,
  });
  const contract = (overrides: Record<string, unknown> = {}) => ({
    signatures: signatures('2024-03-01', '2024-03-10', '2024-03-15'),
    population: 118_000,
    populationVintage: 2020,
    optionalMissions: [{ mission: 'quality', startWithinMonths: 12, deployedWithinMonths: 24 }],
    ...overrides,
  });
  const post = (payload: unknown, session = w.sessions.arsPaca) =>
    t.app.inject({ method: 'POST', url: `/api/cpts/${cpts}/contracts`, payload: payload as object, ...as(session) });

  it('is recorded by the ARS of the region, never by the coordination team or another region', async () => {
    expect((await post(contract(), coordinator)).statusCode).toBe(403);
    expect((await post(contract(), w.sessions.arsAra)).statusCode).toBe(404);
  });

  it('refuses a signature before the ACI, in the future, and a malformed population, naming the field', async () => {
    const early = await post(contract({ signatures: signatures('2019-06-01', '2019-06-02', '2019-06-03') }));
    expect([early.statusCode, early.json().error.field]).toEqual([422, 'signatures.cpts.signedOn']);
    const future = await post(contract({ signatures: signatures('2026-11-01', '2026-11-20', '2026-12-01') }));
    expect([future.statusCode, future.json().error.field]).toEqual([422, 'signatures.ars.signedOn']);
    expect((await post(contract({ population: -3 }))).json().error.field).toBe('population');
  });

  let id: string;
  it('is signed on the last of the three signatures, taille 3, with the step « ACI signé » on that day', async () => {
    const created = await post(contract());
    expect(created.statusCode, created.body).toBe(201);
    const dto = created.json();
    id = dto.id;
    expect(dto).toMatchObject({ signedOn: '2024-03-15', endsOn: '2029-03-14', status: 'inForce', sizeCategory: 3, currentYear: 3 });
    expect(dto.missions.map((m: { mission: string }) => m.mission)).toEqual([
      'accessToCare',
      'pathways',
      'prevention',
      'healthCrisis',
      'quality',
    ]);
    expect(dto.schedule.rows[0]).toMatchObject({ date: '2024-03-15', item: 'Fonctionnement', kind: 'Avance', amountCents: 13_125_000 });
    expect(dto.schedule.rows[0].amount.replace(/\s/g, ' ')).toBe('131 250,00 €');
    const page = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts}`, ...as(coordinator) })).json();
    expect(page.stage).toBe('aciSigned');
    expect(page.history.at(-1)).toMatchObject({ to: 'aciSigned', occurredOn: '2024-03-15' });
    expect((await post(contract())).statusCode).toBe(409);
  });

  it('takes mission starts from the coordination team, never before the signature', async () => {
    const url = `/api/contracts/${id}/missions/accessToCare`;
    const early = await t.app.inject({ method: 'PUT', url, payload: { startedOn: '2024-01-10' }, ...as(coordinator) });
    expect([early.statusCode, early.json().error.field]).toEqual([422, 'missions[0].startedOn']);
    expect((await t.app.inject({ method: 'PUT', url, payload: { startedOn: '2023-04-01' }, ...as(w.sessions.arsPaca) })).statusCode).toBe(
      403,
    );
    const started = await t.app.inject({ method: 'PUT', url, payload: { startedOn: '2024-04-01' }, ...as(coordinator) });
    expect(started.statusCode, started.body).toBe(200);
    const access = started.json().schedule.rows.find((r: { date: string; item: string }) => r.date === '2024-04-01');
    expect(access).toMatchObject({ item: 'Accès aux soins', kind: 'Avance' });
    expect(started.json().deadlines.find((d: { mission: string }) => d.mission === 'accessToCare')).toMatchObject({ startStatus: 'done' });
  });

  it('gives the CPTS page the deadlines of the contract in force, optional missions and progress included', async () => {
    const page = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts}`, ...as(coordinator) })).json();
    expect(page.deadlinesContractId).toBe(id);
    expect(page.deadlines.map((d: { mission: string }) => d.mission)).toEqual([
      'accessToCare',
      'pathways',
      'prevention',
      'healthCrisis',
      'quality',
    ]);
    expect(page.deadlines[0]).toMatchObject({ mission: 'accessToCare', startedOn: '2024-04-01', startStatus: 'done' });
    expect(page.deadlines[0].explanation).toContain('15/03/2024');
    expect(page.deadlines.find((d: { mission: string }) => d.mission === 'quality')).toMatchObject({
      startBy: '2025-03-15',
      deployedBy: '2026-03-15',
    });
  });

  it('changes the taille by a dated amendment, then is terminated with the interrupted year settled', async () => {
    const amended = await t.app.inject({
      method: 'POST',
      url: `/api/contracts/${id}/amendments`,
      payload: { signedOn: '2025-01-10', effectiveFrom: '2025-02-01', population: 190_000, populationVintage: 2021 },
      ...as(w.sessions.cpamPaca),
    });
    expect(amended.statusCode, amended.body).toBe(201);
    expect(
      amended
        .json()
        .years.map((y: { sizeCategory: number }) => y.sizeCategory)
        .slice(0, 3),
    ).toEqual([3, 4, 4]);
    const terminated = await t.app.inject({
      method: 'POST',
      url: `/api/contracts/${id}/termination`,
      payload: { effectiveOn: '2026-09-15', reason: 'missionsNotDone' },
      ...as(w.sessions.arsPaca),
    });
    expect(terminated.statusCode, terminated.body).toBe(200);
    expect(terminated.json()).toMatchObject({
      status: 'terminated',
      termination: { effectiveOn: '2026-09-15', reasonLabel: expect.any(String) },
    });
    expect(terminated.json().schedule.rows.some((r: { kind: string }) => r.kind === 'Remboursement')).toBe(true);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/contracts/${id}/termination`,
      payload: { effectiveOn: '2026-10-01', reason: 'other', comment: 'x' },
      ...as(w.sessions.arsPaca),
    });
    expect(again.statusCode).toBe(422);
  });

  it('is read by the CPTS, its region and the admin only', async () => {
    for (const session of [coordinator, w.sessions.arsPaca, w.sessions.cpamPaca, w.sessions.admin]) {
      expect((await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts}/contracts`, ...as(session) })).json().items).toHaveLength(1);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/contracts/${id}`, ...as(w.sessions.coordAra) })).statusCode).toBe(404);
  });
});
