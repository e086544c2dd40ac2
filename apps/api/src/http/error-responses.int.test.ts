import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishWordsIn } from '../../test/french.ts';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

type Injected = Awaited<ReturnType<TestApp['app']['inject']>>;

/** Every refusal has the one error shape, a French message and, for validation errors, the field. */
function expectFrenchError(response: Injected, status: number, field?: string) {
  expect(response.statusCode, response.body).toBe(status);
  const { error } = response.json();
  expect(Object.keys(error).sort()).toEqual(field ? ['code', 'field', 'message'] : expect.arrayContaining(['code', 'message']));
  expect(englishWordsIn(error.message), error.message).toEqual([]);
  if (field) {
    expect(error.field).toBe(field);
    if (!['body', 'query', 'params'].includes(field)) expect(error.message).toContain(`« ${field} »`);
  }
  return error as { code: string; message: string; field?: string };
}

describe.each(testDatabases())('bad input gets a French 4xx, never a 500 (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    // An unexpected failure inside a handler, as a bug would cause (registered before the app is ready).
    t.app.get('/api/test/boom', async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'units') at secret/internal/path.ts");
    });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, session = w.sessions.arsPaca) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, ...as(session) });

  it('refuses a NUL byte or another control character in a text field, naming the field', async () => {
    for (const name of ['CPTS\u0000Digne', 'CPTS \u001b[31m', 'CPTS\u007f', 'CPTS\u0085x', 'CPTS\nsur deux lignes', 'CPTS \ud800']) {
      const response = await post('/api/cpts', { name, regionCode: '93' });
      expect(expectFrenchError(response, 422, 'name').message).toMatch(/Caractère interdit/);
    }
    const note = await post(`/api/cpts/${w.cptsPaca}/transitions`, { to: 'suspended', comment: 'Motif\u0000caché' }, w.sessions.coordPaca);
    expectFrenchError(note, 422, 'comment');
  });

  it('keeps line breaks and tabs in multi-line free text', async () => {
    const response = await post('/api/plans', {
      regionCode: '93',
      zoneKey: '04001',
      modality: 'other',
      owner: 'ARS PACA',
      dueOn: '2027-01-15',
      notes: 'Première ligne\r\nSeconde ligne\tavec tabulation',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().notes).toBe('Première ligne\r\nSeconde ligne\tavec tabulation');
  });

  it('refuses impossible calendar dates and accepts 29 February of a leap year', async () => {
    const plan = (dueOn: string) => post('/api/plans', { regionCode: '93', zoneKey: '04161', modality: 'other', owner: 'ARS PACA', dueOn });
    for (const dueOn of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '0000-01-01', '2026-1-1']) {
      expect(expectFrenchError(await plan(dueOn), 422, 'dueOn').message).toMatch(/Date impossible/);
    }
    expect((await plan('2028-02-29')).statusCode).toBe(201);
    const step = await post(
      `/api/cpts/${w.cptsPaca}/transitions`,
      { to: 'letterOfIntentSubmitted', date: '2026-02-30' },
      w.sessions.coordPaca,
    );
    expectFrenchError(step, 422, 'date');
  });

  it('answers every schema failure in French, naming the field path', async () => {
    const cases: [Promise<Injected>, string][] = [
      [post('/api/cpts', {}), 'name'],
      [post('/api/cpts', { name: 42, regionCode: '93' }), 'name'],
      [post('/api/cpts', { name: 'x'.repeat(201), regionCode: '93' }), 'name'],
      [post('/api/cpts', { name: 'CPTS', regionCode: '93', stage: 'bientôt' }), 'stage'],
      [post('/api/cpts', { name: 'CPTS', regionCode: '93', email: 'pas-une-adresse' }), 'email'],
      [post('/api/cpts', { name: 'CPTS', regionCode: '93', units: ['04070', 7] }), 'units[1]'],
      [post('/api/cpts', { name: 'CPTS', regionCode: '93', units: 'x' }), 'units'],
      [post('/api/cpts', ['pas', 'un', 'objet']), 'body'],
      [post('/api/cpts', null), 'body'],
      [post(`/api/cpts/${w.cptsPaca}/members`, { kind: 'someone' }, w.sessions.coordPaca), 'kind'],
      [post(`/api/cpts/${w.cptsPaca}/members`, { kind: 'professional', idNatPs: '12' }, w.sessions.coordPaca), 'idNatPs'],
      [
        post(`/api/cpts/${w.cptsPaca}/membership-categories`, { name: 'C', voting: 'oui', yearlyDuesCents: -1 }, w.sessions.coordPaca),
        'name',
      ],
      [
        post(`/api/cpts/${w.cptsPaca}/membership-categories`, { name: 'Collège', voting: 'oui', yearlyDuesCents: 0 }, w.sessions.coordPaca),
        'voting',
      ],
      [
        post(
          `/api/cpts/${w.cptsPaca}/membership-categories`,
          { name: 'Collège', voting: true, yearlyDuesCents: 1.5 },
          w.sessions.coordPaca,
        ),
        'yearlyDuesCents',
      ],
      [t.app.inject({ method: 'GET', url: '/api/geo/units/search?q=', ...as(w.sessions.admin) }), 'q'],
      [t.app.inject({ method: 'GET', url: '/api/geo/epcis', ...as(w.sessions.admin) }), 'region'],
      [t.app.inject({ method: 'GET', url: '/api/coverage?region=PACA', ...as(w.sessions.admin) }), 'region'],
      [t.app.inject({ method: 'GET', url: '/api/cpts/pas-un-uuid', ...as(w.sessions.admin) }), 'id'],
      [
        t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/engagement/non-members?limit=abc`, ...as(w.sessions.coordPaca) }),
        'limit',
      ],
      [
        t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/engagement/non-members?limit=100000`, ...as(w.sessions.coordPaca) }),
        'limit',
      ],
      [post('/api/auth/login', { email: 'a@b.fr' }, w.sessions.admin), 'password'],
    ];
    for (const [pending, field] of cases) expect(expectFrenchError(await pending, 422, field).code).toBe('INVALID');
  });

  it('answers malformed JSON, a wrong content type and a body over the limit in the error shape', async () => {
    const raw = (payload: string, contentType = 'application/json') =>
      t.app.inject({
        method: 'POST',
        url: '/api/cpts',
        payload,
        headers: { ...as(w.sessions.arsPaca).headers, 'content-type': contentType },
      });
    expect(expectFrenchError(await raw('{"name": "CPTS",'), 400).code).toBe('INVALID');
    expectFrenchError(await raw(''), 400);
    expectFrenchError(await raw('{"__proto__": {"admin": true}, "name": "CPTS"}'), 400);
    expectFrenchError(await raw('name=CPTS', 'application/x-www-form-urlencoded'), 415);
    expectFrenchError(await raw(JSON.stringify({ name: 'x'.repeat(2_000_000), regionCode: '93' })), 413);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect([400, 413, 422]).toContain((await raw(deep)).statusCode);
    expectFrenchError(await raw(`{"name": ${'['.repeat(5000)}${']'.repeat(5000)}, "regionCode": "93"}`), 422, 'name');
  });

  it('answers unknown routes, undecodable URLs and over-long path parameters in the error shape', async () => {
    const get = (url: string) => t.app.inject({ method: 'GET', url, ...as(w.sessions.admin) });
    expect(expectFrenchError(await get('/api/nulle-part'), 404).code).toBe('NOT_FOUND');
    expectFrenchError(await get('/api/cpts/%E0%A4%A'), 400);
    expectFrenchError(await get(`/api/cpts/${'a'.repeat(150)}`), 414);
  });

  it('answers an unexpected failure as INTERNAL without any internal detail', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/test/boom', ...as(w.sessions.admin) });
    const error = expectFrenchError(response, 500);
    expect(error.code).toBe('INTERNAL');
    expect(response.body).not.toMatch(/units|secret|internal\/path|TypeError|stack/i);
  });
});

