import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { addGp } from '../../test/mt-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';
import { runSeriesExtension } from '../composition/slots-schedule.ts';

// TEST_NOW is Sunday 22 November 2026, 11:00 in Paris.
const SERIES = {
  unitCode: PACA_UNITS[0] as string,
  date: '2026-11-24',
  time: '18:00',
  durationMinutes: 20,
  consultationType: 'office',
  visibility: ['SNP'],
  rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8',
};

describe.each(testDatabases())('slot publication (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let gp: Session;
  let otherGp: Session;
  let citizen: Session;
  let seriesId: string;

  const call = (
    session: Session | null,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse> => t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), ...as(session) });
  const mine = async (session: Session, days = 28) => (await call(session, 'GET', `/api/slots/mine?from=2026-11-22&days=${days}`)).json();

  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    gp = await addGp(t, { idNatPs: '810000000201', lastName: 'Martin', unitCode: PACA_UNITS[0] as string });
    otherGp = await addGp(t, { idNatPs: '810000000202', lastName: 'Durand', unitCode: PACA_UNITS[1] as string });
    await t.addUser('citoyen@test.fr', []);
    citizen = await t.login('citoyen@test.fr');
  });
  afterAll(() => t.close());

  it('shows a professional of the territory their CPTS, and refuses anyone else', async () => {
    const response = await call(gp, 'GET', '/api/slots/mine');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      professional: { idNatPs: '810000000201', displayName: 'Camille Martin' },
      cpts: [{ id: w.cptsPaca, name: 'CPTS test Digne', quotas: { SNP: null } }],
      slots: [],
    });
    expect((await call(citizen, 'GET', '/api/slots/mine')).statusCode).toBe(403);
    expect((await call(w.sessions.coordPaca, 'GET', '/api/slots/mine')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/slots/mine')).statusCode).toBe(401);
  });

  it('previews a recurring series in Paris time without saving it', async () => {
    const response = await call(gp, 'POST', '/api/slots/preview', { ...SERIES, cptsId: w.cptsPaca });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.total).toBe(8);
    expect(body.beyondHorizon).toBe(false);
    expect(body.occurrences[0]).toEqual({ startAt: '2026-11-24T17:00:00.000Z', endAt: '2026-11-24T17:20:00.000Z', outsideSnpHours: false });
    expect(body.occurrences[1].startAt).toBe('2026-11-26T17:00:00.000Z');
    expect((await mine(gp)).slots).toEqual([]);
  });

  it('publishes the series and lists its slots', async () => {
    const response = await call(gp, 'POST', '/api/slots', { ...SERIES, cptsId: w.cptsPaca });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().created).toBe(8);
    seriesId = response.json().seriesId;
    const listed = await mine(gp);
    expect(listed.slots).toHaveLength(8);
    expect(listed.slots[0]).toMatchObject({ status: 'free', visibility: ['SNP'], openChannels: ['SNP'], seriesId, outsideSnpHours: false });
    expect(listed.series).toEqual([expect.objectContaining({ id: seriesId, rrule: SERIES.rrule })]);
    expect((await mine(otherGp)).slots).toEqual([]);
  });

  it.each([
    ['an overlapping slot', { rrule: null, time: '18:10' }, 'time'],
    ['a duration under 5 minutes', { rrule: null, time: '09:00', durationMinutes: 4 }, 'durationMinutes'],
    ['a duration over 4 hours', { rrule: null, time: '09:00', durationMinutes: 241 }, 'durationMinutes'],
    ['no channel', { rrule: null, time: '09:00', visibility: [] }, 'visibility'],
    ['an unreadable rule', { rrule: 'FREQ=SOUVENT', time: '09:00' }, 'rrule'],
    ['a start in the past', { rrule: null, date: '2026-11-20' }, 'date'],
    ['a practice that is not theirs', { rrule: null, time: '09:00', unitCode: PACA_UNITS[1] }, 'unitCode'],
  ])('refuses %s in French naming the field', async (_what, change, field) => {
    const response = await call(gp, 'POST', '/api/slots', { ...SERIES, cptsId: w.cptsPaca, ...change });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.field).toBe(field);
    expect(response.json().error.message).toMatch(/[a-zé]/);
  });

  it('refuses a CPTS whose territory does not hold the practice', async () => {
    const response = await call(gp, 'POST', '/api/slots', { ...SERIES, rrule: null, time: '09:00', cptsId: w.cptsAra });
    expect(response.statusCode).toBe(403);
  });

  it('publishes a one-off slot outside SNP hours, flagged', async () => {
    const response = await call(gp, 'POST', '/api/slots', {
      ...SERIES,
      cptsId: w.cptsPaca,
      rrule: null,
      date: '2026-11-28',
      time: '14:00',
      visibility: ['PUBLIC', 'PRO'],
    });
    expect(response.statusCode, response.body).toBe(201);
    const slot = (await mine(gp)).slots.find((s: { startAt: string }) => s.startAt === '2026-11-28T13:00:00.000Z');
    expect(slot).toMatchObject({ seriesId: null, outsideSnpHours: true, visibility: ['PUBLIC', 'PRO'] });
  });

  it('edits a free slot’s channels; another professional cannot', async () => {
    const [first] = (await mine(gp)).slots;
    const edited = await call(gp, 'PUT', `/api/slots/${first.id}`, { visibility: ['SNP', 'CPTS'], consultationType: 'teleconsultation' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ visibility: ['SNP', 'CPTS'], consultationType: 'teleconsultation' });
    const foreign = await call(otherGp, 'PUT', `/api/slots/${first.id}`, { visibility: ['PRO'], consultationType: 'office' });
    expect(foreign.statusCode).toBe(404);
    const empty = await call(gp, 'PUT', `/api/slots/${first.id}`, { visibility: [], consultationType: 'office' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.field).toBe('visibility');
  });

  it('closes a channel for the week once its quota is used', async () => {
    const quotas = await call(gp, 'PUT', `/api/slots/quotas/${w.cptsPaca}`, { quotas: { PUBLIC: null, PRO: null, SNP: 1, CPTS: null } });
    expect(quotas.statusCode, quotas.body).toBe(200);
    const slots = (await mine(gp)).slots;
    // A booking of the Tuesday slot through the SAS (as H5's booking would write it).
    await book(slots[0].id, 'SNP');
    const after = (await mine(gp)).slots;
    const thursday = after.find((s: { startAt: string }) => s.startAt === '2026-11-26T17:00:00.000Z');
    const nextWeek = after.find((s: { startAt: string }) => s.startAt === '2026-12-01T17:00:00.000Z');
    expect(thursday.openChannels).toEqual([]);
    expect(nextWeek.openChannels).toEqual(['SNP']);
    expect(after[0]).toMatchObject({ status: 'booked', openChannels: [] });
  });

  it('withdraws a series from a date and lists the booked slot instead of withdrawing it', async () => {
    const response = await call(gp, 'POST', `/api/slots/series/${seriesId}/withdrawal`, { from: '2026-11-23' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().withdrawn).toBe(7);
    expect(response.json().needingCancellation).toEqual([
      expect.objectContaining({ startAt: '2026-11-24T17:00:00.000Z', status: 'booked' }),
    ]);
    const left = (await mine(gp)).slots;
    expect(left.map((s: { status: string }) => s.status)).toEqual(['booked', 'free']);
    const foreign = await call(otherGp, 'POST', `/api/slots/series/${seriesId}/withdrawal`, { from: '2026-11-23' });
    expect(foreign.statusCode).toBe(404);
  });

  it('withdraws a free slot, lists a booked one', async () => {
    const [booked, free] = (await mine(gp)).slots;
    const response = await call(gp, 'POST', '/api/slots/withdrawal', { ids: [booked.id, free.id] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ withdrawn: 1, needingCancellation: [expect.objectContaining({ id: booked.id })] });
  });

  it('serves the iCal feed at its secret address without patient identity, and revokes it at once', async () => {
    expect((await call(gp, 'GET', '/api/slots/feed')).json()).toMatchObject({ active: false });
    const created = await call(gp, 'POST', '/api/slots/feed');
    expect(created.statusCode, created.body).toBe(201);
    const path: string = created.json().path;
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await call(null, 'GET', path);
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.body).toContain('SUMMARY:Créneau réservé\r\n');
    expect(feed.body).toContain('DTSTART:20261124T170000Z\r\n');
    expect(feed.body).not.toContain('Patient');
    expect(feed.body).not.toMatch(/[^\r]\n/);
    const stored = await t.ctx.database.db.select().from(schema.calendarFeeds);
    expect(stored.map((f) => f.tokenHash)).not.toContain(path.slice(14, -4));
    // A new address revokes the old one; revoking stops the new one immediately.
    const again = (await call(gp, 'POST', '/api/slots/feed')).json().path as string;
    expect((await call(null, 'GET', path)).statusCode).toBe(404);
    expect((await call(null, 'GET', again)).statusCode).toBe(200);
    expect((await call(gp, 'DELETE', '/api/slots/feed')).statusCode).toBe(204);
    expect((await call(null, 'GET', again)).statusCode).toBe(404);
    expect((await call(null, 'GET', '/api/calendar/pas-un-jeton.ics')).statusCode).toBe(422);
  });

  it('gives the team, the ARS and the CPAM the offer as counts only', async () => {
    for (const session of [w.sessions.coordPaca, w.sessions.arsPaca, w.sessions.cpamPaca]) {
      const response = await call(session, 'GET', `/api/cpts/${w.cptsPaca}/slots/offer?from=2026-11-22&days=14`);
      expect(response.statusCode, response.body).toBe(200);
      const days = response.json().days;
      expect(days).toHaveLength(14);
      expect(days.find((d: { day: string }) => d.day === '2026-11-24')).toMatchObject({
        total: 1,
        booked: 1,
        free: 0,
        byChannel: { SNP: 1 },
      });
      // The Saturday slot was withdrawn: withdrawn slots are not offered.
      expect(days.find((d: { day: string }) => d.day === '2026-11-28')).toMatchObject({ total: 0, byChannel: {} });
      expect(response.body).not.toContain('Martin');
    }
    for (const session of [w.sessions.coordAra, w.sessions.arsAra, gp]) {
      expect((await call(session, 'GET', `/api/cpts/${w.cptsPaca}/slots/offer`)).statusCode).toBe(404);
    }
  });

  it('lets the team keep the rota and shows the SNP hours left uncovered', async () => {
    const url = `/api/cpts/${w.cptsPaca}/rota?week=2026-11-23`;
    const empty = (await call(w.sessions.coordPaca, 'GET', url)).json();
    expect(empty.periods).toHaveLength(6);
    expect(empty.gaps).toEqual(empty.periods);
    expect(empty.candidates.map((c: { idNatPs: string }) => c.idNatPs)).toEqual(['810000000202', '810000000201']);
    const added = await call(w.sessions.coordPaca, 'POST', `/api/cpts/${w.cptsPaca}/rota`, {
      idNatPs: '810000000201',
      date: '2026-11-23',
      startTime: '08:00',
      endTime: '14:00',
    });
    expect(added.statusCode, added.body).toBe(201);
    const rota = (await call(w.sessions.coordPaca, 'GET', url)).json();
    expect(rota.shifts).toEqual([expect.objectContaining({ displayName: 'Camille Martin', startAt: '2026-11-23T07:00:00.000Z' })]);
    expect(rota.gaps[0]).toEqual({ startAt: '2026-11-23T13:00:00.000Z', endAt: '2026-11-23T19:00:00.000Z' });
    const bad = await call(w.sessions.coordPaca, 'POST', `/api/cpts/${w.cptsPaca}/rota`, {
      idNatPs: '810000000201',
      date: '2026-11-23',
      startTime: '14:00',
      endTime: '08:00',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('endTime');
    const stranger = await call(w.sessions.coordPaca, 'POST', `/api/cpts/${w.cptsPaca}/rota`, {
      idNatPs: '899999999999',
      date: '2026-11-23',
      startTime: '08:00',
      endTime: '10:00',
    });
    expect(stranger.json().error.field).toBe('idNatPs');
    for (const session of [w.sessions.arsPaca, w.sessions.coordAra, gp]) expect((await call(session, 'GET', url)).statusCode).toBe(404);
    const removed = await call(w.sessions.coordPaca, 'DELETE', `/api/cpts/${w.cptsPaca}/rota/${added.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect((await call(w.sessions.coordPaca, 'GET', url)).json().shifts).toEqual([]);
  });

  it('extends a running series as days pass, once whatever the number of runs', async () => {
    const open = await call(gp, 'POST', '/api/slots', {
      ...SERIES,
      cptsId: w.cptsPaca,
      date: '2026-11-23',
      time: '08:00',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
    });
    expect(open.statusCode, open.body).toBe(201);
    expect(open.json().created).toBe(12);
    const later = () => new Date(TEST_NOW.getTime() + 21 * 86_400_000);
    const runs = await Promise.all([runSeriesExtension(t.ctx.database.db, later), runSeriesExtension(t.ctx.database.db, later)]);
    expect(runs[0].added + runs[1].added).toBe(3);
    expect((await runSeriesExtension(t.ctx.database.db, later)).added).toBe(0);
    const rows = await t.ctx.database.db.select().from(schema.slots).where(eq(schema.slots.seriesId, open.json().seriesId));
    expect(rows).toHaveLength(15);
  });

  async function book(slotId: string, channel: string) {
    const db = t.ctx.database.db;
    const [slot] = await db.select().from(schema.slots).where(eq(schema.slots.id, slotId));
    await db.update(schema.slots).set({ status: 'booked' }).where(eq(schema.slots.id, slotId));
    await db.insert(schema.slotBookings).values({
      id: crypto.randomUUID(),
      slotId,
      cptsId: slot?.cptsId as string,
      channel,
      status: 'booked',
      source: 'maillon',
      patientLastName: 'Patient',
      bookedAt: TEST_NOW,
      statusAt: TEST_NOW,
    });
  }
});
