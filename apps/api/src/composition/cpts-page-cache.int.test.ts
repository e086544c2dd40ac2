import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { schema } from '@maillon/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  type Session,
  secondProcess,
  TEST_NOW,
  TEST_PASSWORD,
  type TestApp,
  testDatabases,
} from '../../test/harness.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';
import { buildApp } from '../app.ts';

type App = Awaited<ReturnType<typeof buildApp>>;

/**
 * The CPTS page is kept serialised per versions and viewer (issue #11 item 3). Whatever changes
 * it, through the API of this process or another, or in plain SQL, the next read anywhere shows
 * the change; a viewer never gets a page made for another.
 */
describe.each(testDatabases())('CPTS pages kept per version (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let other: App;
  let closeOther: () => Promise<void>;
  let cpts: string;
  let coordinator: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    cpts = await t.addCpts({ name: 'CPTS test du cache', regionCode: '93', stage: 'healthProjectValidated', units: PACA_UNITS });
    await t.addUser('coord.cache@test.fr', [{ role: 'coordinator', cptsId: cpts }]);
    coordinator = await t.login('coord.cache@test.fr');
    ({ app: other, close: closeOther } = await secondProcess(t));
  });
  afterAll(async () => {
    await closeOther();
    await t.close();
  });

  const page = async (app: App, session: Session = coordinator, id = cpts) => {
    const response = await app.inject({ method: 'GET', url: `/api/cpts/${id}`, ...as(session) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    return response.json();
  };
  /** Both processes have the page in their cache before the change. */
  const warm = async (session: Session = coordinator, id = cpts) => [await page(t.app, session, id), await page(other, session, id)];
  const write = async (app: App, method: 'POST' | 'PUT', url: string, payload: object, session: Session = coordinator) => {
    const response = await app.inject({ method, url, payload, ...as(session) });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json();
  };
  const db = () => t.ctx.database.db;

  it('serves the same answer as it built, and the same bytes again', async () => {
    const first = await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts}`, ...as(coordinator) });
    const again = await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts}`, ...as(coordinator) });
    expect(again.body).toBe(first.body);
    expect(first.json()).toMatchObject({ id: cpts, name: 'CPTS test du cache', stage: 'healthProjectValidated', unitCount: 3 });
    expect(t.ctx.keptPages.stats().entries).toBeGreaterThan(0);
  });

  it('sends the kept page compressed as the browser asks, the same JSON once decompressed, and a change recompressed', async () => {
    const get = (headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url: `/api/cpts/${cpts}`, headers: { ...as(coordinator).headers, ...headers } });
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get({ 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.headers['cache-control']).toBe('no-store');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    const gzip = await get({ 'accept-encoding': 'gzip;q=1, br;q=0.5' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
    expect((await get({ 'accept-encoding': 'br', 'x-no-compression': '1' })).headers['content-encoding']).toBeUndefined();
    expect((await get({ 'accept-encoding': 'identity' })).body).toBe(plain.body);
    // A change makes a new page: compressed anew, not the old page's bytes.
    await write(t.app, 'PUT', `/api/cpts/${cpts}`, { name: 'CPTS test du cache compressée' });
    const after = await get({ 'accept-encoding': 'br' });
    expect(JSON.parse(brotliDecompressSync(after.rawPayload).toString('utf8')).name).toBe('CPTS test du cache compressée');
    await write(t.app, 'PUT', `/api/cpts/${cpts}`, { name: 'CPTS test du cache' });
  });

  it('shows an identity change made in one process in the next page of the other', async () => {
    await warm();
    const current = await page(t.app);
    await write(t.app, 'PUT', `/api/cpts/${cpts}`, { name: 'CPTS test du cache renommée', email: 'contact@cache.test.fr' });
    expect(current.name).toBe('CPTS test du cache');
    expect(await page(other)).toMatchObject({ name: 'CPTS test du cache renommée', email: 'contact@cache.test.fr' });
  });

  it('shows a territory saved through the API, and one written in plain SQL', async () => {
    await warm(w.sessions.coordPaca, w.cptsPaca);
    await write(other, 'PUT', `/api/cpts/${w.cptsPaca}/territory`, { units: [...PACA_UNITS, '04019'] }, w.sessions.coordPaca);
    expect((await page(t.app, w.sessions.coordPaca, w.cptsPaca)).unitCount).toBe(4);
    await db().execute(sql`delete from cpts_units where cpts_id = ${w.cptsPaca} and unit_code = '04019'`);
    expect((await page(other, w.sessions.coordPaca, w.cptsPaca)).unitCount).toBe(3);
    expect((await page(t.app, w.sessions.coordPaca, w.cptsPaca)).unitCount).toBe(3);
  });

  it('shows a neighbour renamed in plain SQL in the overlaps of the page', async () => {
    const neighbour = await t.addCpts({ name: 'CPTS voisine', regionCode: '93', stage: 'operating', units: ['04070'] });
    const named = async (app: App) =>
      JSON.stringify((await page(app, w.sessions.admin, w.cptsPaca)).assessment.overlaps).includes('CPTS voisine renommée');
    expect(await named(t.app)).toBe(false);
    expect(await named(other)).toBe(false);
    await db().execute(sql`update cpts set name = 'CPTS voisine renommée' where id = ${neighbour}`);
    expect(await named(t.app)).toBe(true);
    expect(await named(other)).toBe(true);
    await db().execute(sql`delete from cpts_units where cpts_id = ${neighbour}`);
  });

  let contract: string;
  it('shows an ACI contract and a mission start recorded in the other process', async () => {
    const [before] = await warm();
    expect(before.deadlinesContractId).toBeNull();
    contract = (
      await write(
        t.app,
        'POST',
        `/api/cpts/${cpts}/contracts`,
        {
          signatures: {
            cpts: { signedOn: '2024-03-01', signatory: 'La présidente' },
            cpam: { signedOn: '2024-03-10', signatory: 'Le directeur' },
            ars: { signedOn: '2024-03-15', signatory: null },
          },
          population: 118_000,
          populationVintage: 2020,
          optionalMissions: [],
        },
        w.sessions.arsPaca,
      )
    ).id;
    const signed = await page(other);
    expect(signed).toMatchObject({ deadlinesContractId: contract, stage: 'aciSigned', aciSignedOn: '2024-03-15' });
    expect(signed.history.at(-1)).toMatchObject({ to: 'aciSigned', occurredOn: '2024-03-15' });
    await write(t.app, 'PUT', `/api/contracts/${contract}/missions/accessToCare`, { startedOn: '2024-04-01' });
    const started = await page(other);
    expect(started.deadlines.find((d: { mission: string }) => d.mission === 'accessToCare')).toMatchObject({ startedOn: '2024-04-01' });
  });

  it('shows a mission start corrected in plain SQL', async () => {
    await warm();
    await db().execute(
      sql`update aci_contract_missions set started_on = '2024-05-02' where contract_id = ${contract} and mission = 'accessToCare'`,
    );
    for (const app of [other, t.app]) {
      const access = (await page(app)).deadlines.find((d: { mission: string }) => d.mission === 'accessToCare');
      expect(access.startedOn).toBe('2024-05-02');
    }
  });

  it('shows a transition recorded in the other process', async () => {
    const [before] = await warm(w.sessions.coordPaca, w.cptsPaca);
    await write(other, 'POST', `/api/cpts/${w.cptsPaca}/transitions`, { to: 'letterOfIntentSubmitted' }, w.sessions.coordPaca);
    const moved = await page(t.app, w.sessions.coordPaca, w.cptsPaca);
    expect(moved.stage).toBe('letterOfIntentSubmitted');
    expect(moved.history).toHaveLength(before.history.length + 1);
  });

  it("shows a proposal, then the ARS's decision, to every process", async () => {
    const id = await t.addCpts({ name: 'CPTS validée du cache', regionCode: '93', stage: 'letterOfIntentValidated', units: ['04070'] });
    await t.addUser('coord.li.cache@test.fr', [{ role: 'coordinator', cptsId: id }]);
    const author = await t.login('coord.li.cache@test.fr');
    const [before] = await warm(author, id);
    expect(before.pendingProposal).toBeNull();
    const proposal = await write(t.app, 'POST', `/api/cpts/${id}/territory/proposals`, { units: ['04070', '04001'] }, author);
    expect((await page(other, author, id)).pendingProposal).toMatchObject({ id: proposal.id, authorName: 'coord.li.cache' });
    await warm(w.sessions.arsPaca, id);
    await write(other, 'POST', `/api/territory-proposals/${proposal.id}/decisions`, { decision: 'accept' }, w.sessions.arsPaca);
    for (const app of [t.app, other]) {
      expect(await page(app, author, id)).toMatchObject({ pendingProposal: null, unitCount: 2 });
      expect((await page(app, w.sessions.arsPaca, id)).pendingProposal).toBeNull();
    }
  });

  it("shows an author's new name (changed in plain SQL) in the history", async () => {
    const id = await t.addCpts({ name: 'CPTS des auteurs', regionCode: '93', stage: 'contact', units: ['04001'] });
    await t.addUser('coord.auteur@test.fr', [{ role: 'coordinator', cptsId: id }]);
    const author = await t.login('coord.auteur@test.fr');
    await write(t.app, 'POST', `/api/cpts/${id}/transitions`, { to: 'letterOfIntentSubmitted' }, author);
    const authors = async (app: App) => (await page(app, author, id)).history.map((h: { authorName: string | null }) => h.authorName);
    expect(await authors(other)).toContain('coord.auteur');
    expect(await authors(t.app)).toContain('coord.auteur');
    await db().execute(sql`update users set display_name = 'Camille Auteur' where email = 'coord.auteur@test.fr'`);
    expect(await authors(other)).toContain('Camille Auteur');
    expect(await authors(t.app)).toContain('Camille Auteur');
  });

  it('bumps the page version on a write, even an empty one, to every table a kept page reads', async () => {
    const tables = [
      'cpts',
      'cpts_units',
      'cpts_transitions',
      'cpts_mission_milestones',
      'territory_proposals',
      'territory_proposal_approvals',
      'aci_contracts',
      'aci_contract_missions',
      'aci_size_amendments',
      // The coverage answers' plans (migration 0033).
      'white_zone_plans',
    ];
    const version = async () => (await db().select().from(schema.cptsPageVersions))[0]?.version;
    for (const table of tables) {
      const before = await version();
      await db().execute(sql`delete from ${sql.identifier(table)} where false`);
      expect(await version(), table).not.toBe(before);
    }
    const before = await version();
    await db().execute(sql`update users set email = email where false`);
    expect(await version(), 'users without a name change').toBe(before);
  });

  it('keeps each viewer their own page: permissions and access are never shared', async () => {
    const coordinatorPage = await page(t.app, w.sessions.coordPaca, w.cptsPaca);
    const arsPage = await page(t.app, w.sessions.arsPaca, w.cptsPaca);
    expect(coordinatorPage.permissions.decideTerritory).toBe(false);
    expect(arsPage.permissions.decideTerritory).toBe(true);
    // Another region's ARS, then the other CPTS's team, after the page is in the cache: still 404.
    for (const session of [w.sessions.arsAra, w.sessions.coordAra]) {
      const refused = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}`, ...as(session) });
      expect(refused.statusCode).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}` })).statusCode).toBe(401);
  });

  it('keeps the CPTS list per versions and viewer: a new CPTS, a rename in plain SQL and a stage are seen by every process', async () => {
    const list = async (app: App, session: Session, query = '?region=93') => {
      const response = await app.inject({ method: 'GET', url: `/api/cpts${query}`, ...as(session) });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items as { id: string; name: string; stage: string; unitCount: number }[];
    };
    const names = async (app: App, session: Session) => (await list(app, session)).map((c) => c.name);
    for (const app of [t.app, other]) expect(await names(app, w.sessions.arsPaca)).not.toContain('CPTS de la liste');
    const id = await t.addCpts({ name: 'CPTS de la liste', regionCode: '93', stage: 'contact', units: ['04112'] });
    for (const app of [other, t.app]) expect(await names(app, w.sessions.arsPaca)).toContain('CPTS de la liste');
    await db().execute(sql`update cpts set name = 'CPTS de la liste renommée' where id = ${id}`);
    for (const app of [other, t.app]) expect(await names(app, w.sessions.arsPaca)).toContain('CPTS de la liste renommée');
    await db().execute(sql`update cpts set stage = 'letterOfIntentSubmitted' where id = ${id}`);
    for (const app of [other, t.app]) {
      expect((await list(app, w.sessions.arsPaca)).find((c) => c.id === id)?.stage).toBe('letterOfIntentSubmitted');
    }
    // Same query, other viewers: the team of one CPTS sees its own, the other region is refused.
    expect((await list(t.app, w.sessions.coordPaca)).map((c) => c.id)).toEqual([w.cptsPaca]);
    const refused = await t.app.inject({ method: 'GET', url: '/api/cpts?region=93', ...as(w.sessions.arsAra) });
    expect(refused.statusCode).toBe(403);
    expect((await list(t.app, w.sessions.arsAra, '')).map((c) => c.id)).not.toContain(id);
  });

  it('keeps the coverage per versions and viewer: a plan, a stage and a territory written anywhere are seen by every process', async () => {
    const coverage = async (app: App, session: Session = w.sessions.arsPaca, query = '?region=93') => {
      const response = await app.inject({ method: 'GET', url: `/api/coverage${query}`, ...as(session) });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const levels = async (app: App) => {
      const response = await app.inject({ method: 'GET', url: '/api/coverage/units?region=93', ...as(w.sessions.arsPaca) });
      expect(response.statusCode, response.body).toBe(200);
      return new Map((response.json().units as { code: string; cptsIds: string[] }[]).map((u) => [u.code, u.cptsIds]));
    };
    const [before, , mapBefore] = await Promise.all([coverage(t.app), coverage(other), levels(t.app), levels(other)]);
    // A white zone's commune that no earlier test gave a CPTS.
    const zone = before.whiteZones.find((z: { unitCodes: string[] }) => z.unitCodes.every((code) => mapBefore.get(code)?.length === 0));
    const unit = zone.unitCodes[0] as string;
    expect(zone.planIds).toEqual([]);
    // A plan through the API of one process: the other's next answer lists it.
    const plan = await write(
      t.app,
      'POST',
      '/api/plans',
      { regionCode: '93', zoneKey: zone.key, modality: 'createCpts', owner: 'DD ARS 04', dueOn: '2027-06-30' },
      w.sessions.arsPaca,
    );
    for (const app of [other, t.app]) {
      const now = await coverage(app);
      expect(now.whiteZones.find((z: { key: string }) => z.key === zone.key).planIds).toEqual([plan.id]);
      expect(now.plans.overdue).toBe(before.plans.overdue);
    }
    // Its date moved to the past in plain SQL: overdue everywhere.
    await db().execute(sql`update white_zone_plans set due_on = '2026-01-01' where id = ${plan.id}`);
    for (const app of [other, t.app]) expect((await coverage(app)).plans.overdue).toBe(before.plans.overdue + 1);
    // The zone's commune joins a CPTS in plain SQL: covered everywhere, and on the map.
    const id = await t.addCpts({ name: 'CPTS de la couverture', regionCode: '93', stage: 'healthProjectValidated', units: [unit] });
    for (const app of [other, t.app]) {
      expect((await coverage(app)).whiteZones.some((z: { unitCodes: string[] }) => z.unitCodes.includes(unit))).toBe(false);
    }
    for (const app of [other, t.app]) expect((await levels(app)).get(unit)).toEqual([id]);
    await db().execute(sql`update cpts set stage = 'dissolved' where id = ${id}`);
    for (const app of [other, t.app]) {
      expect((await coverage(app)).whiteZones.some((z: { unitCodes: string[] }) => z.unitCodes.includes(unit))).toBe(true);
    }
    // Same scope, other viewers, after it is kept: another region's ARS is refused, the national admin sees it.
    const refused = await t.app.inject({ method: 'GET', url: '/api/coverage?region=93', ...as(w.sessions.arsAra) });
    expect(refused.statusCode).toBe(403);
    expect((await coverage(t.app, w.sessions.admin)).population).toBe((await coverage(t.app)).population);
  });

  it('builds the page again on a new day: deadlines and their status move with it', async () => {
    await warm(coordinator);
    const { entries } = t.ctx.keptPages.stats();
    // TEST_NOW is 11:00 in Paris: 13:30 later is the next day there (a new session: the first has ended).
    const tomorrow = new Date(TEST_NOW.getTime() + 13.5 * 3_600_000);
    const later = await buildApp({ ...t.ctx, clock: () => tomorrow });
    try {
      const login = await later.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'coord.cache@test.fr', password: TEST_PASSWORD },
      });
      const session = { cookie: `maillon_session=${login.cookies.find((c) => c.name === 'maillon_session')?.value}`, csrf: '' };
      const { entries: withNewSession } = t.ctx.keptPages.stats();
      expect(withNewSession).toBe(entries);
      expect((await page(later, session)).id).toBe(cpts);
      expect(t.ctx.keptPages.stats().entries).toBe(entries + 1);
      await page(later, session);
      expect(t.ctx.keptPages.stats().entries).toBe(entries + 1);
    } finally {
      await later.close();
    }
  });
});
