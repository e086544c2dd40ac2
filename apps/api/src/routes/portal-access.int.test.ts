import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { addAssembly, addCategory, addMember } from '../../test/portal-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Steering and coordination routes with payloads that pass validation, so that the refusal
 * comes from authorisation. `:own` is the CPTS the portal user is an active voting member of:
 * membership gives no access to the coordination team's screens (issue #3, points 7 and 8).
 */
const STRICT_CASES: { method: Method; url: string; payload?: unknown }[] = [
  { method: 'GET', url: '/api/coverage' },
  { method: 'GET', url: '/api/coverage?region=93' },
  { method: 'GET', url: '/api/coverage?departement=04' },
  { method: 'GET', url: '/api/coverage/units?region=93' },
  { method: 'GET', url: '/api/plans?region=93' },
  {
    method: 'POST',
    url: '/api/plans',
    payload: { regionCode: '93', zoneKey: 'epci:200067437', modality: 'createCpts', owner: 'ARS test', dueOn: '2027-01-01' },
  },
  { method: 'POST', url: '/api/cpts', payload: { name: 'CPTS nouvelle', regionCode: '93' } },
  { method: 'GET', url: '/api/cpts/:own' },
  { method: 'GET', url: '/api/cpts/:foreign' },
  { method: 'PUT', url: '/api/cpts/:own', payload: { name: 'CPTS test Digne', legalForm: 'Association loi 1901' } },
  { method: 'PUT', url: '/api/cpts/:own/territory', payload: { units: PACA_UNITS } },
  { method: 'POST', url: '/api/cpts/:own/territory/preview', payload: { units: PACA_UNITS } },
  { method: 'POST', url: '/api/cpts/:own/transitions', payload: { to: 'letterOfIntentSubmitted', date: '2026-11-01' } },
  { method: 'PUT', url: '/api/cpts/:own/missions/accessToCare', payload: { startedOn: '2026-01-01' } },
  { method: 'GET', url: '/api/cpts/:own/members' },
  { method: 'GET', url: '/api/cpts/:own/members/summary' },
  { method: 'GET', url: '/api/cpts/:own/members/:member' },
  { method: 'GET', url: '/api/cpts/:own/membership-categories' },
  { method: 'GET', url: '/api/cpts/:own/association/settings' },
  { method: 'GET', url: '/api/cpts/:own/bodies' },
  { method: 'GET', url: '/api/cpts/:own/assemblies' },
  { method: 'GET', url: '/api/cpts/:own/assemblies/:assembly' },
  { method: 'GET', url: '/api/cpts/:own/assemblies/:assembly/minutes.pdf' },
  { method: 'GET', url: '/api/cpts/:own/directory/search?q=martin' },
  { method: 'GET', url: '/api/cpts/:own/diagnostic' },
  { method: 'GET', url: '/api/cpts/:own/diagnostic.xlsx' },
  { method: 'GET', url: '/api/cpts/:own/diagnostic.pdf' },
];

/**
 * Routes a portal user may use: their own session (its list of sessions and password too) and
 * portal, the login options, reference geography (public INSEE data), the ACI rules (public
 * regulatory texts, read-only to them), asking to join a CPTS (a professional's own request,
 * issue #3 point 2), and the diagnostic of a drawn perimeter, which only aggregates public registry
 * counts and legal populations (project holders draw one before any CPTS exists). Lists
 * filtered to the caller's scope answer 403, or 200 with no item.
 */
const OPEN_TO_PORTAL_USERS = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/me',
  'GET /api/auth/sessions',
  'DELETE /api/auth/sessions/{id}',
  'POST /api/auth/sessions/revoke-others',
  'POST /api/auth/password',
  'GET /api/auth/options',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/callback',
  'GET /api/health',
  'GET /api/aci/reference',
  'GET /api/portal',
  'POST /api/cpts/{id}/members/requests',
  'POST /api/diagnostic',
  'POST /api/diagnostic.xlsx',
  'POST /api/diagnostic.pdf',
  // The médecin-traitant public door: no account needed (issue #9 item 1), so none refused.
  'GET /api/public/medecin-traitant/communes',
  'GET /api/public/medecin-traitant/cpts/{id}',
  'POST /api/public/medecin-traitant/demandes',
  'POST /api/public/medecin-traitant/suivi',
  // A professional's iCal feed, read by a calendar application with its secret address, no account.
  'GET /api/calendar/{file}',
]);
/** Lists answered to anyone signed in, scoped to what the caller booked, posted or received: empty here. */
const SCOPED_LISTS = new Set([
  'GET /api/cpts',
  'GET /api/directory/imports',
  'GET /api/regulation/bookings',
  'GET /api/professional/slot-bookings',
  'GET /api/pro-requests',
  'GET /api/specialist-requests',
]);

