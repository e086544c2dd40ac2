import { createCptsRepository } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

/**
 * Territory proposals (issue #6 item 2): after the letter of intent is validated a
 * coordinator's change waits for the ARS of the region; the ARS accepts (the territory changes
 * in the same transaction) or refuses with a reason; the author withdraws or replaces it.
 */
describe.each(testDatabases())('territory proposals (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  /** A PACA CPTS whose letter of intent is validated, over Digne-les-Bains, with two coordinators. */
  async function validatedCpts(units = ['04070']) {
    counter += 1;
    const id = await t.addCpts({ name: `CPTS validée ${counter}`, regionCode: '93', stage: 'letterOfIntentValidated', units });
    await t.addUser(`coord.li${counter}@test.fr`, [{ role: 'coordinator', cptsId: id }]);
    await t.addUser(`coord.li${counter}.bis@test.fr`, [{ role: 'coordinator', cptsId: id }]);
    return { id, coordinator: await t.login(`coord.li${counter}@test.fr`), teammate: await t.login(`coord.li${counter}.bis@test.fr`) };
  }
  const inject = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), ...as(session) });
  const propose = (session: Session, id: string, units: string[], comment?: string) =>
    inject(session, 'POST', `/api/cpts/${id}/territory/proposals`, { units, ...(comment ? { comment } : {}) });
  const decide = (session: Session, proposalId: string, payload: Record<string, unknown>) =>
    inject(session, 'POST', `/api/territory-proposals/${proposalId}/decisions`, payload);
  const territory = async (id: string) => createCptsRepository(t.ctx.database.db).unitCodes(id);

  it("refuses the coordinator's direct save after validation, and previews it as a proposal to the ARS", async () => {
    const { id, coordinator } = await validatedCpts();
    const saved = await inject(coordinator, 'PUT', `/api/cpts/${id}/territory`, { units: ['04070', '04001'] });
    expect(saved.statusCode).toBe(403);
    expect(saved.json().error.message).toContain("validé par l'ARS Provence-Alpes-Côte d'Azur avec la lettre d'intention");
    expect(await territory(id)).toEqual(['04070']);
    const preview = await inject(coordinator, 'POST', `/api/cpts/${id}/territory/preview`, { units: ['04070', '04001'] });
    expect(preview.json().change).toEqual({
      kind: 'proposal',
      added: ['04001'],
      removed: [],
      approvals: [{ regionCode: '93', regionName: "Provence-Alpes-Côte d'Azur", reason: 'validatedTerritory', byAuthor: false }],
    });
    const detail = (await inject(coordinator, 'GET', `/api/cpts/${id}`)).json();
    expect(detail.letterOfIntentValidatedOn).toBe('2024-01-15');
    expect(detail.permissions).toMatchObject({ editTerritory: true, decideTerritory: false });
  });

  it('records a proposal with its diff, population effect, author, comment and the regions asked', async () => {
    const { id, coordinator } = await validatedCpts();
    const response = await propose(coordinator, id, ['04070', '04001'], 'Aiglun rejoint la CPTS');
    expect(response.statusCode, response.body).toBe(201);
    const proposal = response.json();
    expect(proposal).toMatchObject({
      status: 'pending',
      added: [{ code: '04001', name: 'Aiglun', regionCode: '93' }],
      removed: [],
      comment: 'Aiglun rejoint la CPTS',
      authorName: `coord.li${counter}`,
      createdAt: '2026-11-22T10:00:00.000Z',
      stale: false,
      approvals: [{ regionCode: '93', decision: null, reason: 'validatedTerritory' }],
      permissions: { withdraw: true, decide: [], openCpts: true },
    });
    expect(proposal.populationAfter - proposal.populationBefore).toBe(proposal.added[0].population);
    expect(await territory(id)).toEqual(['04070']);
    const detail = (await inject(coordinator, 'GET', `/api/cpts/${id}`)).json();
    expect(detail.pendingProposal.id).toBe(proposal.id);
    const ars = (await inject(w.sessions.arsPaca, 'GET', `/api/cpts/${id}`)).json();
    expect(ars.pendingProposal.permissions.decide).toEqual(['93']);
    expect(ars.permissions.decideTerritory).toBe(true);
  });

  it('refuses a proposal that changes nothing, or that needs no decision', async () => {
    const { id, coordinator } = await validatedCpts();
    const unchanged = await propose(coordinator, id, ['04070']);
    expect(unchanged.statusCode).toBe(422);
    expect(unchanged.json().error.field).toBe('units');
    const direct = await propose(w.sessions.coordPaca, w.cptsPaca, ['04070', '04001', '04161', '04088']);
    expect(direct.statusCode).toBe(409);
    expect(direct.json().error.message).toContain('enregistrez directement');
  });

  it("lets the region's ARS accept: the territory changes in the same step and the decision is recorded", async () => {
    const { id, coordinator } = await validatedCpts();
    const proposal = (await propose(coordinator, id, ['04001'])).json();
    const accepted = await decide(w.sessions.arsPaca, proposal.id, { decision: 'accept', comment: 'Conforme au projet' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      closedAt: '2026-11-22T10:00:00.000Z',
      approvals: [{ regionCode: '93', decision: 'accepted', decidedByName: 'ars.paca', comment: 'Conforme au projet' }],
      permissions: { withdraw: false, decide: [] },
    });
    expect(await territory(id)).toEqual(['04001']);
    expect((await inject(coordinator, 'GET', `/api/cpts/${id}`)).json().pendingProposal).toBeNull();
    const again = await decide(w.sessions.arsPaca, proposal.id, { decision: 'accept' });
    expect(again.statusCode).toBe(409);
  });

  it('requires a reason to refuse, and a refusal leaves the territory as it was', async () => {
    const { id, coordinator } = await validatedCpts();
    const proposal = (await propose(coordinator, id, ['04070', '04161'])).json();
    const bare = await decide(w.sessions.arsPaca, proposal.id, { decision: 'refuse', comment: '   ' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().error).toMatchObject({ code: 'INVALID', field: 'comment' });
    const refused = await decide(w.sessions.arsPaca, proposal.id, { decision: 'refuse', comment: 'Commune couverte par une autre CPTS' });
    expect(refused.json()).toMatchObject({
      status: 'refused',
      approvals: [{ decision: 'refused', comment: 'Commune couverte par une autre CPTS' }],
    });
    expect(await territory(id)).toEqual(['04070']);
  });

  it('keeps the CPAM, the coordinator and other regions out of the decision', async () => {
    const { id, coordinator } = await validatedCpts();
    const proposal = (await propose(coordinator, id, ['04070', '04161'])).json();
    expect((await decide(w.sessions.cpamPaca, proposal.id, { decision: 'accept' })).statusCode).toBe(403);
    expect((await decide(coordinator, proposal.id, { decision: 'accept' })).statusCode).toBe(403);
    expect((await decide(w.sessions.arsAra, proposal.id, { decision: 'accept' })).statusCode).toBe(404);
    expect((await decide(w.sessions.coordAra, proposal.id, { decision: 'accept' })).statusCode).toBe(404);
    expect((await inject(w.sessions.coordAra, 'GET', `/api/territory-proposals/${proposal.id}`)).statusCode).toBe(404);
    const cpam = (await inject(w.sessions.cpamPaca, 'GET', `/api/territory-proposals/${proposal.id}`)).json();
    expect(cpam.permissions.decide).toEqual([]);
    expect((await inject(coordinator, 'GET', `/api/territory-proposals/${proposal.id}`)).json().status).toBe('pending');
  });

  it('lets only the author withdraw, and keeps the history of proposals', async () => {
    const { id, coordinator, teammate } = await validatedCpts();
    const proposal = (await propose(coordinator, id, ['04070', '04161'])).json();
    expect((await inject(teammate, 'POST', `/api/territory-proposals/${proposal.id}/withdrawal`)).statusCode).toBe(403);
    expect((await inject(w.sessions.arsPaca, 'POST', `/api/territory-proposals/${proposal.id}/withdrawal`)).statusCode).toBe(403);
    const withdrawn = await inject(coordinator, 'POST', `/api/territory-proposals/${proposal.id}/withdrawal`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', closedByName: `coord.li${counter}` });
    expect((await decide(w.sessions.arsPaca, proposal.id, { decision: 'accept' })).statusCode).toBe(409);
    const history = (await inject(coordinator, 'GET', `/api/cpts/${id}/territory/proposals`)).json().items;
    expect(history.map((p: { status: string }) => p.status)).toEqual(['withdrawn']);
  });

  it("refuses a teammate's proposal while one is pending (409), and lets the author replace their own", async () => {
    const { id, coordinator, teammate } = await validatedCpts();
    const first = (await propose(coordinator, id, ['04070', '04161'])).json();
    const other = await propose(teammate, id, ['04070', '04001']);
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ code: 'CONFLICT', field: 'units' });
    expect(other.json().error.message).toContain('22/11/2026');
    const replaced = await propose(coordinator, id, ['04070', '04001'], 'Plutôt Aiglun');
    expect(replaced.statusCode, replaced.body).toBe(201);
    const history = (await inject(coordinator, 'GET', `/api/cpts/${id}/territory/proposals`)).json().items;
    const statuses = Object.fromEntries(history.map((p: { id: string; status: string }) => [p.id, p.status]));
    expect(statuses).toEqual({ [first.id]: 'superseded', [replaced.json().id]: 'pending' });
  });

  it('records one of two simultaneous proposals and refuses the other with 409', async () => {
    const { id, coordinator, teammate } = await validatedCpts();
    const results = await Promise.all([propose(coordinator, id, ['04070', '04161']), propose(teammate, id, ['04070', '04001'])]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const history = (await inject(coordinator, 'GET', `/api/cpts/${id}/territory/proposals`)).json().items;
    expect(history.map((p: { status: string }) => p.status)).toEqual(['pending']);
  });

  it('lets an acceptance and a new proposal on the same CPTS run at once without corrupting either', async () => {
    const { id, coordinator } = await validatedCpts();
    const first = (await propose(coordinator, id, ['04070', '04161'])).json();
    const [accepted, replaced] = await Promise.all([
      decide(w.sessions.arsPaca, first.id, { decision: 'accept' }),
      propose(coordinator, id, ['04070', '04001']),
    ]);
    const history = (await inject(coordinator, 'GET', `/api/cpts/${id}/territory/proposals`)).json().items;
    if (accepted.statusCode === 200) {
      // The acceptance went first: the replacement was made against the new territory, or refused.
      expect(await territory(id)).toEqual(['04070', '04161']);
      expect([201, 409]).toContain(replaced.statusCode);
    } else {
      // The replacement went first: the first proposal is superseded, so it cannot be accepted.
      expect(accepted.statusCode).toBe(409);
      expect(replaced.statusCode).toBe(201);
      expect(await territory(id)).toEqual(['04070']);
    }
    expect(history.filter((p: { status: string }) => p.status === 'pending').length).toBeLessThanOrEqual(1);
  });

  it('refuses any direct change while a proposal is pending, even the admin’s', async () => {
    const { id, coordinator } = await validatedCpts();
    await propose(coordinator, id, ['04070', '04161']);
    const direct = await inject(w.sessions.admin, 'PUT', `/api/cpts/${id}/territory`, { units: ['04070', '04088'] });
    expect(direct.statusCode).toBe(409);
    expect(await territory(id)).toEqual(['04070']);
  });

  it('refuses to accept a proposal made against a territory that changed meanwhile, and changes nothing', async () => {
    const { id, coordinator } = await validatedCpts();
    const proposal = (await propose(coordinator, id, ['04070', '04161'])).json();
    // A change that did not go through the proposal (another process, a restore…).
    await createCptsRepository(t.ctx.database.db).replaceTerritory(id, ['04070', '04088'], new Date());
    const listed = (await inject(w.sessions.arsPaca, 'GET', `/api/territory-proposals/${proposal.id}`)).json();
    expect(listed.stale).toBe(true);
    const accepted = await decide(w.sessions.arsPaca, proposal.id, { decision: 'accept' });
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().error.message).toContain('a changé depuis cette proposition');
    expect(await territory(id)).toEqual(['04070', '04088']);
    expect((await inject(w.sessions.arsPaca, 'GET', `/api/territory-proposals/${proposal.id}`)).json().status).toBe('pending');
  });

  it('lists the region’s proposals for its ARS and CPAM with the counts, and refuses other regions', async () => {
    const { id, coordinator } = await validatedCpts();
    const proposal = (await propose(coordinator, id, ['04070', '04161'])).json();
    const ars = (await inject(w.sessions.arsPaca, 'GET', '/api/territory-proposals?region=93&status=pending')).json();
    expect(ars.items.map((p: { id: string }) => p.id)).toContain(proposal.id);
    expect(ars.items.every((p: { status: string }) => p.status === 'pending')).toBe(true);
    expect(ars.counts.awaitingMe).toBe(ars.counts.pending);
    expect(ars.counts.pending).toBeGreaterThanOrEqual(1);
    const cpam = (await inject(w.sessions.cpamPaca, 'GET', '/api/territory-proposals?region=93')).json();
    expect(cpam.counts).toEqual({ pending: ars.counts.pending, awaitingMe: 0 });
    expect((await inject(w.sessions.arsAra, 'GET', '/api/territory-proposals?region=93')).statusCode).toBe(403);
    expect((await inject(w.sessions.arsAra, 'GET', '/api/territory-proposals?region=84')).json().items).toEqual([]);
    const bad = await inject(w.sessions.arsPaca, 'GET', '/api/territory-proposals?region=93&status=maybe');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('status');
  });

  it('describes every territory proposal route in the OpenAPI document', async () => {
    const paths = Object.keys((await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/cpts/{id}/territory/proposals',
        '/api/territory-proposals',
        '/api/territory-proposals/{id}',
        '/api/territory-proposals/{id}/decisions',
        '/api/territory-proposals/{id}/withdrawal',
      ]),
    );
  });

  it('refuses any territory change of a dissolved CPTS', async () => {
    const id = await t.addCpts({ name: 'CPTS dissoute', regionCode: '93', stage: 'dissolved', units: ['04070'] });
    const response = await inject(w.sessions.admin, 'PUT', `/api/cpts/${id}/territory`, { units: ['04001'] });
    expect(response.statusCode).toBe(403);
    expect((await inject(w.sessions.admin, 'GET', `/api/cpts/${id}`)).json().permissions.editTerritory).toBe(false);
  });
});
