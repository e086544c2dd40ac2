import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMemberVia, addProfessionals, createCategories } from '../../test/association-fixtures.ts';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

type Role = keyof World['sessions'] | 'anonymous';
const ROLES: Role[] = ['anonymous', 'admin', 'arsPaca', 'cpamPaca', 'arsAra', 'coordPaca', 'coordAra'];

interface Ids {
  cpts: string;
  member: string;
  category: string;
  body: string;
  mandate: string;
  assembly: string;
  resolution: string;
  closed: string;
}

interface Case {
  name: string;
  request: (ids: Ids) => { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; payload?: unknown };
  /** Status for the coordination team of the CPTS and the admin (a 409 proves the request went through access). */
  managers: number;
  /** Status for ARS and CPAM staff of the region: 403 unless the route gives counts only. */
  regulators?: number;
}

const manage = (name: string, request: Case['request'], managers: number): Case => ({ name, request, managers });

/**
 * Every association route against every role (issue #3, "Access"): the coordination team and the
 * admin manage; ARS/CPAM of the region get counts only (403 elsewhere); another region or CPTS
 * gets 404; anonymous 401. Payloads are idempotent or refused after the access check.
 */
const CASES: Case[] = [
  manage('member list', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/members` }), 200),
  {
    name: 'member summary',
    request: (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/members/summary` }),
    managers: 200,
    regulators: 200,
  },
  manage('member detail', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/members/${i.member}` }), 200),
  manage(
    'member added twice',
    (i) => ({
      method: 'POST',
      url: `/api/cpts/${i.cpts}/members`,
      payload: { kind: 'professional', idNatPs: '810000000401', categoryId: i.category },
    }),
    409,
  ),
  manage(
    'member update',
    (i) => ({ method: 'PUT', url: `/api/cpts/${i.cpts}/members/${i.member}`, payload: { categoryId: i.category } }),
    200,
  ),
  manage(
    'decision on an active member',
    (i) => ({ method: 'POST', url: `/api/cpts/${i.cpts}/members/${i.member}/decision`, payload: { decision: 'refuse' } }),
    409,
  ),
  manage(
    'departure in the future',
    (i) => ({ method: 'POST', url: `/api/cpts/${i.cpts}/members/${i.member}/leave`, payload: { leftOn: '2030-01-01' } }),
    422,
  ),
  manage(
    'dues payment',
    (i) => ({ method: 'PUT', url: `/api/cpts/${i.cpts}/members/${i.member}/dues/2026`, payload: { paidOn: '2026-02-01' } }),
    200,
  ),
  manage('dues receipt', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/members/${i.member}/dues/2026/receipt.pdf` }), 200),
  manage('directory search', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/directory/search?q=arnaud` }), 200),
  manage('settings', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/association/settings` }), 200),
  manage(
    'settings update',
    (i) => ({
      method: 'PUT',
      url: `/api/cpts/${i.cpts}/association/settings`,
      payload: { quorumPercent: 25, maxProxiesPerHolder: 2, majorityRule: 'simple' },
    }),
    200,
  ),
  manage('categories', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/membership-categories` }), 200),
  manage(
    'category with a taken name',
    (i) => ({
      method: 'POST',
      url: `/api/cpts/${i.cpts}/membership-categories`,
      payload: { name: 'Partenaires', voting: false, yearlyDuesCents: 0 },
    }),
    409,
  ),
  manage(
    'category update',
    (i) => ({
      method: 'PUT',
      url: `/api/cpts/${i.cpts}/membership-categories/${i.category}`,
      payload: { name: 'Professionnels libéraux', voting: true, yearlyDuesCents: 3000, position: 0 },
    }),
    200,
  ),
  manage('used category deletion', (i) => ({ method: 'DELETE', url: `/api/cpts/${i.cpts}/membership-categories/${i.category}` }), 409),
  manage('bodies', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/bodies` }), 200),
  manage(
    'body in the future',
    (i) => ({ method: 'POST', url: `/api/cpts/${i.cpts}/bodies`, payload: { kind: 'board', name: 'CA', createdOn: '2030-01-01' } }),
    422,
  ),
  manage(
    'body rename',
    (i) => ({ method: 'PUT', url: `/api/cpts/${i.cpts}/bodies/${i.body}`, payload: { name: 'Bureau', endedOn: null } }),
    200,
  ),
  manage('body with mandates deletion', (i) => ({ method: 'DELETE', url: `/api/cpts/${i.cpts}/bodies/${i.body}` }), 409),
  manage(
    'second president',
    (i) => ({
      method: 'POST',
      url: `/api/cpts/${i.cpts}/bodies/${i.body}/mandates`,
      payload: { memberId: i.member, role: 'president', startOn: '2025-02-01' },
    }),
    409,
  ),
  manage(
    'mandate update',
    (i) => ({
      method: 'PUT',
      url: `/api/cpts/${i.cpts}/mandates/${i.mandate}`,
      payload: { role: 'president', startOn: '2025-01-01', endOn: null },
    }),
    200,
  ),
  manage('unknown mandate deletion', (i) => ({ method: 'DELETE', url: `/api/cpts/${i.cpts}/mandates/${i.cpts}` }), 404),
  manage('assemblies', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/assemblies` }), 200),
  manage(
    'convocation',
    (i) => ({
      method: 'POST',
      url: `/api/cpts/${i.cpts}/assemblies`,
      payload: {
        kind: 'ordinary',
        title: 'AG 2027',
        scheduledAt: '2027-06-01T16:00:00Z',
        agenda: 'Comptes',
        resolutions: [{ title: 'Comptes' }],
      },
    }),
    201,
  ),
  manage('assembly detail', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/assemblies/${i.assembly}` }), 200),
  manage(
    'attendance',
    (i) => ({
      method: 'PUT',
      url: `/api/cpts/${i.cpts}/assemblies/${i.assembly}/attendance`,
      payload: { changes: [{ memberId: i.member, attendance: 'present' }] },
    }),
    200,
  ),
  manage(
    'vote',
    (i) => ({
      method: 'PUT',
      url: `/api/cpts/${i.cpts}/assemblies/${i.assembly}/resolutions/${i.resolution}/vote`,
      payload: { votesFor: 1, votesAgainst: 0, votesAbstain: 0 },
    }),
    200,
  ),
  manage(
    'closing a closed assembly',
    (i) => ({ method: 'POST', url: `/api/cpts/${i.cpts}/assemblies/${i.closed}/close`, payload: {} }),
    409,
  ),
  manage('minutes', (i) => ({ method: 'GET', url: `/api/cpts/${i.cpts}/assemblies/${i.closed}/minutes.pdf` }), 200),
];

