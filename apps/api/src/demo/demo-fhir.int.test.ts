import { schema } from '@maillon/db';
import type { Bundle, Slot } from '@medplum/fhirtypes';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSlot } from '../../test/fhir-fixtures.ts';
import { createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { DEMO_FHIR_TOKEN } from './demo-fhir.ts';
import { removeDemoAccounts } from './demo-seed.ts';

/**
 * The SAS interface in demo mode (docs/reference/slots.md §4): demo CPTS get a demo FINESS so the
 * SAS can name them, the demo SAS client's published token opens /fhir, and after a booking
 * through /fhir the search shows the booked slot busy and another free.
 */
describe.each(testDatabases())('SAS FHIR interface on the demo data (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // The whole demo, seeded once per run and copied (test/demo-database.ts).
    t = await createTestApp(kind, undefined, { demo: true });
  }, 300_000);
  afterAll(() => t.close());

  const headers = { authorization: `Bearer ${DEMO_FHIR_TOKEN}`, 'content-type': 'application/fhir+json' };

  it('gives every demo CPTS a distinct demo FINESS (99…), never a real one', async () => {
    const demo = await t.ctx.database.db.select().from(schema.cpts).where(eq(schema.cpts.isDemo, true));
    expect(demo.length).toBeGreaterThan(0);
    expect(demo.every((c) => /^99[0-9]{7}$/.test(c.finess ?? ''))).toBe(true);
    expect(new Set(demo.map((c) => c.finess)).size).toBe(demo.length);
  });

  it('books a demo slot through /fhir with the demo token; the search then shows it busy and the other free', async () => {
    const db = t.ctx.database.db;
    const [cpts] = await db.select().from(schema.cpts).where(eq(schema.cpts.isDemo, true)).limit(1);
    const [unit] = await db
      .select({ code: schema.units.code, departementCode: schema.units.departementCode })
      .from(schema.cptsUnits)
      .innerJoin(schema.units, eq(schema.units.code, schema.cptsUnits.unitCode))
      .where(eq(schema.cptsUnits.cptsId, cpts?.id ?? ''))
      .limit(1);
    const place = {
      cptsId: cpts?.id ?? '',
      unitCode: unit?.code ?? '',
      departementCode: unit?.departementCode ?? '',
      idNatPs: '810000000777',
    };
    const first = await addSlot(db, { ...place, start: '2026-11-23T08:00:00Z' });
    const second = await addSlot(db, { ...place, start: '2026-11-23T08:20:00Z' });
    const booked = await t.app.inject({
      method: 'POST',
      url: '/fhir/Appointment',
      headers,
      payload: JSON.stringify({
        resourceType: 'Appointment',
        extension: [
          {
            url: 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-appointment-operator',
            valueReference: { identifier: { system: 'urn:oid:1.2.250.1.71.4.2.1', value: '810009999999' } },
          },
        ],
        identifier: [{ system: 'urn:oid:1.2.250.1.213.3.6', value: 'demo-1' }],
        status: 'booked',
        start: '2026-11-23T09:00:00+01:00',
        end: '2026-11-23T09:20:00+01:00',
        slot: [{ reference: `Slot/${first}` }],
        participant: [{ actor: { identifier: { value: '810000000777' } }, status: 'accepted' }],
      }),
    });
    expect(booked.statusCode).toBe(201);
    const search = await t.app.inject({
      method: 'GET',
      url:
        '/fhir/Slot?start=ge2026-11-23T00:00:00%2B01:00&start=le2026-11-24T00:00:00%2B01:00' +
        '&schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.1|810000000777&status=free,busy&_include=Slot:service-type-reference&_include:iterate=HealthcareService:organization',
      headers,
    });
    expect(search.statusCode).toBe(200);
    const bundle = search.json() as Bundle;
    const slots = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Slot').map((e) => e.resource as Slot);
    expect(slots.map((s) => [s.id, s.status])).toEqual([
      [first, 'busy'],
      [second, 'free'],
    ]);
    const organization = bundle.entry?.find((e) => e.resource?.resourceType === 'Organization')?.resource as {
      identifier: { value: string }[];
    };
    expect(organization.identifier[0]?.value).toBe(`1${cpts?.finess}`);
  });

  it('closes /fhir to the demo token outside demo mode', async () => {
    await removeDemoAccounts(t.ctx.database.db);
    const response = await t.app.inject({ method: 'GET', url: '/fhir/Slot?status=free', headers });
    expect(response.statusCode).toBe(401);
  });
});
