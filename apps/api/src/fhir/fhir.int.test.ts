import { schema } from '@maillon/db';
import type { Bundle, CapabilityStatement, OperationOutcome, Slot } from '@medplum/fhirtypes';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFhirClient, addSlot, sasBookings, setCptsFiness, slotStatus } from '../../test/fhir-fixtures.ts';
import { createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { bundleShapes, sasFixture } from '../../test/sas-shape.ts';

/**
 * The SAS FHIR interface end to end on the database (issue #10 item 4, docs/reference/slots.md §4):
 * the Slot search with its includes and scope, appointment feedback with its moves and
 * conflicts, client tokens, and every error an OperationOutcome.
 */
const GP_04 = '810000000041';
const GP_04_BIS = '810000000042';
const GP_01 = '810000000011';
const GP_NO_FINESS = '810000000099';
const IDNPS = 'urn:oid:1.2.250.1.71.4.2.1';

const search = (ids: string[], status = 'free', window = 'start=ge2026-11-23T00:00:00%2B01:00&start=le2026-11-24T00:00:00+01:00') =>
  `/fhir/Slot?_include=Slot:schedule&_include:iterate=Schedule:actor&_include=Slot:service-type-reference` +
  `&_include:iterate=HealthcareService:organization&${window}` +
  `&schedule.actor:Practitioner.identifier=${ids.map((id) => `${IDNPS}|${id}`).join(',')}&status=${status}`;

const appointment = (
  identifier: string,
  status: string,
  options: { slotId?: string; start?: string; end?: string; practitioner?: string } = {},
) => ({
  resourceType: 'Appointment',
  meta: { profile: ['http://sas.fr/fhir/StructureDefinition/FrAppointmentSAS'] },
  extension: [
    {
      url: 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-appointment-operator',
      valueReference: {
        identifier: {
          type: { coding: [{ system: 'http://interopsante.org/fhir/CodeSystem/fr-v2-0203', code: 'IDNPS' }] },
          system: IDNPS,
          value: '810009999999',
        },
      },
    },
  ],
  identifier: [{ system: 'urn:oid:1.2.250.1.213.3.6', value: identifier }],
  status,
  start: options.start ?? '2026-11-23T09:00:00+01:00',
  end: options.end ?? '2026-11-23T09:20:00+01:00',
  ...(options.slotId ? { slot: [{ reference: `Slot/${options.slotId}` }] } : {}),
  participant: [{ actor: { identifier: { system: IDNPS, value: options.practitioner ?? GP_04 } }, status: 'accepted' }],
});

describe.each(testDatabases())('SAS FHIR interface (%s)', (kind) => {
  let t: TestApp;
  let now = TEST_NOW;
  let sas04: { id: string; token: string };
  let national: { id: string; token: string };
  let revoked: { id: string; token: string };
  const slots = {} as Record<'free' | 'booked' | 'held' | 'lapsed' | 'withdrawn' | 'later' | 'home' | 'race' | 'ain' | 'noFiness', string>;
  let cpts04: string;

  const get = (url: string, token: string | null = sas04.token) =>
    t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const write = (method: 'POST' | 'PUT', url: string, body: unknown, token = sas04.token) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(body),
    });
  const bundle = (response: { json(): unknown }) => response.json() as Bundle;
  const slotsOf = (b: Bundle) => (b.entry ?? []).filter((e) => e.resource?.resourceType === 'Slot').map((e) => e.resource as Slot);
  const outcome = (response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const body = response.json() as OperationOutcome;
    expect(body.resourceType).toBe('OperationOutcome');
    return {
      status: response.statusCode,
      code: body.issue[0]?.code,
      expression: body.issue[0]?.expression?.[0],
      text: body.issue[0]?.diagnostics ?? '',
    };
  };

  beforeAll(async () => {
    t = await createTestApp(kind, () => now);
    const db = t.ctx.database.db;
    cpts04 = await t.addCpts({ name: 'CPTS test Digne', regionCode: '93', stage: 'operating', units: ['04070'] });
    const cpts01 = await t.addCpts({ name: 'CPTS test Bourg', regionCode: '84', stage: 'operating', units: ['01053'] });
    const cptsNoFiness = await t.addCpts({ name: 'CPTS sans FINESS', regionCode: '93', stage: 'operating', units: ['04001'] });
    await setCptsFiness(db, cpts04, '040012345');
    await setCptsFiness(db, cpts01, '010012345');
    await setCptsFiness(db, cptsNoFiness, null);
    const at04 = { cptsId: cpts04, unitCode: '04070', departementCode: '04' };
    slots.free = await addSlot(db, { ...at04, idNatPs: GP_04, start: '2026-11-23T08:00:00Z' });
    slots.booked = await addSlot(db, { ...at04, idNatPs: GP_04, start: '2026-11-23T08:20:00Z', status: 'booked' });
    slots.held = await addSlot(db, {
      ...at04,
      idNatPs: GP_04,
      start: '2026-11-23T08:40:00Z',
      status: 'held',
      heldUntil: new Date('2026-11-22T10:05:00Z'),
    });
    slots.lapsed = await addSlot(db, {
      ...at04,
      idNatPs: GP_04,
      start: '2026-11-23T09:00:00Z',
      status: 'held',
      heldUntil: new Date('2026-11-22T09:55:00Z'),
    });
    slots.withdrawn = await addSlot(db, { ...at04, idNatPs: GP_04, start: '2026-11-23T09:20:00Z', status: 'withdrawn' });
    slots.later = await addSlot(db, { ...at04, idNatPs: GP_04, start: '2026-11-25T08:00:00Z' });
    slots.home = await addSlot(db, {
      ...at04,
      idNatPs: GP_04_BIS,
      start: '2026-11-23T10:00:00Z',
      consultationType: 'home',
      visibility: ['PUBLIC', 'CPTS'],
    });
    slots.race = await addSlot(db, { ...at04, idNatPs: GP_04_BIS, start: '2026-11-23T11:00:00Z' });
    slots.ain = await addSlot(db, {
      cptsId: cpts01,
      unitCode: '01053',
      departementCode: '01',
      idNatPs: GP_01,
      start: '2026-11-23T08:00:00Z',
    });
    slots.noFiness = await addSlot(db, {
      cptsId: cptsNoFiness,
      unitCode: '04001',
      departementCode: '04',
      idNatPs: GP_NO_FINESS,
      start: '2026-11-23T08:00:00Z',
    });
    sas04 = await addFhirClient(db, 'SAS 04', ['04']);
    national = await addFhirClient(db, 'SAS national', null);
    revoked = await addFhirClient(db, 'SAS révoqué', ['04']);
    await db
      .update(schema.fhirClients)
      .set({ revokedAt: new Date('2026-11-21T00:00:00Z') })
      .where(eq(schema.fhirClients.id, revoked.id));
  });
  afterAll(() => t.close());

  it('serves its CapabilityStatement without a token, modelled on SAS-GestionnaireAgenda-CPTS', async () => {
    const response = await get('/fhir/metadata', null);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const statement = response.json() as CapabilityStatement;
    expect(statement.instantiates).toEqual(['https://interop.esante.gouv.fr/ig/fhir/sas/CapabilityStatement/SAS-GestionnaireAgenda-CPTS']);
    expect(statement.format).toEqual(['application/fhir+json']);
    const slot = statement.rest?.[0]?.resource?.find((r) => r.type === 'Slot');
    expect(slot?.searchInclude).toEqual([
      'Slot:schedule',
      'Schedule:actor',
      'Slot:service-type-reference',
      'HealthcareService:organization',
    ]);
    expect(statement.rest?.[0]?.resource?.find((r) => r.type === 'Appointment')?.conditionalUpdate).toBe(true);
  });

  it('refuses a missing or unknown token with 401 and a revoked client with 403, as OperationOutcome', async () => {
    expect(outcome(await get(search([GP_04]), null))).toMatchObject({ status: 401, code: 'login' });
    expect(outcome(await get(search([GP_04]), 'x'.repeat(43)))).toMatchObject({ status: 401, code: 'login' });
    expect(outcome(await t.app.inject({ method: 'GET', url: search([GP_04]), headers: { authorization: 'Basic abc' } }))).toMatchObject({
      status: 401,
    });
    expect(outcome(await get(search([GP_04]), revoked.token))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(outcome(await get('/fhir/Patient', null))).toMatchObject({ status: 401 });
    expect(outcome(await get('/fhir/Patient'))).toMatchObject({ status: 404, code: 'not-supported' });
  });

  it('notes a client’s use at most once a minute', async () => {
    const lastUsed = async () =>
      (
        await t.ctx.database.db.select().from(schema.fhirClients).where(eq(schema.fhirClients.id, national.id))
      )[0]?.lastUsedAt?.toISOString();
    now = new Date('2026-11-22T10:00:00Z');
    await get('/fhir/metadata', national.token);
    await get(search([GP_01]), national.token);
    expect(await lastUsed()).toBe('2026-11-22T10:00:00.000Z');
    now = new Date('2026-11-22T10:00:30Z');
    await get(search([GP_01]), national.token);
    expect(await lastUsed()).toBe('2026-11-22T10:00:00.000Z');
    now = new Date('2026-11-22T10:01:05Z');
    await get(search([GP_01]), national.token);
    expect(await lastUsed()).toBe('2026-11-22T10:01:05.000Z');
    now = TEST_NOW;
  });

  it('returns the free slots of the window in a searchset shaped like the guide’s BundleAgregateurCPTS', async () => {
    const response = await get(search([GP_04, GP_04_BIS]));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const b = bundle(response);
    expect(b.type).toBe('searchset');
    // Free, and the held slot whose hold lapsed; not the booked, held, withdrawn or out-of-window ones.
    expect(slotsOf(b).map((s) => s.id)).toEqual([slots.free, slots.lapsed, slots.home, slots.race]);
    expect(slotsOf(b).every((s) => s.status === 'free')).toBe(true);
    expect(b.total).toBe(4);
    const ours = bundleShapes(b);
    const guide = bundleShapes(sasFixture('example-bundlecpts1.json'));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(guide).sort());
    for (const type of Object.keys(guide)) {
      const profiles = (items: string[]) => items.filter((i) => i.includes('meta.profile'));
      expect(profiles(ours[type] ?? []), type).toEqual(profiles(guide[type] ?? []));
    }
    const organization = b.entry?.find((e) => e.resource?.resourceType === 'Organization')?.resource as { identifier: { value: string }[] };
    expect(organization.identifier[0]?.value).toBe('1040012345');
    const home = slotsOf(b).find((s) => s.id === slots.home);
    expect(home?.serviceType?.[0]?.coding?.[0]?.code).toBe('HH');
    expect(home?.meta?.security?.map((c) => c.code)).toEqual(['PUBLIC', 'CPTS']);
    expect(home?.comment).toBe(`http://localhost:80/regulation?creneau=${slots.home}`);
    // One Practitioner per professional, however many slots.
    expect(b.entry?.filter((e) => e.resource?.resourceType === 'Practitioner')).toHaveLength(2);
  });

  it('shows booked and held slots as busy when asked for busy too', async () => {
    const b = bundle(await get(search([GP_04], 'free,busy')));
    expect(slotsOf(b).map((s) => [s.id, s.status])).toEqual([
      [slots.free, 'free'],
      [slots.booked, 'busy'],
      [slots.held, 'busy'],
      [slots.lapsed, 'free'],
    ]);
    expect(slotsOf(bundle(await get(search([GP_04], 'busy')))).map((s) => s.id)).toEqual([slots.booked, slots.held]);
  });

  it('reads only the client’s départements, and leaves out a CPTS without FINESS with a warning', async () => {
    expect(slotsOf(bundle(await get(search([GP_01]))))).toEqual([]);
    expect(slotsOf(bundle(await get(search([GP_01]), national.token))).map((s) => s.id)).toEqual([slots.ain]);
    const b = bundle(await get(search([GP_NO_FINESS])));
    expect(slotsOf(b)).toEqual([]);
    const warning = b.entry?.find((e) => e.search?.mode === 'outcome')?.resource as OperationOutcome;
    expect(warning.issue[0]).toMatchObject({ severity: 'warning', code: 'incomplete' });
    expect(warning.issue[0]?.diagnostics).toContain('CPTS sans FINESS');
  });

  it('answers bad search parameters with 400 naming the parameter', async () => {
    expect(outcome(await get('/fhir/Slot?status=free'))).toMatchObject({ status: 400, expression: 'start' });
    expect(outcome(await get(search([GP_04], 'booked')))).toMatchObject({ status: 400, expression: 'status' });
    expect(outcome(await get(`${search([GP_04])}&_count=10`))).toMatchObject({ status: 400, expression: '_count' });
    const many = Array.from({ length: 26 }, (_, i) => `8100000001${String(i).padStart(2, '0')}`);
    expect(outcome(await get(search(many)))).toMatchObject({ status: 400, expression: 'schedule.actor:Practitioner.identifier' });
  });

  it('books a slot from SAS feedback (source sas, operator kept, audited under the client’s name), then refuses a second booking', async () => {
    const response = await write(
      'POST',
      '/fhir/Appointment',
      appointment('rdv-1', 'booked', { slotId: slots.free, start: '2026-11-23T09:00:00+01:00' }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toMatch(/\/fhir\/Appointment\/[0-9a-f-]{36}$/);
    expect(response.json()).toMatchObject({ resourceType: 'Appointment', status: 'booked', slot: [{ reference: `Slot/${slots.free}` }] });
    expect(await slotStatus(t.ctx.database.db, slots.free)).toBe('booked');
    const [booking] = await sasBookings(t.ctx.database.db, slots.free);
    expect(booking).toMatchObject({
      source: 'sas',
      status: 'booked',
      channel: 'SNP',
      externalId: 'urn:oid:1.2.250.1.213.3.6|rdv-1',
      operatorIdentifier: `${IDNPS}|810009999999`,
      cptsId: cpts04,
    });
    const [entry] = await t.ctx.database.db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.at)).limit(1);
    expect(entry).toMatchObject({
      action: 'create',
      entity: 'slotBooking',
      actorLabel: 'client FHIR « SAS 04 »',
      route: 'POST /fhir/Appointment',
      cptsId: cpts04,
    });
    expect(entry?.recordIds).toEqual([booking?.id]);

    expect(outcome(await write('POST', '/fhir/Appointment', appointment('rdv-1', 'booked', { slotId: slots.free })))).toMatchObject({
      status: 409,
      code: 'conflict',
      expression: 'Appointment.identifier',
    });
    expect(outcome(await write('POST', '/fhir/Appointment', appointment('rdv-2', 'booked', { slotId: slots.free })))).toMatchObject({
      status: 409,
      code: 'conflict',
    });
    expect(await sasBookings(t.ctx.database.db, slots.free)).toHaveLength(1);
    // The booked slot is now busy in the search, the others still free.
    const b = bundle(await get(search([GP_04], 'free,busy')));
    expect(slotsOf(b).find((s) => s.id === slots.free)?.status).toBe('busy');
    expect(slotsOf(b).find((s) => s.id === slots.lapsed)?.status).toBe('free');
  });

  it('moves the booking through PUT ?identifier= as the guide’s statuses allow, and refuses an illegal move', async () => {
    const url = '/fhir/Appointment?identifier=urn:oid:1.2.250.1.213.3.6|rdv-1';
    const fulfilled = await write('PUT', url, appointment('rdv-1', 'fulfilled'));
    expect(fulfilled.statusCode).toBe(200);
    expect((await sasBookings(t.ctx.database.db, slots.free))[0]?.status).toBe('fulfilled');
    expect((await write('PUT', url, appointment('rdv-1', 'fulfilled'))).statusCode).toBe(200);
    expect((await write('PUT', url, appointment('rdv-1', 'noshow'))).statusCode).toBe(200);
    expect(outcome(await write('PUT', url, appointment('rdv-1', 'cancelled')))).toMatchObject({
      status: 409,
      code: 'business-rule',
      expression: 'status',
    });
    expect(outcome(await write('PUT', url, appointment('rdv-1', 'booked')))).toMatchObject({ status: 409 });
    expect(outcome(await write('PUT', url, appointment('rdv-9', 'booked')))).toMatchObject({ status: 400, expression: 'identifier' });
    expect(outcome(await write('PUT', '/fhir/Appointment', appointment('rdv-1', 'booked')))).toMatchObject({
      status: 400,
      expression: 'identifier',
    });
    const updates = await t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, 'slotBooking'));
    expect(updates.filter((e) => e.action === 'update')).toHaveLength(2);
  });

  it('creates through PUT when the identifier is new (upsert, slot found by practitioner and start), and cancelling frees the slot', async () => {
    const url = '/fhir/Appointment?identifier=urn:oid:1.2.250.1.213.3.6|rdv-3';
    const created = await write(
      'PUT',
      url,
      appointment('rdv-3', 'booked', { start: '2026-11-23T11:00:00+01:00', end: '2026-11-23T11:20:00+01:00', practitioner: GP_04_BIS }),
    );
    expect(created.statusCode).toBe(201);
    expect(await slotStatus(t.ctx.database.db, slots.home)).toBe('booked');
    expect((await write('PUT', url, appointment('rdv-3', 'cancelled'))).statusCode).toBe(200);
    expect(await slotStatus(t.ctx.database.db, slots.home)).toBe('free');
    expect((await sasBookings(t.ctx.database.db, slots.home))[0]?.status).toBe('cancelled');
    expect(slotsOf(bundle(await get(search([GP_04_BIS])))).map((s) => s.id)).toContain(slots.home);
    // Freed, it can be booked again under another identifier.
    expect(
      (await write('POST', '/fhir/Appointment', appointment('rdv-4', 'booked', { slotId: slots.home, practitioner: GP_04_BIS })))
        .statusCode,
    ).toBe(201);
  });

  it('never books one slot twice under concurrent feedback', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        write('POST', '/fhir/Appointment', appointment(`course-${i}`, 'booked', { slotId: slots.race, practitioner: GP_04_BIS })),
      ),
    );
    expect(attempts.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect((await sasBookings(t.ctx.database.db, slots.race)).filter((b) => b.status !== 'cancelled')).toHaveLength(1);
  });

  it('refuses feedback out of the client’s scope (403), on an unknown slot or a wrong practitioner (422), and a non-FHIR body', async () => {
    expect(
      outcome(await write('POST', '/fhir/Appointment', appointment('hors', 'booked', { slotId: slots.ain, practitioner: GP_01 }))),
    ).toMatchObject({ status: 403, code: 'forbidden' });
    expect(
      outcome(await write('POST', '/fhir/Appointment', appointment('inconnu', 'booked', { slotId: crypto.randomUUID() }))),
    ).toMatchObject({ status: 422, expression: 'Appointment.slot' });
    expect(
      outcome(await write('POST', '/fhir/Appointment', appointment('autre', 'booked', { slotId: slots.lapsed, practitioner: GP_01 }))),
    ).toMatchObject({ status: 422, expression: 'Appointment.participant' });
    expect(outcome(await write('POST', '/fhir/Appointment', appointment('retire', 'booked', { slotId: slots.withdrawn })))).toMatchObject({
      status: 409,
    });
    expect(outcome(await write('POST', '/fhir/Appointment', appointment('neuf', 'fulfilled', { slotId: slots.lapsed })))).toMatchObject({
      status: 422,
      expression: 'Appointment.status',
    });
    expect(outcome(await write('POST', '/fhir/Appointment', { resourceType: 'Appointment' }))).toMatchObject({
      status: 422,
      code: 'invalid',
    });
    const broken = await t.app.inject({
      method: 'POST',
      url: '/fhir/Appointment',
      headers: { authorization: `Bearer ${sas04.token}`, 'content-type': 'application/fhir+json' },
      payload: '{"resourceType":',
    });
    expect(outcome(broken)).toMatchObject({ status: 400 });
    const xml = await t.app.inject({
      method: 'POST',
      url: '/fhir/Appointment',
      headers: { authorization: `Bearer ${sas04.token}`, 'content-type': 'application/fhir+xml' },
      payload: '<Appointment/>',
    });
    expect(outcome(xml)).toMatchObject({ status: 415 });
    expect(await slotStatus(t.ctx.database.db, slots.lapsed)).toBe('held');
  });
});
