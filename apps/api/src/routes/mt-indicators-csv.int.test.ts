import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { addGp, addRequest, CAPACITY, declare, waitForRun } from '../../test/mt-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

const [DIGNE, AIGLUN] = PACA_UNITS as [string, string];
const CPTS = 'CPTS test Digne';

/** Issue #9 item 6: the waiting-list indicators as CSV, counts only, for the team, its ARS and its CPAM. */
describe.each(testDatabases())('médecin-traitant indicators CSV (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let martin: Session;

  const get = (url: string, session: Session | null) => t.app.inject({ method: 'GET', url, ...as(session) });
  const post = (url: string, session: Session | null, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, payload, ...as(session) });
  const lines = (body: string) =>
    body
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');

  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    martin = await addGp(t, { idNatPs: '810000000301', lastName: 'Martin', unitCode: DIGNE });
    await declare(t, martin, w.cptsPaca, { ...CAPACITY, practiceUnitCode: DIGNE, availableNow: 1, perMonth: 5 });
    await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Alpha', unitCode: DIGNE, ald: true, source: 'cpam', requestedOn: '2026-01-05' });
    await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Bravo', unitCode: AIGLUN, birthDate: '1950-02-02', source: 'cpam' });
    // One placement: the run proposes Alpha (ALD) to Martin, the team sends it, Martin accepts.
    const run = (await post(`/api/cpts/${w.cptsPaca}/mt/runs`, w.sessions.coordPaca)).json();
    await waitForRun(t, w.sessions.coordPaca, w.cptsPaca, run.id);
    const result = (await get(`/api/cpts/${w.cptsPaca}/mt/runs/${run.id}/result`, w.sessions.coordPaca)).json();
    const proposalIds = result.proposals.map((p: { id: string }) => p.id);
    expect(proposalIds).toHaveLength(1);
    expect((await post(`/api/cpts/${w.cptsPaca}/mt/proposals/send`, w.sessions.coordPaca, { proposalIds })).statusCode).toBe(200);
    expect((await post(`/api/gp/proposals/${proposalIds[0]}/decision`, martin, { decision: 'accept' })).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it("gives the team its CPTS's figures as a French CSV file", async () => {
    const response = await get(`/api/cpts/${w.cptsPaca}/mt/indicators.csv`, w.sessions.coordPaca);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /filename="medecin-traitant-indicateurs-cpts-test-digne-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(response.body.startsWith('\ufeff')).toBe(true);
    const rows = lines(response.body);
    expect(rows[0]).toBe('CPTS;Indicateur;Détail;Valeur');
    expect(rows).toContain(`${CPTS};En attente;Total;1`);
    expect(rows).toContain(`${CPTS};Placés;Total;1`);
    expect(rows.some((r) => /^CPTS test Digne;En attente par commune;.+ \(\d{5}\);1$/.test(r))).toBe(true);
    expect(rows.some((r) => /^CPTS test Digne;En attente par groupe de priorité;.+;1$/.test(r))).toBe(true);
    expect(rows.some((r) => /^CPTS test Digne;Placés par mois;[a-zéû]+ \d{4};1$/.test(r))).toBe(true);
    expect(rows.find((r) => r.includes(';Attente médiane (jours);'))).toMatch(/;\d+(,\d)?$/);
    expect(rows).toContain(`${CPTS};Patients en ALD de la liste CPAM;Référence CPAM;1`);
    expect(rows).toContain(`${CPTS};Patients en ALD de la liste CPAM;Encore sans médecin traitant;0`);
    expect(rows).toContain(`${CPTS};Patients de 70 ans et plus de la liste CPAM;Encore sans médecin traitant;1`);
    // The share answered in time is the JSON figure, in %, with a decimal comma.
    const json = (await get(`/api/cpts/${w.cptsPaca}/mt/indicators`, w.sessions.coordPaca)).json();
    const share = String(Math.round(json.answeredInTimeRate * 1000) / 10).replace('.', ',');
    expect(rows).toContain(`${CPTS};Réponses dans l’engagement (%);30 jours ou moins;${share}`);
    expect(rows).toContain(`${CPTS};Réponses dans l’engagement;30 jours ou moins;${json.answeredInTime}`);
    expect(response.body).not.toMatch(/Alpha|Bravo|Dominique|patient\.test/);
  });

  it('gives the ARS and the CPAM of the region counts only, with the region total', async () => {
    const ars = await get('/api/mt/indicators.csv?region=93', w.sessions.arsPaca);
    expect(ars.statusCode).toBe(200);
    const rows = lines(ars.body);
    expect(rows).toContain(`${CPTS};En attente;Total;1`);
    expect(rows).toContain('Ensemble de la région;En attente;Total;1');
    expect(rows).toContain('Ensemble de la région;Placés;Total;1');
    expect(ars.body).not.toMatch(/Alpha|Bravo|Dominique|patient\.test|Martin/);
    expect((await get(`/api/cpts/${w.cptsPaca}/mt/indicators.csv`, w.sessions.arsPaca)).statusCode).toBe(200);
    expect((await get(`/api/cpts/${w.cptsPaca}/mt/indicators.csv`, w.sessions.cpamPaca)).statusCode).toBe(200);
  });

  it("refuses another CPTS's coordinator, another region's ARS and a GP", async () => {
    for (const session of [w.sessions.coordAra, w.sessions.arsAra, martin]) {
      const response = await get(`/api/cpts/${w.cptsPaca}/mt/indicators.csv`, session);
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('En attente');
    }
    expect((await get('/api/mt/indicators.csv?region=93', w.sessions.arsAra)).statusCode).toBe(403);
    expect((await get(`/api/cpts/${w.cptsPaca}/mt/indicators.csv`, null)).statusCode).toBe(401);
  });
});
