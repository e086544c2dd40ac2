import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

/** Issue #8 item 2: the ACI as versioned reference data, edited by the admin where not confirmed, every change kept. */
describe.each(testDatabases())('ACI reference data (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const read = (session = w.sessions.coordPaca) => t.app.inject({ method: 'GET', url: '/api/aci/reference', ...as(session) });
  const edit = (payload: unknown, session = w.sessions.admin) =>
    t.app.inject({ method: 'PUT', url: '/api/aci/reference', payload: payload as object, ...as(session) });
  const operatingT3 = { kind: 'amount', versionId: 'aci-2019', sizeCategory: 3, item: 'operating', part: 'operating' };

  it('shows ACI 2019 (in force 25 August 2019) and avenant 2, every value with its source and status', async () => {
    const reference = (await read()).json();
    expect(reference.editable).toBe(false);
    const [v2019, av2] = reference.versions;
    expect(v2019).toMatchObject({ effectiveFrom: { value: '2019-08-25', status: 'confirmed' } });
    expect(av2.effectiveFrom).toMatchObject({ value: '2022-01-01', status: 'unknown' });
    expect(av2.missions.map((m: { mission: string }) => m.mission)).toContain('healthCrisis');
    const t3 = v2019.amounts.find(
      (a: { sizeCategory: number; item: string; part: string }) => a.sizeCategory === 3 && a.item === 'operating',
    );
    expect(t3.amount).toMatchObject({ value: 7_500_000, status: 'derived' });
    expect(t3.amount.source.citation.length).toBeGreaterThan(0);
  });

  it('lets only the admin edit a value not marked confirmed, and keeps who changed what', async () => {
    const payload = {
      key: operatingT3,
      value: 7_600_000,
      status: 'reported',
      source: { url: null, citation: 'Contrat type régional (test)' },
    };
    expect((await edit(payload, w.sessions.arsPaca)).statusCode).toBe(403);
    const edited = await edit(payload);
    expect(edited.statusCode, edited.body).toBe(200);
    const t3 = edited
      .json()
      .versions[0].amounts.find((a: { sizeCategory: number; item: string }) => a.sizeCategory === 3 && a.item === 'operating');
    expect(t3.amount).toMatchObject({ value: 7_600_000, status: 'reported' });
    expect(edited.json().changes[0]).toMatchObject({ authorName: 'admin', what: expect.stringContaining('taille 3') });
  });

  it('refuses to change a confirmed value or to leave a value without source, naming the field', async () => {
    const confirmed = await edit({
      key: { kind: 'effectiveFrom', versionId: 'aci-2019' },
      value: '2019-09-01',
      status: 'reported',
      source: { url: null, citation: 'x' },
    });
    expect(confirmed.statusCode).toBe(422);
    const unsourced = await edit({ key: operatingT3, value: 7_700_000, status: 'reported', source: { url: null, citation: '' } });
    expect([unsourced.statusCode, unsourced.json().error.field]).toEqual([422, 'source.citation']);
  });
});
