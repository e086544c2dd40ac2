import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json') as {
  type: string;
  region?: string;
  departement?: string;
  population?: number;
  code: string;
}[];
const populationOf = (filter: (c: (typeof communes)[number]) => boolean) =>
  communes.filter((c) => c.type === 'commune-actuelle' && filter(c)).reduce((s, c) => s + (c.population ?? 0), 0);
const pop = (code: string) => communes.find((c) => c.code === code && c.type === 'commune-actuelle')?.population ?? 0;

describe.each(testDatabases())('coverage (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    // Two operating CPTS sharing Digne-les-Bains (an overlap), one project at letter of intent.
    await t.addCpts({ name: 'CPTS opérante A', regionCode: '93', stage: 'operating', units: ['04070', '04019'] });
    await t.addCpts({ name: 'CPTS LI validée', regionCode: '93', stage: 'letterOfIntentValidated', units: ['05061'] });
    await t.addCpts({ name: 'CPTS dissoute', regionCode: '93', stage: 'dissolved', units: ['04070'] });
  });
  afterAll(() => t.close());

  const coverage = async (query: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/coverage${query}`, ...as(w.sessions.arsPaca) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('counts France where the ACI applies and lists the overseas collectivities apart', async () => {
    const regions = require('@etalab/decoupage-administratif/data/regions.json') as { code: string; zone: string }[];
    const com = new Set(regions.filter((r) => r.zone === 'com').map((r) => r.code));
    const response = await t.app.inject({ method: 'GET', url: '/api/coverage', ...as(w.sessions.admin) });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.population).toBe(populationOf((c) => !com.has(c.region ?? '')));
    const apart = body.outsideAciField as { code: string; population: number }[];
    expect(new Set(apart.map((r) => r.code))).toEqual(com);
    expect(apart.reduce((sum, r) => sum + r.population, 0)).toBe(populationOf((c) => com.has(c.region ?? '')));
    expect(apart.find((r) => r.code === '989')).toMatchObject({ population: 0 });
    // A region's own view lists nothing apart.
    expect((await coverage('?region=93')).outsideAciField).toEqual([]);
    const regionsList = (await t.app.inject({ method: 'GET', url: '/api/geo/regions', ...as(w.sessions.admin) })).json();
    expect(regionsList.find((r: { code: string }) => r.code === '984')).toMatchObject({ zone: 'com' });
  });

  it('totals the legal population of every PACA commune of the pinned COG', async () => {
    const body = await coverage('?region=93');
    expect(body.population).toBe(populationOf((c) => c.region === '93'));
    expect(body.scope).toMatchObject({ kind: 'region', code: '93', name: "Provence-Alpes-Côte d'Azur" });
  });

  it('counts covered population once per unit, by stage level', async () => {
    const body = await coverage('?region=93');
    // World CPTS PACA is at "contact": it covers nothing.
    expect(body.covered.operating).toBe(pop('04070') + pop('04019'));
    expect(body.covered.letterOfIntent).toBe(pop('04070') + pop('04019') + pop('05061'));
    expect(body.uncovered).toBe(body.population - body.covered.letterOfIntent);
    expect(body.cptsByStage).toEqual({ contact: 1, operating: 1, letterOfIntentValidated: 1 });
  });

  it('reports units claimed by two active CPTS as an overlap (a dissolved one does not count)', async () => {
    const body = await coverage('?region=93');
    expect(body.overlaps).toHaveLength(1);
    expect(body.overlaps[0].unitCodes).toEqual(['04070']);
    expect(body.overlaps[0].population).toBe(pop('04070'));
    expect(body.overlaps[0].cpts.map((c: { name: string }) => c.name).sort()).toEqual(['CPTS opérante A', 'CPTS test Digne']);
  });

  it('groups uncovered units by EPCI when no contours are loaded, and says so', async () => {
    const body = await coverage('?departement=04');
    expect(body.contoursLoaded).toBe(false);
    expect(body.population).toBe(populationOf((c) => c.departement === '04'));
    const zonePopulation = body.whiteZones.reduce((s: number, z: { population: number }) => s + z.population, 0);
    expect(zonePopulation).toBe(body.uncovered);
    expect(body.whiteZones.every((z: { groupedBy: string }) => z.groupedBy === 'epci')).toBe(true);
    const digneZone = body.whiteZones.find((z: { unitCodes: string[] }) => z.unitCodes.includes('04001'));
    expect(digneZone.projects.map((p: { name: string }) => p.name)).toContain('CPTS test Digne');
  });

  it('refuses an unknown region with 404 and a malformed one with 422', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/coverage?region=99', ...as(w.sessions.admin) });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.app.inject({ method: 'GET', url: '/api/coverage?region=abc', ...as(w.sessions.admin) });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().error.field).toBe('region');
  });

  it('computes national coverage for the admin', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/coverage', ...as(w.sessions.admin) });
    const body = response.json();
    // Every commune where the ACI applies (the overseas collectivities apart: test above).
    expect(body.population).toBe(populationOf((c) => !['975', '977', '978', '984', '986', '987', '988', '989'].includes(c.region ?? '')));
    expect(body.unitCount).toBeGreaterThan(34_000);
  });
});
