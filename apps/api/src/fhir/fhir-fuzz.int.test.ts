import type { OperationOutcome } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFhirClient, addSlot, setCptsFiness } from '../../test/fhir-fixtures.ts';
import { englishWordsIn } from '../../test/french.ts';
import { databaseFingerprint } from '../../test/fuzz/fingerprint.ts';
import { createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { sasFixture } from '../../test/sas-shape.ts';

/**
 * Bad requests to /fhir, which the suite-wide fuzz test does not reach (the FHIR routes are not
 * in the OpenAPI document: routes/fuzz.int.test.ts says why). Each must get a 4xx
 * OperationOutcome in French, application/fhir+json, and write nothing (`fhir_clients` aside:
 * a refused request of a known client still notes its use).
 */
const SEED = 20_261_202;
const RUNS = 120;

const PARAM_NAMES = [
  'start',
  'schedule.actor:Practitioner.identifier',
  'status',
  '_include',
  '_include:iterate',
  '_format',
  '_count',
  'identifier',
  'x',
];
const VALUES = [
  'ge2026-11-23T00:00:00+01:00',
  'le2026-11-24T00:00:00Z',
  'ge2026-13-01T00:00:00Z',
  'urn:oid:1.2.250.1.71.4.2.1|810000000041',
  'urn:oid:1.2.250.1.71.4.2.1|',
  'free',
  'busy,free,x',
  'Slot:schedule',
  'Schedule:actor',
  '%ZZ',
  '%00',
  '',
];

describe.each(testDatabases())('fuzzing the FHIR interface (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const cpts = await t.addCpts({ name: 'CPTS fuzz', regionCode: '93', stage: 'operating', units: ['04070'] });
    await setCptsFiness(t.ctx.database.db, cpts, '040099999');
    await addSlot(t.ctx.database.db, {
      cptsId: cpts,
      unitCode: '04070',
      departementCode: '04',
      idNatPs: '810000000041',
      start: '2026-11-23T08:00:00Z',
    });
    ({ token } = await addFhirClient(t.ctx.database.db, 'SAS fuzz', ['04']));
  });
  afterAll(() => t.close());

  const fingerprint = async () => {
    const { fhir_clients: _clients, ...rest } = await databaseFingerprint(t.ctx.database.db);
    return rest;
  };

  function problemOf(response: { statusCode: number; headers: Record<string, unknown>; body: string }): string | undefined {
    if (response.statusCode >= 500) return `server error ${response.statusCode}: ${response.body.slice(0, 200)}`;
    if (response.statusCode < 400) return undefined;
    if (!String(response.headers['content-type']).includes('application/fhir+json'))
      return `content type ${response.headers['content-type']}`;
    let body: OperationOutcome;
    try {
      body = JSON.parse(response.body);
    } catch {
      return `not JSON: ${response.body.slice(0, 100)}`;
    }
    if (body.resourceType !== 'OperationOutcome' || !body.issue?.[0]?.diagnostics)
      return `not an OperationOutcome: ${response.body.slice(0, 200)}`;
    const english = englishWordsIn(body.issue[0].diagnostics);
    return english.length > 0 ? `English: ${body.issue[0].diagnostics}` : undefined;
  }

  it('answers random searches with results or a French 400 OperationOutcome, never a 5xx', async () => {
    const before = await fingerprint();
    const query = fc.array(fc.tuple(fc.constantFrom(...PARAM_NAMES), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 40 }))), {
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(query, async (pairs) => {
        const url = `/fhir/Slot?${pairs.map(([n, v]) => `${n}=${v.replace(/[#&\s]/g, '')}`).join('&')}`;
        const response = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
        const problem = problemOf(response);
        if (problem) throw new Error(`${url}: ${problem}`);
        if (response.statusCode >= 400) expect(response.statusCode).toBe(400);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(await fingerprint()).toEqual(before);
  }, 300_000);

  it('answers damaged appointments with a French 4xx OperationOutcome and writes nothing', async () => {
    const before = await fingerprint();
    const base = sasFixture<Record<string, unknown>>('example-appointment-booked.json');
    const keys = Object.keys(base);
    const damaged = fc.oneof(
      // One element removed, or replaced by a random JSON value.
      fc
        .tuple(fc.constantFrom(...keys), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }))
        .map(([key, value]) => ({ ...base, [key]: value })),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(damaged, fc.constantFrom('POST', 'PUT'), async (body, method) => {
        const url =
          method === 'POST'
            ? '/fhir/Appointment'
            : '/fhir/Appointment?identifier=urn:oid:1.1.111.1.11.1.1.1|b6e39355-8a61-4556-b340-36f7b95fec6a';
        const response = await t.app.inject({
          method: method as 'POST',
          url,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
          payload: JSON.stringify(body) ?? 'null',
        });
        const problem = problemOf(response);
        if (problem) throw new Error(`${method} ${JSON.stringify(body).slice(0, 200)}: ${problem}`);
        // The guide's example names no slot of this database: nothing can be booked.
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(await fingerprint()).toEqual(before);
  }, 300_000);
});
