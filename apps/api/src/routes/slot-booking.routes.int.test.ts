import { schema } from '@maillon/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { addGp } from '../../test/mt-fixtures.ts';
import { addSlot } from '../../test/slot-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';
import { runSlotsUpkeep } from '../composition/slots-schedule.ts';

const [DIGNE, AIGLUN, MEOLANS] = PACA_UNITS as [string, string, string];
const HOUR = 3_600_000;
const at = (hours: number) => new Date(TEST_NOW.getTime() + hours * HOUR);

const PATIENT = {
  lastName: 'Zéphyr',
  firstName: 'Alix',
  birthDate: '1990-02-03',
  phone: '06 12 34 56 78',
  email: 'alix.zephyr@patient.test',
  unitCode: AIGLUN,
  need: 'Fièvre depuis trois jours',
};

describe.each(testDatabases())('SAS regulation and booking (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let now = TEST_NOW;
  let sas04: Session;
  let sas01: Session;
  let sasCpts: Session;
  let martin: Session;
  const slot: Record<string, string> = {};
  let bookingId = '';

  const get = (url: string, s: Session | null) => t.app.inject({ method: 'GET', url, ...as(s) });
  const post = (url: string, s: Session | null, payload: object = {}) => t.app.inject({ method: 'POST', url, payload, ...as(s) });
  const search = (s: Session, query = `unitCode=${AIGLUN}`) => get(`/api/regulation/slots?${query}`, s);
  const outbox = () => t.ctx.database.db.select().from(schema.mailOutbox);

  beforeAll(async () => {
    t = await createTestApp(kind, () => now);
    w = await buildWorld(t);
    await t.addUser('sas.04@test.fr', [{ role: 'sas', departementCode: '04', cptsId: null }]);
    await t.addUser('sas.01@test.fr', [{ role: 'sas', departementCode: '01', cptsId: null }]);
    await t.addUser('sas.cpts@test.fr', [{ role: 'sas', departementCode: null, cptsId: w.cptsPaca }]);
    sas04 = await t.login('sas.04@test.fr');
    sas01 = await t.login('sas.01@test.fr');
    sasCpts = await t.login('sas.cpts@test.fr');
    martin = await addGp(t, { idNatPs: '810000000301', lastName: 'Martin', unitCode: DIGNE });
    slot.digneLater = await addSlot(t, { cptsId: w.cptsPaca, unitCode: DIGNE, startAt: at(3) });
    slot.meolansSoon = await addSlot(t, { cptsId: w.cptsPaca, unitCode: MEOLANS, startAt: at(2) });
    slot.aiglunSame = await addSlot(t, { cptsId: w.cptsPaca, unitCode: AIGLUN, startAt: at(2) });
    slot.proOnly = await addSlot(t, { cptsId: w.cptsPaca, unitCode: AIGLUN, startAt: at(1), visibility: ['PRO'] });
    slot.teamOnly = await addSlot(t, { cptsId: w.cptsPaca, unitCode: AIGLUN, startAt: at(1), visibility: ['CPTS'] });
    slot.farFuture = await addSlot(t, { cptsId: w.cptsPaca, unitCode: AIGLUN, startAt: at(24 * 5) });
    slot.past = await addSlot(t, { cptsId: w.cptsPaca, unitCode: AIGLUN, startAt: at(-1) });
    slot.home = await addSlot(t, { cptsId: w.cptsPaca, unitCode: AIGLUN, startAt: at(2), consultationType: 'home' });
  });
  afterAll(() => t.close());

  it('finds the SNP slots of the regulator’s département, by start time then distance, within 48 hours', async () => {
    const response = await search(sas04);
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((i: { slotId: string }) => i.slotId);
    // Same start: Aiglun (the patient's commune) before Méolans; Digne starts later.
    expect(ids).toEqual([slot.aiglunSame, slot.meolansSoon, slot.digneLater]);
    expect(response.json().items[0]).toMatchObject({
      practitionerName: 'Dr Camille Martin',
      communeName: expect.any(String),
      tier: 'commune',
    });
    const week = await search(sas04, `unitCode=${AIGLUN}&to=${encodeURIComponent(at(24 * 6).toISOString())}`);
    expect(week.json().items.map((i: { slotId: string }) => i.slotId)).toContain(slot.farFuture);
    const home = await search(sas04, `unitCode=${AIGLUN}&consultationType=home`);
    expect(home.json().items.map((i: { slotId: string }) => i.slotId)).toEqual([slot.home]);
  });

  it('scopes the search: a CPTS-scoped regulator sees its slots, another département’s regulator nothing, ARS refused', async () => {
    expect((await search(sasCpts)).json().items).toHaveLength(3);
    expect((await search(sas01)).json().items).toEqual([]);
    expect((await search(w.sessions.arsPaca)).statusCode).toBe(403);
    expect((await search(w.sessions.cpamPaca)).statusCode).toBe(403);
  });

  it('shows the team its CPTS channel and a professional the PRO channel', async () => {
    const team = (await search(w.sessions.coordPaca)).json().items.map((i: { slotId: string }) => i.slotId);
    expect(team).toContain(slot.teamOnly);
    expect(team).not.toContain(slot.proOnly);
    const pro = (await search(martin)).json().items.map((i: { slotId: string }) => i.slotId);
    expect(pro).toEqual([slot.proOnly]);
  });

  it('refuses a window longer than 7 days, naming the field', async () => {
    const response = await search(sas04, `unitCode=${AIGLUN}&to=${encodeURIComponent(at(24 * 8).toISOString())}`);
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ field: 'to', message: expect.stringContaining('7 jours') });
  });

  it('validates the patient identity in French, naming the field', async () => {
    const noContact = await post(`/api/regulation/slots/${slot.digneLater}/booking`, sas04, { ...PATIENT, phone: '', email: '' });
    expect(noContact.statusCode).toBe(422);
    expect(noContact.json().error).toMatchObject({ field: 'phone' });
    const future = await post(`/api/regulation/slots/${slot.digneLater}/booking`, sas04, { ...PATIENT, birthDate: '2030-01-01' });
    expect(future.json().error).toMatchObject({ field: 'birthDate' });
  });

  it('books one slot once out of 20 concurrent attempts: 1 success, 19 × 409, one live booking', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(`/api/regulation/slots/${slot.aiglunSame}/booking`, i % 2 ? sas04 : sasCpts, PATIENT)),
    );
    const codes = attempts.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const conflictBody = attempts.find((r) => r.statusCode === 409)?.json();
    expect(conflictBody.error.message).toContain('Ce créneau vient d’être pris');
    const live = await t.ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.slotBookings)
      .where(and(eq(schema.slotBookings.slotId, slot.aiglunSame as string), ne(schema.slotBookings.status, 'cancelled')));
    expect(Number(live[0]?.n)).toBe(1);
    bookingId = attempts.find((r) => r.statusCode === 201)?.json()?.id;
    expect((await search(sas04)).json().items.map((i: { slotId: string }) => i.slotId)).not.toContain(slot.aiglunSame);
  });

  it('e-mails the patient date, time, practitioner and address, never the need', async () => {
    const mail = (await outbox()).find((m) => m.kind === 'slot-booked' && m.toAddress === PATIENT.email);
    expect(mail?.textBody).toContain('Dr Camille Martin');
    expect(mail?.textBody).toContain('3 rue des Tests');
    expect(mail?.textBody).toMatch(/\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
    expect(mail?.textBody).not.toContain('Fièvre');
    expect(mail?.subject).not.toContain('Fièvre');
  });

  it('shows the booking to the slot’s professional and the team, audited; not to another département’s regulator', async () => {
    const mine = await get('/api/professional/slot-bookings', martin);
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id: bookingId, patient: expect.objectContaining({ lastName: 'Zéphyr' }) }),
    ]);
    expect((await get(`/api/slot-bookings/${bookingId}`, w.sessions.coordPaca)).statusCode).toBe(200);
    expect((await get(`/api/slot-bookings/${bookingId}`, sas01)).statusCode).toBe(404);
    expect((await get(`/api/slot-bookings/${bookingId}`, w.sessions.arsPaca)).statusCode).toBe(404);
    const entries = await t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, 'slotBooking'));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'read']));
  });

  it('lets a hold expire: held by one regulator, bookable by another once past 5 minutes; the sweep frees it', async () => {
    const held = await post(`/api/regulation/slots/${slot.digneLater}/hold`, sas04);
    expect(held.statusCode).toBe(200);
    expect(held.json().heldUntil).toBe(new Date(now.getTime() + 5 * 60_000).toISOString());
    expect((await post(`/api/regulation/slots/${slot.digneLater}/hold`, sasCpts)).statusCode).toBe(409);
    expect((await post(`/api/regulation/slots/${slot.digneLater}/booking`, sasCpts, PATIENT)).statusCode).toBe(409);
    now = new Date(now.getTime() + 6 * 60_000);
    // The server's upkeep round (composition/slots-schedule.ts) frees it.
    const logged: string[] = [];
    expect(
      await runSlotsUpkeep(
        t.ctx.database.db,
        () => now,
        (m) => logged.push(m),
      ),
    ).toMatchObject({ released: 1 });
    expect(logged).toEqual([]);
    expect((await post(`/api/regulation/slots/${slot.digneLater}/hold`, sasCpts)).statusCode).toBe(200);
    const booked = await post(`/api/regulation/slots/${slot.digneLater}/booking`, sasCpts, { ...PATIENT, email: null });
    expect(booked.statusCode).toBe(201);
  });

  it('cancels with a reason (confirmation in the UI) and frees the slot; the patient is told without the reason', async () => {
    expect((await post(`/api/slot-bookings/${bookingId}/cancel`, sas04, { reason: '' })).statusCode).toBe(422);
    const cancelled = await post(`/api/slot-bookings/${bookingId}/cancel`, martin, { reason: 'Cabinet fermé' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Cabinet fermé' });
    const row = (
      await t.ctx.database.db
        .select()
        .from(schema.slots)
        .where(eq(schema.slots.id, slot.aiglunSame as string))
    )[0];
    expect(row?.status).toBe('free');
    const mail = (await outbox()).find((m) => m.kind === 'slot-cancelled');
    expect(mail?.textBody).toContain('est annulé');
    expect(mail?.textBody).not.toContain('Cabinet fermé');
    expect((await post(`/api/regulation/slots/${slot.aiglunSame}/booking`, sas04, PATIENT)).statusCode).toBe(201);
  });

  it('records the outcome by the professional once the time has come; never by the regulator; counts it', async () => {
    const list = (await get('/api/regulation/bookings', sas04)).json().items;
    const live = list.find((b: { slotId: string; status: string }) => b.slotId === slot.aiglunSame && b.status === 'booked');
    expect((await post(`/api/slot-bookings/${live.id}/outcome`, martin, { status: 'fulfilled' })).statusCode).toBe(422);
    now = at(4);
    expect((await post(`/api/slot-bookings/${live.id}/outcome`, sas04, { status: 'fulfilled' })).statusCode).toBe(403);
    const done = await post(`/api/slot-bookings/${live.id}/outcome`, martin, { status: 'fulfilled' });
    expect(done.json().status).toBe('fulfilled');
    const use = (await get(`/api/cpts/${w.cptsPaca}/slot-use`, w.sessions.coordPaca)).json();
    expect(use.total).toMatchObject({ booked: 2, honoured: 1, cancelled: 1 });
    expect(use.indicators.snpBookingsHonoured).toBe(1);
    // SNP slots of the 30 days to today: the five of today (the one in five days is after the period).
    expect(use.indicators.snpSlotsOffered).toBe(5);
    const csv = await get(`/api/cpts/${w.cptsPaca}/slot-use.csv`, w.sessions.coordPaca);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Proposés;Réservés;Honorés');
    expect((await get(`/api/cpts/${w.cptsPaca}/slot-use`, w.sessions.arsPaca)).statusCode).toBe(403);
    const region = (await get('/api/regions/93/slot-use', w.sessions.arsPaca)).json();
    expect(region.byCpts).toEqual([expect.objectContaining({ cptsId: w.cptsPaca, honoured: 1 })]);
    expect(JSON.stringify(region)).not.toContain('Martin');
    expect((await get('/api/regions/93/slot-use', w.sessions.arsAra)).statusCode).toBe(403);
  });
});
