import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

/** A SIRET with a valid Luhn key (the last digit makes the weighted sum a multiple of 10). */
const VALID_SIRET = '73282932000074';

describe.each(testDatabases())('CPTS registry and lifecycle (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const get = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/cpts/${id}`, ...as(w.sessions.admin) })).json();
  const transition = (role: keyof World['sessions'], payload: Record<string, unknown>, id = w.cptsPaca) =>
    t.app.inject({ method: 'POST', url: `/api/cpts/${id}/transitions`, payload, ...as(w.sessions[role]) });

  it('creates a CPTS with a validated SIRET and records its first stage', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cpts',
      payload: { name: 'CPTS du Pays de Forcalquier', regionCode: '93', siret: '732 829 320 00074', finess: '040001234', units: ['04088'] },
      ...as(w.sessions.arsPaca),
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ siret: VALID_SIRET, stage: 'contact', unitCount: 1, units: [{ code: '04088' }] });
    expect(body.history).toHaveLength(1);
  });

  it('refuses an invalid SIRET, naming the field, and writes nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cpts',
      payload: { name: 'CPTS SIRET faux', regionCode: '93', siret: '73282932000075' },
      ...as(w.sessions.arsPaca),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: 'INVALID', field: 'siret' });
    const list = await t.app.inject({ method: 'GET', url: '/api/cpts?region=93', ...as(w.sessions.arsPaca) });
    expect(list.json().items.map((c: { name: string }) => c.name)).not.toContain('CPTS SIRET faux');
  });

  it('replaces the territory and derives population and taille', async () => {
    const units = [...PACA_UNITS, '04019'];
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/cpts/${w.cptsPaca}/territory`,
      payload: { units },
      ...as(w.sessions.coordPaca),
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const expected = body.units.reduce((sum: number, u: { population: number }) => sum + u.population, 0);
    expect(body.units.map((u: { code: string }) => u.code)).toEqual([...units].sort());
    expect(body.population).toBe(expected);
    expect(body.sizeCategory).toBe(expected < 40_000 ? 1 : 2);
    expect(body.assessment.contiguity.status).toBe('unknown');
    // The départements and EPCI it reaches, by their COG names, with the units in each.
    expect(body.assessment.departements).toEqual([{ code: '04', name: 'Alpes-de-Haute-Provence', unitCount: units.length }]);
    const epciUnits = body.assessment.epcis.reduce((sum: number, e: { unitCount: number }) => sum + e.unitCount, 0);
    expect(epciUnits).toBe(units.length);
    for (const epci of body.assessment.epcis) expect(epci.name).not.toBe(epci.code);
  });

  it('refuses an unknown unit with its position in the field path and keeps the old territory', async () => {
    const before = (await get(w.cptsPaca)).units.map((u: { code: string }) => u.code);
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/cpts/${w.cptsPaca}/territory`,
      payload: { units: ['04070', '99999'] },
      ...as(w.sessions.coordPaca),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: 'INVALID', field: 'units[1]' });
    expect((await get(w.cptsPaca)).units.map((u: { code: string }) => u.code)).toEqual(before);
  });

  it('previews overlaps with another CPTS without saving', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${w.cptsAra}/territory/preview`,
      payload: { units: ['01053', '04070'] },
      ...as(w.sessions.coordAra),
    });
    expect(response.statusCode).toBe(200);
    // The other CPTS is named, but its page is not the ARA coordinator's to open.
    expect(response.json().overlaps).toEqual([
      expect.objectContaining({ cptsId: null, cptsName: 'CPTS test Digne', unitCodes: ['04070'] }),
    ]);
    expect(response.json().unitsOutsideRegion).toEqual(['04070']);
    expect((await get(w.cptsAra)).units.map((u: { code: string }) => u.code)).not.toContain('04070');
  });

  it('lets the coordinator request a step that only the ARS may validate', async () => {
    const requested = await transition('coordPaca', { to: 'letterOfIntentSubmitted', date: '2026-10-01' });
    expect(requested.statusCode, requested.body).toBe(201);
    expect(requested.json().allowedTransitions).toEqual(
      expect.arrayContaining([expect.objectContaining({ to: 'letterOfIntentValidated', actor: 'regulator', allowed: false })]),
    );
    const selfValidation = await transition('coordPaca', { to: 'letterOfIntentValidated' });
    expect(selfValidation.statusCode).toBe(403);
    expect(selfValidation.json().error.message).toContain("validée par l'ARS");
    expect((await get(w.cptsPaca)).stage).toBe('letterOfIntentSubmitted');
    const validated = await transition('arsPaca', { to: 'letterOfIntentValidated', comment: 'Dossier complet' });
    expect(validated.statusCode).toBe(201);
    expect(validated.json().history.at(-1)).toMatchObject({
      to: 'letterOfIntentValidated',
      occurredOn: '2026-11-22',
      comment: 'Dossier complet',
    });
  });

  it('refuses an illegal transition with 409 and changes nothing', async () => {
    const before = await get(w.cptsPaca);
    const response = await transition('arsPaca', { to: 'operating' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'ILLEGAL_TRANSITION', field: 'to' });
    const after = await get(w.cptsPaca);
    expect(after.stage).toBe(before.stage);
    expect(after.history).toHaveLength(before.history.length);
  });

  it('refuses a step dated in the future or before the previous one', async () => {
    const future = await transition('arsPaca', { to: 'reviewCommitteeOpinion', date: '2027-01-01' });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.field).toBe('date');
    const earlier = await transition('arsPaca', { to: 'reviewCommitteeOpinion', date: '2020-01-01' });
    expect(earlier.json().error.field).toBe('date');
  });

  it('requires a reason to suspend, and resumes to the stage it left', async () => {
    const noReason = await transition('arsPaca', { to: 'suspended' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.field).toBe('comment');
    expect((await transition('arsPaca', { to: 'suspended', comment: 'Bureau démissionnaire' })).statusCode).toBe(201);
    const detail = await get(w.cptsPaca);
    expect(detail.allowedTransitions.map((a: { to: string }) => a.to)).toEqual(['letterOfIntentValidated', 'dissolved', 'merged']);
    expect((await transition('arsPaca', { to: 'letterOfIntentValidated', comment: 'Nouveau bureau élu' })).statusCode).toBe(201);
  });

  it('computes ACI mission deadlines from the signature date', async () => {
    const id = await t.addCpts({ name: 'CPTS signée', regionCode: '93', stage: 'healthProjectValidated', units: ['04019'] });
    await t.addUser('coord.signee@test.fr', [{ role: 'coordinator', cptsId: id }]);
    const signed = await transition('arsPaca', { to: 'aciSigned', date: '2026-06-10' }, id);
    expect(signed.statusCode, signed.body).toBe(201);
    const body = signed.json();
    expect(body.aciSignedOn).toBe('2026-06-10');
    const access = body.deadlines.find((d: { mission: string }) => d.mission === 'accessToCare');
    expect(access).toMatchObject({ startBy: '2026-12-10', deployedBy: '2027-12-10', startStatus: 'near', deployStatus: 'upcoming' });
    const pathways = body.deadlines.find((d: { mission: string }) => d.mission === 'pathways');
    expect(pathways).toMatchObject({ startBy: '2027-06-10', deployedBy: '2028-06-10', startStatus: 'upcoming' });
    const coordinator = await t.login('coord.signee@test.fr');
    const recorded = await t.app.inject({
      method: 'PUT',
      url: `/api/cpts/${id}/missions/accessToCare`,
      payload: { startedOn: '2026-09-01' },
      ...as(coordinator),
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().deadlines.find((d: { mission: string }) => d.mission === 'accessToCare').startStatus).toBe('done');
  });

  it('refuses a malformed CPTS id with 422 naming the parameter', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/cpts/not-a-uuid', ...as(w.sessions.admin) });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.field).toBe('id');
  });
});