/** Values that let requests pass validation: the portal user's CPTS, unknown ids, plausible queries. */
function concrete(path: string, ids: { own: string; member: string; assembly: string }): string {
  const url = path
    .replace('{id}', ids.own)
    .replace('{memberId}', ids.member)
    .replace('{assemblyId}', ids.assembly)
    .replace('{mission}', 'accessToCare')
    .replace('{year}', '2026')
    .replace('{contractYear}', '1')
    .replace('{indicatorId}', 'indicateur')
    .replace(/\{\w+Id\}/g, '00000000-0000-4000-8000-000000000000');
  return `${url}?region=93&q=digne&departement=04`;
}

describe.each(testDatabases())('portal users and steering/coordination routes (%s)', (kind) => {
  let t: TestApp;
  let world: World;
  let member: Session;
  let stranger: Session;
  const ids = { own: '', member: '', assembly: '' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    world = await buildWorld(t);
    const db = t.ctx.database.db;
    const categoryId = await addCategory(db, { cptsId: world.cptsPaca, name: 'Libéraux', voting: true });
    ids.own = world.cptsPaca;
    ids.member = await addMember(db, {
      cptsId: world.cptsPaca,
      idNatPs: '810000000500',
      categoryId,
      status: 'active',
      joinedOn: '2025-01-01',
    });
    ids.assembly = await addAssembly(db, {
      cptsId: world.cptsPaca,
      title: 'AG 2026',
      status: 'convened',
      voters: [{ memberId: ids.member, attendance: 'absent' }],
    });
    const userId = await t.addUser('adherent@test.fr', []);
    await db.update(schema.users).set({ idNatPs: '810000000500' }).where(eq(schema.users.id, userId));
    await t.addUser('inconnu@test.fr', []);
    member = await t.login('adherent@test.fr');
    stranger = await t.login('inconnu@test.fr');
  });
  afterAll(() => t.close());

  it('the member does see their own membership and assembly in the portal', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/portal', ...as(member) })).json();
    expect(body.memberships.map((m: { memberId: string }) => m.memberId)).toEqual([ids.member]);
    expect(body.assemblies.map((a: { id: string }) => a.id)).toEqual([ids.assembly]);
  });

  it('lists no CPTS and no directory import to a portal user, not even the CPTS they belong to', async () => {
    for (const url of ['/api/cpts', '/api/directory/imports']) {
      const response = await t.app.inject({ method: 'GET', url, ...as(member) });
      expect([200, 403], url).toContain(response.statusCode);
      if (response.statusCode === 200) expect(response.json().items, url).toEqual([]);
    }
  });

  for (const c of STRICT_CASES) {
    for (const who of ['member', 'stranger'] as const) {
      it(`${c.method} ${c.url}: refused to a portal ${who}`, async () => {
        const url = c.url
          .replace(':own', world.cptsPaca)
          .replace(':foreign', world.cptsAra)
          .replace(':member', ids.member)
          .replace(':assembly', ids.assembly);
        const response = await t.app.inject({
          method: c.method,
          url,
          ...(c.payload ? { payload: c.payload } : {}),
          ...as(who === 'member' ? member : stranger),
        });
        expect([403, 404], `${response.statusCode} ${response.body}`).toContain(response.statusCode);
        expect(response.json().error.message).toMatch(/[a-zé]/);
      });
    }
  }

  it('every other documented route refuses the portal user or writes nothing', async () => {
    await t.app.ready();
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const operation of Object.keys(operations)) {
        const method = operation.toUpperCase() as Method;
        const key = `${method} ${path}`;
        if (OPEN_TO_PORTAL_USERS.has(key) || path.startsWith('/api/geo/')) continue;
        const response = await t.app.inject({
          method,
          url: concrete(path, ids),
          ...(method === 'GET' ? {} : { payload: {} }),
          ...as(member),
        });
        checked.push(key);
        if (SCOPED_LISTS.has(key) && response.statusCode === 200) {
          expect(response.json().items, key).toEqual([]);
        } else if (method === 'GET' && response.statusCode === 422) {
          // A search whose required query is absent is refused by validation before anything is read.
          expect(response.json().error.field, key).toBeTruthy();
        } else if (method === 'GET') {
          expect([403, 404], `${key}: ${response.statusCode} ${response.body.slice(0, 200)}`).toContain(response.statusCode);
        } else {
          // An empty body may be refused by validation first (422): either way nothing is written.
          expect([403, 404, 422], `${key}: ${response.statusCode} ${response.body.slice(0, 200)}`).toContain(response.statusCode);
        }
      }
    }
    expect(checked).toContain('GET /api/coverage');
    expect(checked.length).toBeGreaterThan(15);
    // The member's session survived the sweep (no route logged them out or failed).
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(member) })).statusCode).toBe(200);
  });
});
