import { createCptsRepository } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, secondProcess, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';
import type { buildApp } from '../app.ts';

type App = Awaited<ReturnType<typeof buildApp>>;

/** The coverage index is kept per (geography, territories version) and follows every committed change, from any process (docs/reference/coverage.md §7). */
describe.each(testDatabases())('coverage index kept per version (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let other: App;
  let closeOther: () => Promise<void>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    ({ app: other, close: closeOther } = await secondProcess(t));
  });
  afterAll(async () => {
    await closeOther();
    await t.close();
  });

  const digne = async (app: App, query = '?departement=04') => {
    const response = await app.inject({ method: 'GET', url: `/api/coverage${query}`, ...as(w.sessions.admin) });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    return { body, cpts: body.cpts.find((c: { id: string }) => c.id === w.cptsPaca) };
  };
  const levels = async (app: App) => {
    const response = await app.inject({ method: 'GET', url: '/api/coverage/units?departement=04', ...as(w.sessions.admin) });
    expect(response.statusCode, response.body).toBe(200);
    return new Map((response.json().units as { code: string; cptsIds: string[] }[]).map((u) => [u.code, u.cptsIds]));
  };

  it('keeps one index while nothing changes, and rebuilds it after a change', async () => {
    const index = await t.ctx.territoryIndex.get(t.ctx.database.db);
    const first = await t.ctx.coverageIndex.get(t.ctx.database.db, index);
    expect(await t.ctx.coverageIndex.get(t.ctx.database.db, index)).toBe(first);
    const repo = createCptsRepository(t.ctx.database.db);
    const before = await repo.territoriesVersion();
    const record = await repo.get(w.cptsPaca);
    if (!record) throw new Error('world CPTS missing');
    await repo.updateIdentity(w.cptsPaca, { ...record, name: 'CPTS test Digne' }, new Date());
    expect(await repo.territoriesVersion()).not.toBe(before);
    expect(await t.ctx.coverageIndex.get(t.ctx.database.db, index)).not.toBe(first);
  });

  it('shows a territory changed through the API in the next coverage, in this process and in another', async () => {
    expect((await digne(t.app)).cpts.unitCount).toBe(3);
    expect((await digne(other)).cpts.unitCount).toBe(3);
    expect((await levels(other)).get('04019')).toEqual([]);
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/cpts/${w.cptsPaca}/territory`,
      payload: { units: [...PACA_UNITS, '04019'] },
      ...as(w.sessions.coordPaca),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await digne(t.app)).cpts.unitCount).toBe(4);
    const seen = await digne(other);
    expect(seen.cpts.unitCount).toBe(4);
    expect((await levels(other)).get('04019')).toEqual([w.cptsPaca]);
  });

  it('shows a stage changed in another process in the next coverage here', async () => {
    expect((await digne(t.app)).body.cptsByStage).toEqual({ contact: 1 });
    const moved = await other.inject({
      method: 'POST',
      url: `/api/cpts/${w.cptsPaca}/transitions`,
      payload: { to: 'letterOfIntentSubmitted' },
      ...as(w.sessions.coordPaca),
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect((await digne(t.app)).body.cptsByStage).toEqual({ letterOfIntentSubmitted: 1 });
    expect((await digne(other)).body.cptsByStage).toEqual({ letterOfIntentSubmitted: 1 });
  });

  it('follows a CPTS written by any code path (the version is bumped by the database, not by the repository)', async () => {
    const before = (await digne(other)).body.covered.operating;
    await t.addCpts({ name: 'CPTS ajoutée ailleurs', regionCode: '93', stage: 'operating', units: ['04112'] });
    const after = await digne(other);
    expect(after.body.covered.operating).toBeGreaterThan(before);
    expect(after.body.cpts.map((c: { name: string }) => c.name)).toContain('CPTS ajoutée ailleurs');
  });
});
