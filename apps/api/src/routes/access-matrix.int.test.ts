import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { ARA_UNITS, buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

type Role = keyof World['sessions'] | 'anonymous';
interface Case {
  name: string;
  request: (w: World) => { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: unknown };
  /** Expected status per role; roles not listed are refused with 403 or 404. */
  allowed: Partial<Record<Role, number>>;
}

const ROLES: Role[] = ['anonymous', 'admin', 'arsPaca', 'cpamPaca', 'arsAra', 'coordPaca', 'coordAra'];

/**
 * Each role against each route, on own and foreign region/CPTS (issue #2, "Access").
 * Read-only or idempotent payloads, so that the order of cases does not matter.
 */
const CASES: Case[] = [
  { name: 'national coverage', request: () => ({ method: 'GET', url: '/api/coverage' }), allowed: { admin: 200 } },
  {
    name: 'PACA coverage',
    request: () => ({ method: 'GET', url: '/api/coverage?region=93' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200 },
  },
  {
    name: 'Bouches-du-Rhône coverage',
    request: () => ({ method: 'GET', url: '/api/coverage?departement=13' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200 },
  },
  {
    name: 'unit coverage levels',
    request: () => ({ method: 'GET', url: '/api/coverage/units?region=84' }),
    allowed: { admin: 200, arsAra: 200 },
  },
  {
    name: 'PACA CPTS detail',
    request: (w) => ({ method: 'GET', url: `/api/cpts/${w.cptsPaca}` }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200, coordPaca: 200 },
  },
  {
    name: 'PACA territory update',
    request: () => ({ method: 'PUT', url: '/api/cpts/:paca/territory', payload: { units: PACA_UNITS } }),
    allowed: { admin: 200, arsPaca: 200, coordPaca: 200 },
  },
  {
    name: 'PACA territory preview',
    request: () => ({ method: 'POST', url: '/api/cpts/:paca/territory/preview', payload: { units: PACA_UNITS } }),
    allowed: { admin: 200, arsPaca: 200, coordPaca: 200 },
  },
  {
    name: 'PACA identity update',
    request: () => ({ method: 'PUT', url: '/api/cpts/:paca', payload: { name: 'CPTS test Digne', legalForm: 'Association loi 1901' } }),
    allowed: { admin: 200, arsPaca: 200, coordPaca: 200 },
  },
  {
    name: 'PACA territory proposals history',
    request: () => ({ method: 'GET', url: '/api/cpts/:paca/territory/proposals' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200, coordPaca: 200 },
  },
  {
    // An unchanged territory: every editor passes the access checks and gets the 422 (the CPAM
    // reads the territory, the ARS and the team edit it).
    name: 'PACA territory proposal',
    request: () => ({ method: 'POST', url: '/api/cpts/:paca/territory/proposals', payload: { units: PACA_UNITS } }),
    allowed: { admin: 422, arsPaca: 422, coordPaca: 422 },
  },
  {
    name: 'PACA proposals list',
    request: () => ({ method: 'GET', url: '/api/territory-proposals?region=93' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200 },
  },
  {
    name: 'ARA proposals list',
    request: () => ({ method: 'GET', url: '/api/territory-proposals?region=84' }),
    allowed: { admin: 200, arsAra: 200 },
  },
  {
    name: 'ARA proposal',
    request: () => ({ method: 'GET', url: '/api/territory-proposals/:proposal' }),
    allowed: { admin: 200, arsAra: 200, coordAra: 200 },
  },
  {
    // A refusal without its reason: the deciders pass the access checks and get the 422.
    name: 'ARA proposal decision',
    request: () => ({ method: 'POST', url: '/api/territory-proposals/:proposal/decisions', payload: { decision: 'refuse' } }),
    allowed: { admin: 422, arsAra: 422 },
  },
  {
    // Its author is outside the matrix; the admin withdraws it (everyone else is refused whatever its status).
    name: 'ARA proposal withdrawal',
    request: () => ({ method: 'POST', url: '/api/territory-proposals/:proposal/withdrawal' }),
    allowed: { admin: 200 },
  },
  {
    name: 'ARA CPTS creation',
    request: () => ({ method: 'POST', url: '/api/cpts', payload: { name: 'CPTS nouvelle Ain', regionCode: '84' } }),
    allowed: { admin: 201, arsAra: 201 },
  },
  {
    name: 'PACA plans',
    request: () => ({ method: 'GET', url: '/api/plans?region=93' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200 },
  },
  {
    name: 'PACA financing view (region)',
    request: () => ({ method: 'GET', url: '/api/financing?region=93' }),
    allowed: { admin: 200, arsPaca: 200 },
  },
  {
    name: 'Alpes-de-Haute-Provence financing view (département)',
    request: () => ({ method: 'GET', url: '/api/financing?departement=04' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200 },
  },
  {
    name: 'PACA CPTS financing view',
    request: () => ({ method: 'GET', url: '/api/financing?cpts=:paca' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200, coordPaca: 200 },
  },
  {
    name: 'PACA registry preview (writes nothing)',
    request: () => ({
      method: 'POST',
      url: '/api/registry/imports/preview',
      payload: { regionCode: '93', content: Buffer.from('nom;forme_juridique\nCPTS test Digne;Association loi 1901\n').toString('base64') },
    }),
    allowed: { admin: 200, arsPaca: 200 },
  },
  {
    name: 'registry template',
    request: () => ({ method: 'GET', url: '/api/registry/template.csv' }),
    allowed: { admin: 200, arsPaca: 200, arsAra: 200 },
  },
  {
    // Identities: the CPTS's own team only (issue #9 item 7); others are answered 404.
    name: 'PACA médecin-traitant desk',
    request: () => ({ method: 'GET', url: '/api/cpts/:paca/mt-requests' }),
    allowed: { coordPaca: 200 },
  },
  {
    name: 'PACA médecin-traitant settings',
    request: () => ({ method: 'GET', url: '/api/cpts/:paca/mt-requests-settings' }),
    allowed: { coordPaca: 200 },
  },
  {
    name: 'PACA médecin-traitant counts',
    request: () => ({ method: 'GET', url: '/api/mt-requests/counts?region=93' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200, coordPaca: 200 },
  },
  {
    name: 'médecin-traitant public commune lookup',
    request: () => ({ method: 'GET', url: '/api/public/medecin-traitant/communes?q=digne' }),
    allowed: Object.fromEntries(ROLES.map((r) => [r, 200])),
  },
  {
    name: 'PACA médecin-traitant indicators CSV (counts only)',
    request: (w) => ({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/mt/indicators.csv` }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200, coordPaca: 200 },
  },
  {
    name: 'PACA médecin-traitant region indicators CSV (counts only)',
    request: () => ({ method: 'GET', url: '/api/mt/indicators.csv?region=93' }),
    allowed: { admin: 200, arsPaca: 200, cpamPaca: 200 },
  },
  {
    name: 'unit search',
    request: () => ({ method: 'GET', url: '/api/geo/units/search?q=digne' }),
    allowed: Object.fromEntries(ROLES.slice(1).map((r) => [r, 200])),
  },
];

describe.each(testDatabases())('access matrix (%s)', (kind) => {
  let t: TestApp;
  let world: World;
  let proposalId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    world = await buildWorld(t);
    // A pending proposal on the ARA CPTS (operating: its ARS decides), by a second coordinator.
    await t.addUser('coord2.ara@test.fr', [{ role: 'coordinator', cptsId: world.cptsAra }]);
    const proposed = await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${world.cptsAra}/territory/proposals`,
      payload: { units: ARA_UNITS.slice(0, 2), comment: 'Recentrage' },
      ...as(await t.login('coord2.ara@test.fr')),
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    proposalId = proposed.json().id;
  });
  afterAll(() => t.close());

  for (const c of CASES) {
    for (const role of ROLES) {
      const expected = c.allowed[role];
      const verdict = expected ? `answers ${expected}` : role === 'anonymous' ? 'answers 401' : 'refuses';
      it(`${c.name}: ${verdict} for ${role}`, async () => {
        const { method, url, payload } = c.request(world);
        const response = await t.app.inject({
          method,
          url: url.replace(':paca', world.cptsPaca).replace(':proposal', proposalId),
          ...(payload ? { payload } : {}),
          ...as(role === 'anonymous' ? null : world.sessions[role]),
        });
        if (expected) expect(response.statusCode, response.body).toBe(expected);
        else if (role === 'anonymous') expect(response.statusCode).toBe(401);
        else {
          expect([403, 404], response.body).toContain(response.statusCode);
          expect(response.json().error.message).toMatch(/[a-zé]/);
        }
      });
    }
  }

  it('lists only the CPTS a user may see', async () => {
    const names = async (role: keyof World['sessions'], query = '') =>
      (await t.app.inject({ method: 'GET', url: `/api/cpts${query}`, ...as(world.sessions[role]) }))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await names('arsPaca', '?region=93')).toContain(world.cptsPaca);
    expect(await names('arsPaca', '?region=93')).not.toContain(world.cptsAra);
    expect(await names('coordPaca')).toEqual([world.cptsPaca]);
    expect(await names('coordAra', '?region=93')).toEqual([]);
    expect(await names('admin')).toEqual(expect.arrayContaining([world.cptsPaca, world.cptsAra]));
    const foreign = await t.app.inject({ method: 'GET', url: '/api/cpts?region=84', ...as(world.sessions.arsPaca) });
    expect(foreign.statusCode).toBe(403);
  });
});
