import { readFileSync } from 'node:fs';
import { schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPPS_FIXTURE } from '../../test/directory-fixtures.ts';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { buildApp } from '../app.ts';
import { createCptsPageCache } from '../composition/cpts-page-cache.ts';
import { createTerritoryIndexCache } from '../composition/territory-index-cache.ts';

const FIXTURE = readFileSync(RPPS_FIXTURE);

describe.each(testDatabases())('directory uploads (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  type Role = keyof World['sessions'];
  const create = (role: Role, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/directory/imports', payload, ...as(w.sessions[role]) });
  const upload = (role: Role, id: string, payload: Buffer = FIXTURE, app = t.app) =>
    app.inject({
      method: 'PUT',
      url: `/api/directory/imports/${id}/content`,
      payload,
      headers: { ...as(w.sessions[role]).headers, 'content-type': 'application/octet-stream' },
    });
  const post = (role: Role, id: string, action: 'apply' | 'cancel', app = t.app) =>
    app.inject({ method: 'POST', url: `/api/directory/imports/${id}/${action}`, ...as(w.sessions[role]) });
  const getRun = (role: Role, id: string, app = t.app) =>
    app.inject({ method: 'GET', url: `/api/directory/imports/${id}`, ...as(w.sessions[role]) });
  const newRun = async (role: Role, payload: Record<string, unknown> = {}) =>
    (await create(role, { kind: 'rpps', sourceName: 'PS_LibreAcces_Personne_activite.txt', bytesTotal: FIXTURE.length, ...payload })).json()
      .id as string;
  const professionals = async () => (await t.ctx.database.db.select().from(schema.professionals)).length;
  const stagedRows = async (runId?: string) =>
    (await t.ctx.database.db.select().from(schema.importStagedActivities)).filter((r) => !runId || r.runId === runId).length;

  it('lets the admin preview the national file, then apply it on confirmation', async () => {
    const created = await create('admin', { kind: 'rpps', sourceName: 'PS_LibreAcces_Personne_activite.txt', bytesTotal: FIXTURE.length });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const previewed = await upload('admin', id);
    expect(previewed.statusCode, previewed.body).toBe(200);
    expect(previewed.json()).toMatchObject({
      status: 'previewed',
      accepted: 6,
      rejectedCount: 3,
      bytesDone: FIXTURE.length,
      scope: null,
      applied: null,
      preview: {
        scope: 'national',
        entities: [
          { entity: 'professionals', added: 5, updated: 0, unchanged: 0, kept: 0, gone: 0 },
          { entity: 'activities', added: 6, updated: 0, unchanged: 0, kept: 0, gone: 0 },
        ],
      },
    });
    expect(previewed.json().expiresAt).toBe('2026-11-23T10:00:00.000Z');
    expect(await professionals()).toBe(0);
    const applied = await post('admin', id, 'apply');
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({
      status: 'applied',
      expiresAt: null,
      applied: [
        { entity: 'professionals', added: 5, updated: 0, gone: 0 },
        { entity: 'activities', added: 6, updated: 0, gone: 0 },
      ],
    });
    expect(await professionals()).toBe(5);
    expect(await stagedRows()).toBe(0);
    const polled = await getRun('admin', id);
    expect(polled.json().rejected[0]).toEqual({ line: 7, reason: 'identification nationale PP invalide (« 8123 »)' });
  });

  it("keeps only the coordinator's territory when a coordination team imports, and marks nothing gone", async () => {
    const id = await newRun('coordPaca', { sourceName: 'extrait.txt', cptsId: w.cptsPaca });
    const previewed = (await upload('coordPaca', id)).json();
    // The PACA test CPTS covers Digne-les-Bains: one activity of the fixture is there.
    expect(previewed).toMatchObject({ status: 'previewed', accepted: 1, scope: w.cptsPaca, scopeName: 'CPTS test Digne' });
    expect(previewed.stats.outsideScope).toBe(5);
    expect(previewed.preview).toEqual({
      scope: 'territory',
      entities: [
        { entity: 'professionals', added: 0, updated: 0, unchanged: 1, kept: 0, gone: 0 },
        { entity: 'activities', added: 0, updated: 0, unchanged: 1, kept: 0, gone: 0 },
      ],
    });
    const applied = await post('coordPaca', id, 'apply');
    expect(applied.json()).toMatchObject({
      status: 'applied',
      applied: [
        { added: 0, updated: 0, gone: 0 },
        { added: 0, updated: 0, gone: 0 },
      ],
    });
    expect((await t.ctx.database.db.select().from(schema.professionals)).every((p) => p.present)).toBe(true);
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

  it('hides a run from other users, who can neither send its file, apply it nor abandon it', async () => {
    const id = await newRun('coordPaca', { cptsId: w.cptsPaca });
    expect((await getRun('coordAra', id)).statusCode).toBe(404);
    expect((await upload('coordAra', id)).statusCode).toBe(404);
    await upload('coordPaca', id);
    expect((await post('coordAra', id, 'apply')).statusCode).toBe(404);
    expect((await post('arsPaca', id, 'cancel')).statusCode).toBe(404);
    expect((await getRun('coordPaca', id)).json().status).toBe('previewed');
  });

  it('reads the file of a run once: two concurrent uploads, exactly one is read', async () => {
    const id = await newRun('admin');
    const answers = await Promise.all([upload('admin', id), upload('admin', id)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.statusCode === 409);
    expect(refused?.json().error.message).toBe('Ce fichier a déjà été envoyé pour cet import.');
    const run = (await getRun('admin', id)).json();
    expect(run).toMatchObject({ status: 'previewed', linesRead: 10, accepted: 6, bytesDone: FIXTURE.length });
    expect((await upload('admin', id)).statusCode).toBe(409);
    await post('admin', id, 'cancel');
  });

  it('applies once: a second apply, even concurrent, gets a French conflict and changes nothing', async () => {
    const newer = Buffer.from(FIXTURE.toString('utf8').replaceAll('|ESSAI|', '|ESSAI-BIS|'));
    const id = await newRun('admin', { bytesTotal: newer.length });
    await upload('admin', id, newer);
    const answers = await Promise.all([post('admin', id, 'apply'), post('admin', id, 'apply')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)?.json().error).toEqual({
      code: 'CONFLICT',
      message: 'Cet import a déjà été appliqué.',
    });
    const again = await post('admin', id, 'apply');
    expect(again.statusCode).toBe(409);
    expect((await getRun('admin', id)).json().applied).toEqual([
      { entity: 'professionals', added: 0, updated: 1, gone: 0 },
      { entity: 'activities', added: 0, updated: 0, gone: 0 },
    ]);
    expect((await post('admin', id, 'cancel')).json().error.message).toBe('Cet import ne peut plus être abandonné (appliqué).');
  });

  it('abandons a preview: its staged rows are deleted and it can no longer be applied', async () => {
    const id = await newRun('admin');
    await upload('admin', id);
    expect(await stagedRows(id)).toBe(6);
    const cancelled = await post('admin', id, 'cancel');
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', preview: { scope: 'national' } });
    expect(await stagedRows(id)).toBe(0);
    const apply = await post('admin', id, 'apply');
    expect(apply.statusCode).toBe(409);
    expect(apply.json().error.message).toBe('Cet import a été abandonné : renvoyez le fichier.');
  });

  it('previews in one API process and applies from another (the state is in the database only)', async () => {
    const other = await buildApp({ ...t.ctx, territoryIndex: createTerritoryIndexCache(), keptPages: createCptsPageCache() });
    try {
      const id = await newRun('admin');
      expect((await upload('admin', id)).statusCode).toBe(200);
      expect((await getRun('admin', id, other)).json().status).toBe('previewed');
      const applied = await post('admin', id, 'apply', other);
      expect(applied.statusCode, applied.body).toBe(200);
      expect((await getRun('admin', id)).json().status).toBe('applied');
    } finally {
      await other.close();
    }
  });

  it('reports an unreadable file as a 422 on the file, with the run marked failed and nothing to apply', async () => {
    const id = (await create('admin', { kind: 'rpps', sourceName: 'bad.txt' })).json().id;
    const response = await upload('admin', id, Buffer.from('pas;un;fichier\n'));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.field).toBe('file');
    const run = await getRun('admin', id);
    expect(run.json()).toMatchObject({ status: 'failed', error: expect.stringContaining('non reconnu') });
    expect((await post('admin', id, 'apply')).json().error.message).toBe('Cet import a échoué : rien ne peut être appliqué.');
  });

  it('lists recent runs with their state', async () => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/directory/imports', ...as(w.sessions.admin) })).json().items as {
      status: string;
    }[];
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['applied', 'previewed', 'cancelled', 'failed']));
    const coordinator = (await t.app.inject({ method: 'GET', url: '/api/directory/imports', ...as(w.sessions.coordAra) })).json().items;
    expect(coordinator).toEqual([]);
  });
});