function expected(c: Case, role: Role): number {
  switch (role) {
    case 'anonymous':
      return 401;
    case 'admin':
    case 'coordPaca':
      return c.managers;
    case 'arsPaca':
    case 'cpamPaca':
      return c.regulators ?? 403;
    case 'arsAra':
    case 'coordAra':
      return 404;
  }
}

describe.each(testDatabases())('association access matrix (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  const ids = {} as Ids;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    await addProfessionals(t.ctx.database.db, [{ idNatPs: '810000000401', firstName: 'Alice', lastName: 'Arnaud', unitCode: '04070' }]);
    const cats = await createCategories(t, w.cptsPaca, w.sessions.coordPaca);
    const session = as(w.sessions.coordPaca);
    ids.cpts = w.cptsPaca;
    ids.category = cats.voting;
    ids.member = await addMemberVia(
      t,
      { cptsId: w.cptsPaca, session: w.sessions.coordPaca },
      { kind: 'professional', idNatPs: '810000000401', categoryId: cats.voting, joinedOn: '2025-01-01' },
    );
    const bodies = await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${w.cptsPaca}/bodies`,
      payload: { kind: 'bureau', name: 'Bureau', createdOn: '2025-01-01' },
      ...session,
    });
    ids.body = bodies.json().items[0].id;
    const seated = await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${w.cptsPaca}/bodies/${ids.body}/mandates`,
      payload: { memberId: ids.member, role: 'president', startOn: '2025-01-01' },
      ...session,
    });
    ids.mandate = seated.json().items[0].mandates[0].id;
    const convene = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/cpts/${w.cptsPaca}/assemblies`,
        payload: {
          kind: 'ordinary',
          title: 'AG 2026',
          scheduledAt: '2026-11-22T08:00:00Z',
          agenda: 'Rapport moral',
          resolutions: [{ title: 'Rapport moral' }],
        },
        ...session,
      });
    const open = (await convene()).json();
    ids.assembly = open.id;
    ids.resolution = open.resolutions[0].id;
    await t.app.inject({
      method: 'PUT',
      url: `/api/cpts/${w.cptsPaca}/assemblies/${ids.assembly}/attendance`,
      payload: { changes: [{ memberId: ids.member, attendance: 'present' }] },
      ...session,
    });
    ids.closed = (await convene()).json().id;
    await t.app.inject({ method: 'POST', url: `/api/cpts/${w.cptsPaca}/assemblies/${ids.closed}/close`, payload: {}, ...session });
  });
  afterAll(() => t.close());

  for (const c of CASES) {
    it(`${c.name}: managers ${c.managers}, ARS/CPAM ${c.regulators ?? 403}, other region or CPTS 404, anonymous 401`, async () => {
      const { method, url, payload } = c.request(ids);
      const statuses: Partial<Record<Role, number>> = {};
      for (const role of ROLES) {
        const response = await t.app.inject({
          method,
          url,
          ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
          ...as(role === 'anonymous' ? null : w.sessions[role]),
        });
        statuses[role] = response.statusCode;
      }
      expect(statuses).toEqual(Object.fromEntries(ROLES.map((r) => [r, expected(c, r)])));
    });
  }

  it('lets no account without a national professional id ask to join, whatever its role', async () => {
    for (const role of ROLES) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/cpts/${w.cptsPaca}/members/requests`,
        payload: {},
        ...as(role === 'anonymous' ? null : w.sessions[role]),
      });
      expect(response.statusCode).toBe(role === 'anonymous' ? 401 : 403);
    }
  });
});
