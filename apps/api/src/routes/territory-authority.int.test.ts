import { createCptsRepository } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { ARA_UNITS, buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

/**
 * Who may change a CPTS territory, and who must agree (issue #6 item 2): the region's staff
 * edit its CPTS, communes of another region need that region's ARS, and a commune claimed by
 * two CPTS is a warning both of them (and the ARS) see.
 */
describe.each(testDatabases())('territory authority (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const inject = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), ...as(session) });
  const territory = async (id: string) => createCptsRepository(t.ctx.database.db).unitCodes(id);
  async function pacaCpts(stage: 'contact' | 'letterOfIntentValidated', units: string[]) {
    counter += 1;
    const id = await t.addCpts({ name: `CPTS autorité ${counter}`, regionCode: '93', stage, units });
    await t.addUser(`coord.auth${counter}@test.fr`, [{ role: 'coordinator', cptsId: id }]);
    return { id, coordinator: await t.login(`coord.auth${counter}@test.fr`) };
  }

  it("applies the region's ARS's and admin's in-region edits directly after validation, not the CPAM's", async () => {
    const { id } = await pacaCpts('letterOfIntentValidated', ['04088']);
    expect((await inject(w.sessions.arsPaca, 'PUT', `/api/cpts/${id}/territory`, { units: ['04088', '04112'] })).statusCode).toBe(200);
    expect(await territory(id)).toEqual(['04088', '04112']);
    expect((await inject(w.sessions.admin, 'PUT', `/api/cpts/${id}/territory`, { units: ['04088'] })).statusCode).toBe(200);
    const cpam = await inject(w.sessions.cpamPaca, 'PUT', `/api/cpts/${id}/territory`, { units: ['04088', '04112'] });
    expect(cpam.statusCode).toBe(403);
    expect(await territory(id)).toEqual(['04088']);
    const proposed = await inject(w.sessions.cpamPaca, 'POST', `/api/cpts/${id}/territory/proposals`, { units: ['04088', '04112'] });
    expect(proposed.statusCode, proposed.body).toBe(403);
  });

  it("lets the region's ARS edit the identity, the CPAM of the département read it, not those of another region", async () => {
    const { id } = await pacaCpts('contact', ['04088']);
    const identity = { name: 'CPTS renommée par l’ARS', legalForm: 'Association loi 1901' };
    const ars = await inject(w.sessions.arsPaca, 'PUT', `/api/cpts/${id}`, identity);
    expect(ars.statusCode, ars.body).toBe(200);
    expect(ars.json()).toMatchObject({ name: identity.name, permissions: { edit: false, editIdentity: true } });
    expect((await inject(w.sessions.cpamPaca, 'PUT', `/api/cpts/${id}`, identity)).statusCode).toBe(403);
    const read = await inject(w.sessions.cpamPaca, 'GET', `/api/cpts/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ permissions: { editIdentity: false } });
    expect((await inject(w.sessions.arsAra, 'PUT', `/api/cpts/${id}`, identity)).statusCode).toBe(404);
  });

  it('hides from a CPAM the CPTS of the other départements of its region', async () => {
    const { id } = await pacaCpts('contact', ['83137']);
    expect((await inject(w.sessions.cpamPaca, 'GET', `/api/cpts/${id}`)).statusCode).toBe(404);
    expect((await inject(w.sessions.arsPaca, 'GET', `/api/cpts/${id}`)).statusCode).toBe(200);
    const listed = (await inject(w.sessions.cpamPaca, 'GET', '/api/cpts?region=93')).json() as { items: { id: string }[] };
    expect(listed.items.map((c) => c.id)).not.toContain(id);
    expect(listed.items.length).toBeGreaterThan(0);
  });

  it("needs both regions' ARS when a coordinator adds communes of another region, even before validation", async () => {
    const { id, coordinator } = await pacaCpts('contact', ['04088']);
    const direct = await inject(coordinator, 'PUT', `/api/cpts/${id}/territory`, { units: ['04088', ARA_UNITS[2]] });
    expect(direct.statusCode).toBe(403);
    expect(direct.json().error.message).toContain("relèvent de l'ARS Auvergne-Rhône-Alpes");
    const proposal = (await inject(coordinator, 'POST', `/api/cpts/${id}/territory/proposals`, { units: ['04088', ARA_UNITS[2]] })).json();
    expect(proposal.approvals).toEqual([
      expect.objectContaining({ regionCode: '93', reason: 'crossRegion', decision: null }),
      expect.objectContaining({ regionCode: '84', regionName: 'Auvergne-Rhône-Alpes', reason: 'unitsOfRegion', decision: null }),
    ]);
    // The other region's ARS sees it in its list although it cannot open the CPTS.
    const list = (await inject(w.sessions.arsAra, 'GET', '/api/territory-proposals?region=84&status=pending')).json();
    const seen = list.items.find((p: { id: string }) => p.id === proposal.id);
    expect(seen.permissions).toEqual({ withdraw: false, decide: ['84'], openCpts: false });
    expect(list.counts.awaitingMe).toBeGreaterThanOrEqual(1);
    expect((await inject(w.sessions.arsAra, 'GET', `/api/cpts/${id}`)).statusCode).toBe(404);
    // Each region decides for itself; the territory changes with the last acceptance.
    const first = await inject(w.sessions.arsPaca, 'POST', `/api/territory-proposals/${proposal.id}/decisions`, { decision: 'accept' });
    expect(first.json().status).toBe('pending');
    expect(await territory(id)).toEqual(['04088']);
    const second = await inject(w.sessions.arsAra, 'POST', `/api/territory-proposals/${proposal.id}/decisions`, { decision: 'accept' });
    expect(second.json()).toMatchObject({ status: 'accepted', approvals: [{ decision: 'accepted' }, { decision: 'accepted' }] });
    expect(await territory(id)).toEqual(['01451', '04088']);
  });

  it('refuses the proposal as soon as one region refuses, whatever the other decided', async () => {
    const { id, coordinator } = await pacaCpts('contact', ['04088']);
    const proposal = (await inject(coordinator, 'POST', `/api/cpts/${id}/territory/proposals`, { units: ['04088', ARA_UNITS[2]] })).json();
    await inject(w.sessions.arsPaca, 'POST', `/api/territory-proposals/${proposal.id}/decisions`, { decision: 'accept' });
    const refused = await inject(w.sessions.arsAra, 'POST', `/api/territory-proposals/${proposal.id}/decisions`, {
      decision: 'refuse',
      comment: 'Bourg relève déjà de la CPTS test Bourg',
    });
    expect(refused.json().status).toBe('refused');
    expect(await territory(id)).toEqual(['04088']);
  });

  it("records the ARS's own acceptance of its cross-region edit and waits for the other region's ARS", async () => {
    const { id } = await pacaCpts('letterOfIntentValidated', ['04088']);
    const proposal = await inject(w.sessions.arsPaca, 'POST', `/api/cpts/${id}/territory/proposals`, { units: ['04088', ARA_UNITS[2]] });
    expect(proposal.statusCode, proposal.body).toBe(201);
    expect(proposal.json().approvals).toEqual([
      expect.objectContaining({ regionCode: '93', decision: 'accepted', decidedByName: 'ars.paca' }),
      expect.objectContaining({ regionCode: '84', decision: null }),
    ]);
    expect(proposal.json().permissions.withdraw).toBe(true);
  });

  it('lets the admin change a territory across regions directly, and decide a proposal for one region at a time', async () => {
    const { id, coordinator } = await pacaCpts('contact', ['04088']);
    expect((await inject(w.sessions.admin, 'PUT', `/api/cpts/${id}/territory`, { units: ['04088', ARA_UNITS[2]] })).statusCode).toBe(200);
    const proposal = (await inject(coordinator, 'POST', `/api/cpts/${id}/territory/proposals`, { units: ['04088', ARA_UNITS[1]] })).json();
    const forAra = await inject(w.sessions.admin, 'POST', `/api/territory-proposals/${proposal.id}/decisions`, {
      decision: 'accept',
      regionCode: '84',
    });
    expect(forAra.json()).toMatchObject({ status: 'pending', permissions: { decide: ['93'] } });
    const forPaca = await inject(w.sessions.admin, 'POST', `/api/territory-proposals/${proposal.id}/decisions`, { decision: 'accept' });
    expect(forPaca.json().status).toBe('accepted');
    expect(await territory(id)).toEqual(['01344', '04088']);
  });

  it('turns communes of another region into a pending proposal when the ARS registers a CPTS, never a silent acceptance', async () => {
    const response = await inject(w.sessions.arsPaca, 'POST', '/api/cpts', {
      name: 'CPTS à cheval',
      regionCode: '93',
      units: ['04088', ARA_UNITS[2]],
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created.units.map((u: { code: string }) => u.code)).toEqual(['04088']);
    expect(created.pendingProposal).toMatchObject({
      status: 'pending',
      added: [{ code: ARA_UNITS[2], regionCode: '84' }],
      approvals: [
        { regionCode: '93', decision: 'accepted' },
        { regionCode: '84', decision: null },
      ],
    });
    const ara = (await inject(w.sessions.arsAra, 'GET', '/api/territory-proposals?region=84&status=pending')).json();
    expect(ara.items.map((p: { id: string }) => p.id)).toContain(created.pendingProposal.id);
    const foreign = await inject(w.sessions.arsAra, 'POST', '/api/cpts', { name: 'CPTS hors région', regionCode: '93', units: ['04088'] });
    expect(foreign.statusCode).toBe(403);
    const unknown = await inject(w.sessions.arsPaca, 'POST', '/api/cpts', {
      name: 'CPTS inconnue',
      regionCode: '93',
      units: ['04088', '99999'],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.field).toBe('units[1]');
  });

  it('shows the other CPTS that a commune is also claimed, with its name and since when, and nothing else', async () => {
    const { id: claimed, coordinator: claimedCoordinator } = await pacaCpts('letterOfIntentValidated', ['04006', '04024']);
    const { id: claimant, coordinator } = await pacaCpts('contact', ['04049']);
    const taken = await inject(coordinator, 'PUT', `/api/cpts/${claimant}/territory`, { units: ['04049', '04006'] });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().assessment.overlaps).toEqual([
      expect.objectContaining({ cptsId: null, cptsName: `CPTS autorité ${counter - 1}`, unitCodes: ['04006'] }),
    ]);
    const detail = (await inject(claimedCoordinator, 'GET', `/api/cpts/${claimed}`)).json();
    expect(detail.assessment.overlaps).toEqual([
      {
        cptsId: null,
        cptsName: `CPTS autorité ${counter}`,
        unitCodes: ['04006'],
        population: expect.any(Number),
        units: [{ code: '04006', name: 'Allos', claimedSince: TEST_NOW.toISOString() }],
      },
    ]);
    // Name and shared communes only: neither the claimant's id nor its other communes.
    const body = JSON.stringify(detail);
    expect(body).not.toContain(claimant);
    expect(body).not.toContain('04049');
    const ars = (await inject(w.sessions.arsPaca, 'GET', `/api/cpts/${claimed}`)).json();
    expect(ars.assessment.overlaps[0].cptsId).toBe(claimant);
  });

  it('keeps the date a commune was first claimed when the rest of the territory changes', async () => {
    const { id, coordinator } = await pacaCpts('contact', ['04019']);
    const before = await createCptsRepository(t.ctx.database.db).unitClaims([id], ['04019']);
    await inject(coordinator, 'PUT', `/api/cpts/${id}/territory`, { units: ['04019', '04112'] });
    const after = await createCptsRepository(t.ctx.database.db).unitClaims([id], ['04019']);
    expect(after).toEqual(before);
  });

  it('shows the ARS the overlaps a proposal would create', async () => {
    const { id, coordinator } = await pacaCpts('letterOfIntentValidated', ['04088']);
    const proposal = (await inject(coordinator, 'POST', `/api/cpts/${id}/territory/proposals`, { units: ['04088', PACA_UNITS[0]] })).json();
    const seen = (await inject(w.sessions.arsPaca, 'GET', `/api/territory-proposals/${proposal.id}`)).json();
    expect(seen.overlaps).toEqual(
      expect.arrayContaining([expect.objectContaining({ cptsId: w.cptsPaca, cptsName: 'CPTS test Digne', unitCodes: [PACA_UNITS[0]] })]),
    );
    expect(proposal.overlaps.find((o: { cptsName: string }) => o.cptsName === 'CPTS test Digne').cptsId).toBeNull();
  });
});
