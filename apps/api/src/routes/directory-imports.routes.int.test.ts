import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, '../../test/fixtures/directory/PS_LibreAcces_Personne_activite_fixture.txt'));

describe.each(testDatabases())('directory uploads (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const create = (role: keyof World['sessions'], payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/directory/imports', payload, ...as(w.sessions[role]) });
  const upload = (role: keyof World['sessions'], id: string) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/directory/imports/${id}/content`,
      payload: FIXTURE,
      headers: { ...as(w.sessions[role]).headers, 'content-type': 'application/octet-stream' },
    });

  it('lets the admin import the national file and follow its report', async () => {
    const created = await create('admin', { kind: 'rpps', sourceName: 'PS_LibreAcces_Personne_activite.txt', bytesTotal: FIXTURE.length });
    expect(created.statusCode, created.body).toBe(201);
    const done = await upload('admin', created.json().id);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'succeeded', accepted: 6, rejectedCount: 3, bytesDone: FIXTURE.length, scope: null });
    const polled = await t.app.inject({ method: 'GET', url: `/api/directory/imports/${created.json().id}`, ...as(w.sessions.admin) });
    expect(polled.json().rejected[0]).toEqual({ line: 7, reason: 'identification nationale PP invalide (« 8123 »)' });
  });

  it("keeps only the coordinator's territory when a coordination team imports", async () => {
    const created = await create('coordPaca', { kind: 'rpps', sourceName: 'extrait.txt', cptsId: w.cptsPaca });
    expect(created.statusCode, created.body).toBe(201);
    const done = await upload('coordPaca', created.json().id);
    // The PACA test CPTS covers Digne-les-Bains: one activity of the fixture is there.
    expect(done.json()).toMatchObject({ status: 'succeeded', accepted: 1, scope: w.cptsPaca });
    expect(done.json().stats.outsideScope).toBe(5);
  });

  it('refuses national imports to everyone but the admin, and foreign CPTS', async () => {
    expect((await create('arsPaca', { kind: 'rpps', sourceName: 'x.txt' })).statusCode).toBe(403);
    expect((await create('coordPaca', { kind: 'rpps', sourceName: 'x.txt' })).statusCode).toBe(403);
    expect((await create('coordPaca', { kind: 'rpps', sourceName: 'x.txt', cptsId: w.cptsAra })).statusCode).toBe(404);
    expect((await create('coordPaca', { kind: 'finess', sourceName: 'x.csv', cptsId: w.cptsPaca })).statusCode).toBe(403);
    const invalid = await create('admin', { kind: 'adeli', sourceName: 'x.txt' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error.field).toBe('kind');
  });

  it('hides a run from other users and refuses a second upload', async () => {
    const created = await create('admin', { kind: 'rpps', sourceName: 'again.txt' });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/directory/imports/${created.json().id}`, ...as(w.sessions.coordAra) })).statusCode,
    ).toBe(404);
    await upload('admin', created.json().id);
    expect((await upload('admin', created.json().id)).statusCode).toBe(409);
  });

  it('reports an unreadable file as a 422 on the file, with the run marked failed', async () => {
    const created = await create('admin', { kind: 'rpps', sourceName: 'bad.txt' });
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/directory/imports/${created.json().id}/content`,
      payload: Buffer.from('pas;un;fichier\n'),
      headers: { ...as(w.sessions.admin).headers, 'content-type': 'application/octet-stream' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.field).toBe('file');
    const run = await t.app.inject({ method: 'GET', url: `/api/directory/imports/${created.json().id}`, ...as(w.sessions.admin) });
    expect(run.json().status).toBe('failed');
  });
});
