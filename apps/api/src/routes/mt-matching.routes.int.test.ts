import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { addGp, addRequest, CAPACITY, declare, waitForRun } from '../../test/mt-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';
import { runFollowUpSweep } from '../composition/follow-up-schedule.ts';

const [DIGNE, AIGLUN, MEOLANS] = PACA_UNITS as [string, string, string];

describe.each(testDatabases())('matching runs and the proposal workflow (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let martin: Session;
  let durand: Session;
  const requests: Record<string, string> = {};
  const proposals: Record<string, string> = {};
  let runId = '';

  const get = (url: string, session: Session | null) => t.app.inject({ method: 'GET', url, ...as(session) });
  const post = (url: string, session: Session | null, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, payload, ...as(session) });
  const requestRow = async (id: string) =>
    (await t.ctx.database.db.select().from(schema.mtRequests).where(eq(schema.mtRequests.id, id)))[0];
  const outbox = async () => t.ctx.database.db.select().from(schema.mailOutbox);

  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    martin = await addGp(t, { idNatPs: '810000000201', lastName: 'Martin', unitCode: DIGNE });
    durand = await addGp(t, { idNatPs: '810000000202', lastName: 'Durand', unitCode: AIGLUN });
    await declare(t, martin, w.cptsPaca, { ...CAPACITY, practiceUnitCode: DIGNE, availableNow: 1, perMonth: 5 });
    await declare(t, durand, w.cptsPaca, { ...CAPACITY, practiceUnitCode: AIGLUN, availableNow: 1, perMonth: 5, minAge: 18 });
    requests.ald = await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Alpha', unitCode: DIGNE, ald: true, source: 'cpam' });
    requests.adult = await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Bravo', unitCode: AIGLUN });
    requests.child = await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Charlie', unitCode: AIGLUN, birthDate: '2020-01-01' });
  });
  afterAll(() => t.close());

  it('refuses to launch a run to anyone but the coordination team', async () => {
    for (const session of [w.sessions.arsPaca, w.sessions.cpamPaca, w.sessions.coordAra, martin]) {
      expect((await post(`/api/cpts/${w.cptsPaca}/mt/runs`, session)).statusCode).toBe(403);
    }
  });

  it('runs in the background with its progress stored, and proposes without assigning', async () => {
    const started = await post(`/api/cpts/${w.cptsPaca}/mt/runs`, w.sessions.coordPaca);
    expect(started.statusCode).toBe(201);
    expect(started.json().status).toBe('running');
    runId = started.json().id;
    const run = await waitForRun(t, w.sessions.coordPaca, w.cptsPaca, runId);
    expect(run).toMatchObject({ status: 'done', phase: expect.any(String), summary: { patients: 3, gps: 2, placements: 2 } });
    const result = (await get(`/api/cpts/${w.cptsPaca}/mt/runs/${runId}/result`, w.sessions.coordPaca)).json();
    const byPatient = Object.fromEntries(result.proposals.map((p: { patientName: string; gp: { idNatPs: string } }) => [p.patientName, p]));
    expect(byPatient['Dominique Alpha']).toMatchObject({
      status: 'draft',
      gp: { idNatPs: '810000000201' },
      explanation: expect.stringContaining('places restantes'),
    });
    expect(byPatient['Dominique Bravo']).toMatchObject({ status: 'draft', gp: { idNatPs: '810000000202' } });
    // The child: Durand takes 18 and over, Martin's one place went to the ALD patient.
    expect(result.unmatched).toEqual([expect.objectContaining({ patientName: 'Dominique Charlie', reason: 'Capacité épuisée' })]);
    proposals.ald = byPatient['Dominique Alpha'].id;
    proposals.adult = byPatient['Dominique Bravo'].id;
    expect((await requestRow(requests.ald as string))?.status).toBe('waiting');
  });

  it('conflicts when a run is already running for the CPTS', async () => {
    await t.ctx.database.db.insert(schema.matchingRuns).values({
      id: crypto.randomUUID(),
      cptsId: w.cptsPaca,
      status: 'running',
      startedAt: new Date(),
      heartbeatAt: new Date('2099-01-01T00:00:00Z'),
    });
    const again = await post(`/api/cpts/${w.cptsPaca}/mt/runs`, w.sessions.coordPaca);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Un appariement est déjà en cours pour cette CPTS.');
    await t.ctx.database.db.update(schema.matchingRuns).set({ status: 'failed' }).where(eq(schema.matchingRuns.status, 'running'));
  });

  it('refuses the run result (names) to the ARS, the CPAM and GPs', async () => {
    for (const session of [w.sessions.arsPaca, w.sessions.cpamPaca, martin]) {
      const response = await get(`/api/cpts/${w.cptsPaca}/mt/runs/${runId}/result`, session);
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('Alpha');
    }
  });

  it('shows a GP nothing until the team sends; then no identity before they accept', async () => {
    expect((await get('/api/gp/proposals', martin)).json().items).toEqual([]);
    const sent = await post(`/api/cpts/${w.cptsPaca}/mt/proposals/send`, w.sessions.coordPaca, {
      proposalIds: [proposals.ald, proposals.adult],
    });
    expect(sent.statusCode).toBe(200);
    expect((await requestRow(requests.ald as string))?.status).toBe('proposed');
    const mine = (await get('/api/gp/proposals', martin)).json().items;
    expect(mine).toEqual([expect.objectContaining({ id: proposals.ald, status: 'sent', ageBand: '30 à 49 ans', patient: null })]);
    expect(JSON.stringify(mine)).not.toContain('Alpha');
    const toGp = (await outbox()).find((m) => m.kind === 'mt-proposal-to-gp' && m.toAddress === 'gp.martin@test.fr');
    expect(toGp?.textBody).toContain('Connectez-vous');
    expect(toGp?.textBody).not.toContain('Alpha');
  });

  it('lets only the GP named answer a proposal', async () => {
    const response = await post(`/api/gp/proposals/${proposals.ald}/decision`, durand, { decision: 'accept' });
    expect(response.statusCode).toBe(404);
    const team = await post(`/api/gp/proposals/${proposals.ald}/decision`, w.sessions.coordPaca, { decision: 'accept' });
    expect(team.statusCode).toBe(403);
  });

  it('shows the identity once accepted, informs the patient without health detail, and records the read', async () => {
    const response = await post(`/api/gp/proposals/${proposals.ald}/decision`, martin, { decision: 'accept' });
    expect(response.statusCode).toBe(200);
    const accepted = response.json().items.find((p: { id: string }) => p.id === proposals.ald);
    expect(accepted.patient).toEqual({ name: 'Dominique Alpha', birthDate: '1980-05-04', phone: null, email: 'alpha@patient.test' });
    expect((await requestRow(requests.ald as string))?.status).toBe('informed');
    const toPatient = (await outbox()).find((m) => m.kind === 'mt-patient-proposal' && m.toAddress === 'alpha@patient.test');
    expect(toPatient?.textBody).toContain('Vous avez une nouvelle proposition : connectez-vous');
    expect(toPatient?.textBody).not.toMatch(/ALD|Martin/);
    const reads = await t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, 'mtProposal'));
    expect(reads.some((r) => r.action === 'read' && r.recordIds.includes(requests.ald as string))).toBe(true);
  });

  it('refuses to accept twice, then goes to the first consultation and the declaration, which closes the request', async () => {
    const twice = await post(`/api/gp/proposals/${proposals.ald}/decision`, martin, { decision: 'accept' });
    expect(twice.statusCode).toBe(409);
    expect((await post(`/api/gp/proposals/${proposals.ald}/decision`, martin, { decision: 'consulted' })).statusCode).toBe(200);
    expect((await post(`/api/gp/proposals/${proposals.ald}/decision`, martin, { decision: 'declared' })).statusCode).toBe(200);
    const closed = await requestRow(requests.ald as string);
    expect(closed).toMatchObject({ status: 'declared', closedOn: '2026-11-22' });
  });

  it('puts a declined request back in the queue with its seniority', async () => {
    const response = await post(`/api/gp/proposals/${proposals.adult}/decision`, durand, {
      decision: 'decline',
      reason: 'tooFar',
      comment: null,
    });
    expect(response.statusCode).toBe(200);
    expect(await requestRow(requests.adult as string)).toMatchObject({ status: 'waiting', requestedOn: '2026-10-01' });
    const team = (await get(`/api/cpts/${w.cptsPaca}/mt/proposals`, w.sessions.coordPaca)).json().items;
    expect(team.find((p: { id: string }) => p.id === proposals.adult)).toMatchObject({ status: 'declined', declineReason: 'tooFar' });
  });

  it('lets a GP browse pseudonymised candidates within their constraints', async () => {
    const response = await get(`/api/gp/candidates/${w.cptsPaca}`, durand);
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items).toEqual([
      expect.objectContaining({ requestId: requests.adult, ageBand: '30 à 49 ans', priorityGroup: expect.any(String) }),
    ]);
    expect(JSON.stringify(items)).not.toMatch(/Bravo|Dominique|1980-05-04|patient\.test/);
    expect((await get(`/api/gp/candidates/${w.cptsAra}`, durand)).statusCode).toBe(403);
  });

  it('lets only one of two GPs take the same patient at the same time', async () => {
    await declare(t, martin, w.cptsPaca, { ...CAPACITY, practiceUnitCode: DIGNE, availableNow: 3, perMonth: 5 });
    const [a, b] = await Promise.all([
      post(`/api/gp/candidates/${w.cptsPaca}`, martin, { requestId: requests.adult }),
      post(`/api/gp/candidates/${w.cptsPaca}`, durand, { requestId: requests.adult }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toMatch(/un autre médecin/);
    const open = await t.ctx.database.db
      .select()
      .from(schema.mtProposals)
      .where(eq(schema.mtProposals.requestId, requests.adult as string));
    expect(open.filter((p) => p.status === 'accepted')).toHaveLength(1);
  });

  it('expires an unanswered proposal at its deadline and re-queues the request; reminds the GP once before', async () => {
    const late = await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Delta', unitCode: MEOLANS, requestedOn: '2026-09-01' });
    await post(`/api/cpts/${w.cptsPaca}/mt/runs`, w.sessions.coordPaca).then((r) =>
      waitForRun(t, w.sessions.coordPaca, w.cptsPaca, r.json().id),
    );
    const draft = (await t.ctx.database.db.select().from(schema.mtProposals).where(eq(schema.mtProposals.requestId, late)))[0];
    expect(draft?.status).toBe('draft');
    await post(`/api/cpts/${w.cptsPaca}/mt/proposals/send`, w.sessions.coordPaca, { proposalIds: [draft?.id] });
    const db = t.ctx.database.db;
    const reminder = await runFollowUpSweep(db, () => new Date('2026-12-03T09:00:00Z'));
    expect(reminder.gpReminders).toBe(1);
    expect((await runFollowUpSweep(db, () => new Date('2026-12-03T10:00:00Z'))).gpReminders).toBe(0);
    const expiry = await runFollowUpSweep(db, () => new Date('2026-12-07T09:00:00Z'));
    expect(expiry.expired).toBe(1);
    expect(await requestRow(late)).toMatchObject({ status: 'waiting', requestedOn: '2026-09-01' });
  });

  it('never lets one GP take more patients than their places, even at the same time', async () => {
    const one = await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Echo', unitCode: AIGLUN });
    const two = await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Foxtrot', unitCode: AIGLUN });
    // A GP of its own: the places used by the earlier tests' proposals do not enter this count.
    const solo = await addGp(t, { idNatPs: '810000000203', lastName: 'Solo', unitCode: AIGLUN });
    await declare(t, solo, w.cptsPaca, { ...CAPACITY, practiceUnitCode: AIGLUN, availableNow: 1, perMonth: 5, minAge: 18 });
    const [a, b] = await Promise.all([
      post(`/api/gp/candidates/${w.cptsPaca}`, solo, { requestId: one }),
      post(`/api/gp/candidates/${w.cptsPaca}`, solo, { requestId: two }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect((a.statusCode === 409 ? a : b).json().error.message).toMatch(/plus de place/);
  });

  it('gives the team, the ARS and the CPAM counts only, and refuses another region', async () => {
    const team = await get(`/api/cpts/${w.cptsPaca}/mt/indicators`, w.sessions.coordPaca);
    expect(team.statusCode).toBe(200);
    expect(team.json()).toMatchObject({ placed: 3, ald: { baseline: 1, stillWaiting: 0 }, responseDays: 30 });
    const ars = await get(`/api/mt/indicators?region=93`, w.sessions.arsPaca);
    expect(ars.statusCode).toBe(200);
    expect(ars.json().items[0]).toMatchObject({ cptsId: w.cptsPaca, waiting: expect.any(Number) });
    expect(ars.body).not.toMatch(/Alpha|Bravo|Charlie|Delta|patient\.test/);
    expect((await get(`/api/cpts/${w.cptsPaca}/mt/indicators`, w.sessions.cpamPaca)).statusCode).toBe(200);
    expect((await get(`/api/cpts/${w.cptsPaca}/mt/indicators`, w.sessions.arsAra)).statusCode).toBe(403);
    expect((await get(`/api/mt/indicators?region=93`, w.sessions.arsAra)).statusCode).toBe(403);
  });
});
