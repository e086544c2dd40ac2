import { Writable } from 'node:stream';
import { schema } from '@maillon/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

/** A member's contact data, recognisable anywhere in the log. */
const EMAIL = 'jeanne.secret-4242@patiente-exemple.fr';
const PHONE = '+33 6 12 34 56 78';
const PHONE_DIGITS = '612345678';

/** Collects what the logger writes. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe.each(testDatabases())('no personal data in the log (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  const log = new Capture();
  const contact = { contactEmail: EMAIL, contactPhone: PHONE };

  beforeAll(async () => {
    // Debug level: every request's line is written, so a leak in any of them would show.
    t = await createTestApp(kind, undefined, { logStream: log, config: { logLevel: 'debug' } });
    const db = t.ctx.database.db;
    // Failures deeper than any validation, as a bug or a race would cause them (routes added before the app is ready).
    const member = (id: string, cptsId: string) => ({
      id,
      cptsId,
      kind: 'structure',
      displayName: 'Maison de santé',
      status: 'active',
      requestedAt: new Date(),
      ...contact,
    });
    t.app.post<{ Body: { cptsId: string } }>('/api/test/unique-violation', async (request) => {
      const id = crypto.randomUUID();
      await db.insert(schema.members).values(member(id, request.body.cptsId));
      await db.insert(schema.members).values(member(id, request.body.cptsId));
      return {};
    });
    t.app.post('/api/test/data-exception', async () => {
      await db.execute(sql`select ${EMAIL}::integer as n, ${PHONE} as p`);
      return {};
    });
    t.app.post('/api/test/missing-table', async () => {
      await db.execute(sql`select * from no_such_table where email = ${EMAIL} and phone = ${PHONE}`);
      return {};
    });
    t.app.post('/api/test/unexpected', async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'territory')");
    });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('keeps contacts, cookies, CSRF tokens and bodies out of the log on every error path', async () => {
    const session = as(w.sessions.coordPaca);
    const members = `/api/cpts/${w.cptsPaca}/members`;
    const post = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object, ...session });
    const raw = (url: string, payload: string) =>
      t.app.inject({ method: 'POST', url, payload, headers: { ...session.headers, 'content-type': 'application/json' } });
    const statuses = [
      // validation error
      (await post(members, { kind: 'professional', idNatPs: 'abc', ...contact })).statusCode,
      // domain error (unknown RPPS id)
      (await post(members, { kind: 'professional', idNatPs: '10000000001', ...contact })).statusCode,
      // unique violation
      (await post('/api/test/unique-violation', { cptsId: w.cptsPaca, ...contact })).statusCode,
      // database errors with parameters: a data exception, then a failure of the server itself
      (await post('/api/test/data-exception', contact)).statusCode,
      (await post('/api/test/missing-table', contact)).statusCode,
      // unexpected throw
      (await post('/api/test/unexpected', contact)).statusCode,
      // JSON parse error
      (await raw(members, `{"kind": "structure", "contactEmail": "${EMAIL}", "contactPhone": "${PHONE}",`)).statusCode,
      // huge body
      (await raw(members, JSON.stringify({ kind: 'structure', displayName: 'x'.repeat(1_100_000), ...contact }))).statusCode,
      // a search for the e-mail in the query string
      (await t.app.inject({ method: 'GET', url: `${members}?q=${encodeURIComponent(EMAIL)}`, ...session })).statusCode,
    ];
    expect(statuses).toEqual([422, 422, 409, 422, 500, 500, 400, 413, 200]);

    const lines = log.text.trim().split('\n');
    // The log did record these requests and failures: the test would see leaks.
    expect(lines.length).toBeGreaterThan(20);
    expect(log.text).toContain('unexpected error');
    expect(log.text).toContain('database refused the request');
    expect(log.text).toContain('"sqlState":"23505"');
    expect(log.text).toContain('"sqlState":"42P01"');
    expect(log.text).toContain('"route":"/api/test/missing-table"');
    expect(log.text).toContain('"queryKeys":["q"]');
    for (const secret of [
      EMAIL,
      PHONE,
      PHONE_DIGITS,
      'patiente-exemple',
      w.sessions.coordPaca.csrf,
      w.sessions.coordPaca.cookie.split('=')[1] as string,
    ]) {
      expect(log.text.includes(secret), `log contains ${secret}`).toBe(false);
    }
    expect(log.text).not.toMatch(/Failed query|params:|no_such_table|xxxxxxxx/);
  });
});

describe.each(testDatabases())('request log volume (%s)', (kind) => {
  let t: TestApp;
  const log = new Capture();

  beforeAll(async () => {
    t = await createTestApp(kind, undefined, { logStream: log, config: { logLevel: 'info', requestLogSample: 0 } });
    t.app.get('/api/test/boom', async () => {
      throw new TypeError('boom');
    });
  });
  afterAll(() => t.close());

  it('writes nothing for served requests at info level, and one line per server error', async () => {
    for (let i = 0; i < 5; i++) expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/no-such-route' })).statusCode).toBe(404);
    expect(log.text).toBe('');
    expect((await t.app.inject({ method: 'GET', url: '/api/test/boom' })).statusCode).toBe(500);
    const lines = log.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; status?: number; req?: { route?: string } });
    expect(lines.map((l) => l.msg)).toEqual(['unexpected error', 'request failed']);
    expect(lines[1]).toMatchObject({ status: 500, req: { route: '/api/test/boom' } });
  });
});
