import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { addPro } from '../../test/pro-request-fixtures.ts';
import { addSlot } from '../../test/slot-fixtures.ts';
import { ARA_UNITS, buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

const [DIGNE, AIGLUN] = PACA_UNITS as [string, string, string];
const PATIENT = { initials: 'J.D.', ageBand: '60-74', sex: 'M', need: 'Souffle cardiaque à explorer' };
const CARDIO_A = '810000000401';
const CARDIO_B = '810000000402';

describe.each(testDatabases())('specialist requests (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let gp: Session;
  let cardioA: Session;
  let cardioB: Session;
  let dermato: Session;
  let cardioAra: Session;
  const slots: Record<string, string> = {};
  const ask = (session: Session, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/specialist-requests',
      payload: { cptsId: w.cptsPaca, patient: PATIENT, ...payload },
      ...as(session),
    });
  const mine = async (session: Session) => (await t.app.inject({ method: 'GET', url: '/api/specialist-requests', ...as(session) })).json();
  const audits = async (entity: string) =>
    (await t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, entity))).map((a) => a.action);

  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    const pro = (idNatPs: string, lastName: string, unitCode: string, specialtyCode: string, cptsId = w.cptsPaca) =>
      addPro(t, { idNatPs, lastName, professionCode: '10', unitCode, cptsId, specialtyCode });
    gp = await pro('810000000400', 'Generaliste', DIGNE, 'SM54');
    cardioA = await pro(CARDIO_A, 'Cardioa', DIGNE, 'SM04');
    cardioB = await pro(CARDIO_B, 'Cardiob', AIGLUN, 'SM04');
    dermato = await pro('810000000403', 'Dermato', DIGNE, 'SM15');
    cardioAra = await pro('810000000404', 'Cardioara', ARA_UNITS[0] as string, 'SM04', w.cptsAra);
    const slot = (idNatPs: string, day: string, visibility = ['PRO']) =>
      addSlot(t, { cptsId: w.cptsPaca, unitCode: DIGNE, idNatPs, startAt: new Date(`${day}T09:00:00Z`), visibility });
    slots.a1 = await slot(CARDIO_A, '2026-11-23');
    slots.a2 = await slot(CARDIO_A, '2026-11-25');
    slots.aSnp = await slot(CARDIO_A, '2026-11-26', ['SNP']);
    slots.b1 = await slot(CARDIO_B, '2026-11-23');
  });
  afterAll(() => t.close());

  it('shows a consultation request to the specialty’s specialists with their dedicated slots; of two concurrent bookings one wins', async () => {
    const posted = await ask(gp, { specialtyCode: 'SM04', kind: 'consultation', target: 'h48' });
    expect(posted.statusCode).toBe(201);
    const id = posted.json().id as string;
    expect(posted.json()).toMatchObject({ status: 'open', deadlineAt: '2026-11-24T10:00:00.000Z', overdue: false });

    const inboxA = await mine(cardioA);
    expect(inboxA.me.specialties).toEqual(['SM04']);
    expect(inboxA.inbox.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(inboxA.inbox[0].patient.initials).toBe('J.D.');
    // Their own free PRO slots of the CPTS only (not the SNP one, not a colleague's).
    expect(inboxA.slots.map((s: { id: string }) => s.id).sort()).toEqual([slots.a1, slots.a2].sort());
    for (const other of [dermato, cardioAra, gp]) expect((await mine(other)).inbox).toEqual([]);

    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: `/api/specialist-requests/${id}/book`, payload: { slotId: slots.a1 }, ...as(cardioA) }),
      t.app.inject({ method: 'POST', url: `/api/specialist-requests/${id}/book`, payload: { slotId: slots.b1 }, ...as(cardioB) }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toBe('Demande déjà traitée par un confrère.');
    const db = t.ctx.database.db;
    const bookings = await db.select().from(schema.slotBookings).where(eq(schema.slotBookings.channel, 'PRO'));
    expect(bookings).toHaveLength(1);
    expect(bookings[0]?.patientLastName).toBeNull();
    const wonSlot = a.statusCode === 200 ? slots.a1 : slots.b1;
    const lostSlot = a.statusCode === 200 ? slots.b1 : slots.a1;
    const states = await db.select({ id: schema.slots.id, status: schema.slots.status }).from(schema.slots);
    expect(states.find((s) => s.id === wonSlot)?.status).toBe('booked');
    expect(states.find((s) => s.id === lostSlot)?.status).toBe('free');

    const followed = (await mine(gp)).posted[0];
    expect(followed).toMatchObject({
      status: 'booked',
      achievedAt: '2026-11-23T09:00:00.000Z',
      achievedMinutes: 23 * 60,
      withinTarget: true,
      booking: { startAt: '2026-11-23T09:00:00.000Z', cancelled: false },
    });
    // Settled by a colleague, it leaves the loser's inbox.
    const loserSession = a.statusCode === 409 ? cardioA : cardioB;
    expect((await mine(loserSession)).inbox).toEqual([]);
    expect(await audits('specialistRequest')).toEqual(expect.arrayContaining(['create', 'read', 'update']));
    expect(await audits('slotBooking')).toContain('create');
  });

  it('takes one written opinion of two concurrent answers, and refuses the wrong way of settling, naming the field', async () => {
    const id = (await ask(gp, { specialtyCode: 'SM04', kind: 'opinion', target: 'd7' })).json().id as string;
    const booked = await t.app.inject({
      method: 'POST',
      url: `/api/specialist-requests/${id}/book`,
      payload: { slotId: slots.a2 },
      ...as(cardioA),
    });
    expect(booked.statusCode).toBe(422);
    expect(booked.json().error.field).toBe('kind');
    const answer = (session: Session, text: string) =>
      t.app.inject({ method: 'POST', url: `/api/specialist-requests/${id}/answer`, payload: { text }, ...as(session) });
    expect((await answer(cardioA, ' a ')).json().error.field).toBe('text');
    expect((await answer(dermato, 'Avis de dermatologue')).statusCode).toBe(403);
    expect((await answer(cardioAra, 'Avis hors CPTS')).statusCode).toBe(403);
    const [a, b] = await Promise.all([answer(cardioA, 'ECG et échographie à prévoir.'), answer(cardioB, 'Pas d’urgence.')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const followed = (await mine(gp)).posted.find((r: { id: string }) => r.id === id);
    expect(followed).toMatchObject({ status: 'answered', withinTarget: true, achievedMinutes: 0 });
    expect(['ECG et échographie à prévoir.', 'Pas d’urgence.']).toContain(followed.answerText);
  });

  it('refuses another specialist’s slot, a slot of another channel, and bad requests, naming the field', async () => {
    const id = (await ask(gp, { specialtyCode: 'SM04', kind: 'consultation', target: 'm1' })).json().id as string;
    const book = (session: Session, slotId: string) =>
      t.app.inject({ method: 'POST', url: `/api/specialist-requests/${id}/book`, payload: { slotId }, ...as(session) });
    expect((await book(cardioB, slots.a2 as string)).json().error.field).toBe('slotId');
    expect((await book(cardioA, slots.aSnp as string)).json().error.field).toBe('slotId');
    expect((await ask(gp, { specialtyCode: 'SM54', kind: 'opinion', target: 'h48' })).json().error.field).toBe('specialtyCode');
    expect((await ask(gp, { specialtyCode: 'SM42', kind: 'opinion', target: 'h48' })).json().error.field).toBe('specialtyCode');
    expect((await ask(gp, { specialtyCode: 'SM04', kind: 'opinion', target: 'y1' })).json().error.field).toBe('target');
    const named = await ask(gp, { specialtyCode: 'SM04', kind: 'opinion', target: 'h48', patient: { ...PATIENT, initials: 'Dupont' } });
    expect(named.statusCode).toBe(422);
    expect(named.json().error.field).toBe('patient.initials');
    expect((await ask(gp, { specialtyCode: 'SM04', kind: 'opinion', target: 'h48', cptsId: w.cptsAra })).statusCode).toBe(403);
    expect((await ask(w.sessions.coordPaca, { specialtyCode: 'SM04', kind: 'opinion', target: 'h48' })).statusCode).toBe(403);
    // The author cancels, once; nobody else may.
    const cancel = (session: Session) => t.app.inject({ method: 'POST', url: `/api/specialist-requests/${id}/cancel`, ...as(session) });
    expect((await cancel(cardioA)).statusCode).toBe(403);
    expect((await cancel(gp)).json().status).toBe('cancelled');
    expect((await cancel(gp)).statusCode).toBe(409);
    expect((await book(cardioA, slots.a2 as string)).statusCode).toBe(409);
  });

  it('gives the team the list and the indicator per specialty, the ARS and CPAM the counts only', async () => {
    const team = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/specialist-requests`, ...as(w.sessions.coordPaca) });
    expect(team.statusCode).toBe(200);
    expect(team.json().items).toHaveLength(3);
    expect(team.json().indicator.bySpecialty).toEqual([
      { specialtyCode: 'SM04', requests: 2, settled: 2, withinTarget: 2, late: 0, overdue: 0, pending: 0, shareWithinTarget: 1 },
    ]);
    for (const [session, status] of [
      [w.sessions.arsPaca, 403],
      [w.sessions.cpamPaca, 403],
      [w.sessions.coordAra, 403],
      [cardioA, 403],
      [null, 401],
    ] as const) {
      const refused = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/specialist-requests`, ...as(session) });
      expect(refused.statusCode).toBe(status);
      expect(JSON.stringify(refused.json())).not.toContain('J.D.');
    }
    for (const session of [w.sessions.arsPaca, w.sessions.cpamPaca]) {
      const counts = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/specialist-requests/indicator`, ...as(session) });
      expect(counts.statusCode).toBe(200);
      expect(counts.json().total).toMatchObject({ requests: 2, withinTarget: 2 });
      expect(JSON.stringify(counts.json())).not.toMatch(/J\.D\.|Cardio|Generaliste/);
    }
    const otherRegion = await t.app.inject({
      method: 'GET',
      url: `/api/cpts/${w.cptsPaca}/specialist-requests/indicator`,
      ...as(w.sessions.arsAra),
    });
    expect(otherRegion.statusCode).toBe(403);
  });

  it('reopens the request when its booked consultation is cancelled, and lets it be booked again', async () => {
    const id = (await ask(gp, { specialtyCode: 'SM04', kind: 'consultation', target: 'd7' })).json().id as string;
    const book = () =>
      t.app.inject({ method: 'POST', url: `/api/specialist-requests/${id}/book`, payload: { slotId: slots.a2 }, ...as(cardioA) });
    expect((await book()).json().status).toBe('booked');
    const [booking] = await t.ctx.database.db
      .select()
      .from(schema.slotBookings)
      .where(eq(schema.slotBookings.slotId, slots.a2 as string));
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/slot-bookings/${booking?.id}/cancel`,
      payload: { reason: 'Absence imprévue' },
      ...as(cardioA),
    });
    expect(cancelled.statusCode).toBe(200);
    const followed = (await mine(gp)).posted.find((r: { id: string }) => r.id === id);
    expect(followed).toMatchObject({ status: 'open', booking: null, achievedAt: null, settledByName: null });
    expect((await mine(cardioB)).inbox.map((r: { id: string }) => r.id)).toContain(id);
    expect((await book()).json()).toMatchObject({ status: 'booked', booking: { cancelled: false } });
  });
});
