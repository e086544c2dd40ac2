import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { addPro, postRequest, REQUEST } from '../../test/pro-request-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';
import { runProRequestSweep } from '../composition/follow-up-schedule.ts';

const [DIGNE, AIGLUN] = PACA_UNITS as [string, string, string];

describe.each(testDatabases())('requests between professionals (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let gp: Session;
  let nurseA: Session;
  let nurseB: Session;
  let notMember: Session;
  const audits = async (entity: string) =>
    (await t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, entity))).map((a) => a.action);

  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    gp = await addPro(t, { idNatPs: '810000000201', lastName: 'Generaliste', professionCode: '10', unitCode: DIGNE, cptsId: w.cptsPaca });
    nurseA = await addPro(t, {
      idNatPs: '810000000202',
      lastName: 'Infirmiera',
      professionCode: '60',
      unitCode: DIGNE,
      cptsId: w.cptsPaca,
    });
    nurseB = await addPro(t, {
      idNatPs: '810000000203',
      lastName: 'Infirmierb',
      professionCode: '60',
      unitCode: AIGLUN,
      cptsId: w.cptsPaca,
    });
    notMember = await addPro(t, {
      idNatPs: '810000000204',
      lastName: 'Horscpts',
      professionCode: '60',
      unitCode: DIGNE,
      cptsId: w.cptsPaca,
      member: false,
    });
  });
  afterAll(() => t.close());

  it('offers a request to every nurse member nearby; the first of two concurrent accepts wins, exactly once', async () => {
    const posted = await postRequest(t, gp, { ...REQUEST, cptsId: w.cptsPaca, unitCode: DIGNE });
    expect(posted.statusCode).toBe(201);
    const id = posted.json().id as string;
    expect(posted.json()).toMatchObject({ status: 'open', stage: 'broad', communeLabel: expect.any(String) });
    for (const nurse of [nurseA, nurseB]) {
      const mine = (await t.app.inject({ method: 'GET', url: '/api/pro-requests', ...as(nurse) })).json();
      expect(mine.received.map((r: { id: string }) => r.id)).toEqual([id]);
      expect(mine.received[0].canAccept).toBe(true);
    }
    const notOffered = (await t.app.inject({ method: 'GET', url: '/api/pro-requests', ...as(notMember) })).json();
    expect(notOffered.received).toEqual([]);

    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: `/api/pro-requests/${id}/accept`, ...as(nurseA) }),
      t.app.inject({ method: 'POST', url: `/api/pro-requests/${id}/accept`, ...as(nurseB) }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toBe('Demande déjà prise par un confrère.');
    const rows = await t.ctx.database.db.select().from(schema.proRequests).where(eq(schema.proRequests.id, id));
    expect(rows[0]?.status).toBe('taken');
    const accepted = await t.ctx.database.db.select().from(schema.proRequestEvents).where(eq(schema.proRequestEvents.requestId, id));
    expect(accepted.filter((e) => e.kind === 'accepted')).toHaveLength(1);

    const loserSession = a.statusCode === 409 ? nurseA : nurseB;
    const seen = (await t.app.inject({ method: 'GET', url: '/api/pro-requests', ...as(loserSession) })).json().received[0];
    expect(seen).toMatchObject({ status: 'taken', takenByOther: true, canAccept: false, patient: null, takenByName: null });
    // Nor does the request's own timeline name the colleague who took it.
    const detail = (await t.app.inject({ method: 'GET', url: `/api/pro-requests/${id}`, ...as(loserSession) })).json();
    expect(detail).toMatchObject({ takenByOther: true, takenByName: null, patient: null });
    expect(detail.timeline.find((e: { kind: string }) => e.kind === 'accepted')).toMatchObject({ who: null });
    expect(await audits('proRequest')).toEqual(expect.arrayContaining(['create', 'read', 'update']));
  });

  it('goes first to the usual nurse, broadens when she declines, and keeps the timeline', async () => {
    const posted = await postRequest(t, gp, { ...REQUEST, cptsId: w.cptsPaca, unitCode: DIGNE, usualIdNatPs: '810000000202' });
    expect(posted.statusCode).toBe(201);
    const id = posted.json().id as string;
    expect(posted.json().stage).toBe('usual');
    const other = (await t.app.inject({ method: 'GET', url: `/api/pro-requests/${id}`, ...as(nurseB) })).statusCode;
    expect(other).toBe(403);
    const declined = await t.app.inject({
      method: 'POST',
      url: `/api/pro-requests/${id}/decline`,
      payload: { reason: 'Pas disponible' },
      ...as(nurseA),
    });
    expect(declined.statusCode).toBe(200);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/pro-requests/${id}`, ...as(nurseB) })).json();
    expect(detail.stage).toBe('broad');
    expect(detail.canAccept).toBe(true);
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(['posted', 'offeredUsual', 'declined', 'broadened', 'viewed']);
  });

  it('broadens after the delay, escalates, then expires through the sweep, and counts it', async () => {
    const posted = await postRequest(t, gp, { ...REQUEST, cptsId: w.cptsPaca, unitCode: DIGNE, usualIdNatPs: '810000000203' });
    const id = posted.json().id as string;
    const db = t.ctx.database.db;
    expect((await runProRequestSweep(db, () => new Date('2026-11-22T11:00:00Z'))).broadened).toBe(0);
    expect((await runProRequestSweep(db, () => new Date('2026-11-22T12:30:00Z'))).broadened).toBe(1);
    // The request of the previous test, still open, escalates and expires with this one.
    expect((await runProRequestSweep(db, () => new Date('2026-11-23T05:00:00Z'))).escalated).toBe(2);
    expect((await runProRequestSweep(db, () => new Date('2026-11-23T05:00:00Z'))).escalated).toBe(0);
    expect((await runProRequestSweep(db, () => new Date('2026-11-23T10:00:00Z'))).expired).toBe(2);
    const team = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/pro-requests`, ...as(w.sessions.coordPaca) });
    expect(team.statusCode).toBe(200);
    const item = team.json().items.find((r: { id: string }) => r.id === id);
    expect(item.timeline.map((e: { kind: string }) => e.kind)).toEqual(['posted', 'offeredUsual', 'broadened', 'escalated', 'expired']);
    expect(team.json().figures).toMatchObject({ posted: 3, taken: 1, expired: 2, escalated: 2, open: 0 });
    const ars = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/pro-requests/figures`, ...as(w.sessions.arsPaca) });
    expect(ars.statusCode).toBe(200);
    expect(JSON.stringify(ars.json())).not.toContain('J.D.');
    const mails = await db.select().from(schema.mailOutbox);
    expect(mails.every((m) => !JSON.stringify(m).includes('ulcère'))).toBe(true);
  });

  it.each([
    ['the ARS', (): Session | null => w.sessions.arsPaca, 403],
    ['the CPAM', (): Session | null => w.sessions.cpamPaca, 403],
    ['another CPTS team', (): Session | null => w.sessions.coordAra, 403],
    ['the public', (): Session | null => null, 401],
  ] as const)('refuses the team desk to %s', async (_who, session, status) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/pro-requests`, ...as(session()) });
    expect(response.statusCode).toBe(status);
    expect(JSON.stringify(response.json())).not.toContain('J.D.');
  });

  it('refuses a non-member, a name for initials, a birth date, a commune outside the CPTS, naming the field', async () => {
    expect((await postRequest(t, notMember, { ...REQUEST, cptsId: w.cptsPaca, unitCode: DIGNE })).statusCode).toBe(403);
    const name = await postRequest(t, gp, {
      ...REQUEST,
      cptsId: w.cptsPaca,
      unitCode: DIGNE,
      patient: { ...REQUEST.patient, initials: 'Dupont' },
    });
    expect(name.statusCode).toBe(422);
    expect(name.json().error.field).toBe('patient.initials');
    const birth = await postRequest(t, gp, {
      ...REQUEST,
      cptsId: w.cptsPaca,
      unitCode: DIGNE,
      patient: { ...REQUEST.patient, need: 'née le 03/04/1941' },
    });
    expect(birth.json().error.field).toBe('patient.need');
    const outside = await postRequest(t, gp, { ...REQUEST, cptsId: w.cptsPaca, unitCode: '01053' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.field).toBe('unitCode');
    const usual = await postRequest(t, gp, { ...REQUEST, cptsId: w.cptsPaca, unitCode: DIGNE, usualIdNatPs: '810000000204' });
    expect(usual.json().error.field).toBe('usualIdNatPs');
  });
});