describe('errors raised by Node’s HTTP parser, before Fastify routing', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => t.close());

  /** Sends raw bytes and returns the status and JSON body of the answer. */
  function rawExchange(bytes: string): Promise<{ status: number; body: { error: { code: string; message: string } } }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString('utf8');
      });
      socket.on('error', reject);
      socket.on('close', () => {
        const [head = '', body = ''] = received.split('\r\n\r\n');
        resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
      });
    });
  }

  it('answers a malformed request line with a 400 in the error shape', async () => {
    const { status, body } = await rawExchange('GET /api/health HTTP/1.1 extra\r\nHost: localhost\r\n\r\n');
    expect(status).toBe(400);
    expect(body.error.code).toBe('INVALID');
    expect(englishWordsIn(body.error.message)).toEqual([]);
  });

  it('answers headers over the size limit (a huge URL or cookie) with a 431 in the error shape', async () => {
    const { status, body } = await rawExchange(`GET /api/health?x=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(status).toBe(431);
    expect(body.error.message).toMatch(/En-têtes de requête trop volumineux/);
    const cookie = await rawExchange(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nCookie: ${'c'.repeat(20_000)}\r\n\r\n`);
    expect(cookie.status).toBe(431);
  });

  it('still answers well-formed requests on the same server', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, path: '/api/health' }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(200);
  });
});
