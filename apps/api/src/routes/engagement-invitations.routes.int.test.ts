import type { EngagementSummaryDto, InvitationsDto, NonMembersPageDto, PartnersDto } from '@maillon/contracts';
import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_SECRET_EMAIL, seedEngagement } from '../../test/engagement-fixtures.ts';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

type Role = keyof World['sessions'] | 'anonymous';
const ROLES: Role[] = ['anonymous', 'admin', 'arsPaca', 'cpamPaca', 'arsAra', 'coordPaca', 'coordAra'];
const FIGURES = { admin: 200, arsPaca: 200, cpamPaca: 200, coordPaca: 200 };
const LISTS = { admin: 200, coordPaca: 200 };

/** Each role against each diagnostic and engagement route, own and foreign CPTS/region (issue #3 "Access"). */
const CASES: { name: string; method: 'GET' | 'POST' | 'PUT'; path: string; payload?: unknown; allowed: Partial<Record<Role, number>> }[] = [
  { name: 'diagnostic', method: 'GET', path: '/diagnostic', allowed: FIGURES },
  { name: 'diagnostic XLSX', method: 'GET', path: '/diagnostic.xlsx', allowed: FIGURES },
  { name: 'diagnostic PDF', method: 'GET', path: '/diagnostic.pdf', allowed: FIGURES },
  { name: 'engagement rates', method: 'GET', path: '/engagement', allowed: FIGURES },
  { name: 'professionals to invite', method: 'GET', path: '/engagement/non-members', allowed: LISTS },
  { name: 'professionals to invite (CSV)', method: 'GET', path: '/engagement/non-members.csv', allowed: LISTS },
  { name: 'professionals to invite (XLSX)', method: 'GET', path: '/engagement/non-members.xlsx', allowed: LISTS },
  { name: 'partners', method: 'GET', path: '/engagement/partners', allowed: LISTS },
  { name: 'invitations', method: 'GET', path: '/invitations', allowed: LISTS },
  {
    name: 'recording invitations',
    method: 'POST',
    path: '/invitations',
    payload: { invitees: [{ kind: 'commune', id: '04001' }] },
    allowed: { admin: 201, coordPaca: 201 },
  },
];

describe.each(testDatabases())('invitations and access (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let epciOfDigne: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    await seedEngagement(t.ctx.database.db, { paca: w.cptsPaca, ara: w.cptsAra }, TEST_NOW);
    const rows = await t.ctx.database.db.select({ epci: schema.units.epciCode }).from(schema.units).where(eq(schema.units.code, '04070'));
    epciOfDigne = rows[0]?.epci ?? '';
  });
  afterAll(() => t.close());

  const call = (options: { method: 'GET' | 'POST' | 'PUT'; path: string; payload?: unknown; role?: Role; cpts?: string }) =>
    t.app.inject({
      method: options.method,
      url: `/api/cpts/${options.cpts ?? w.cptsPaca}${options.path}`,
      ...(options.payload === undefined ? {} : { payload: options.payload as object }),
      ...as(options.role === 'anonymous' ? null : w.sessions[options.role ?? 'coordPaca']),
    });
  const invite = (payload: unknown) => call({ method: 'POST', path: '/invitations', payload });
  const invitations = async (): Promise<InvitationsDto> => (await call({ method: 'GET', path: '/invitations' })).json();

  it('records a batch of invitations, once per invitee still waiting for an answer', async () => {
    const first = await invite({
      invitees: [
        { kind: 'professional', id: '810000000002' },
        { kind: 'professional', id: '810000000004' },
      ],
      sentOn: '2026-11-02',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ created: 2, alreadyPending: 0 });
    const again = await invite({ invitees: [{ kind: 'professional', id: '810000000002' }], channel: 'post' });
    expect(again.json()).toEqual({ created: 0, alreadyPending: 1 });
    const page: NonMembersPageDto = (await call({ method: 'GET', path: '/engagement/non-members?invited=yes' })).json();
    expect(page.items.map((r) => [r.lastName, r.invitation?.status, r.invitation?.sentOn])).toEqual([
      ['Bernard', 'sent', '2026-11-02'],
      ['Durand', 'sent', '2026-11-02'],
    ]);
  });

  it('invites partners of the territory: an establishment, a commune, its EPCI', async () => {
    const response = await invite({
      invitees: [
        { kind: 'establishment', id: '040000001' },
        { kind: 'commune', id: '04161' },
        { kind: 'epci', id: epciOfDigne },
      ],
      channel: 'email',
    });
    expect(response.json()).toEqual({ created: 3, alreadyPending: 0 });
    const partners: PartnersDto = (await call({ method: 'GET', path: '/engagement/partners' })).json();
    expect(partners.establishments.find((e) => e.id === '040000001')?.invitation?.status).toBe('sent');
    expect(partners.communes.find((c) => c.id === '04161')?.invitation?.sentOn).toBe('2026-11-22');
    expect(partners.epcis.find((e) => e.id === epciOfDigne)?.invitation).not.toBeNull();
    const list = await invitations();
    expect(list.items.map((i) => i.name)).toEqual(
      expect.arrayContaining(['Camille Bernard', 'Pharmacie du Pré de Foire', 'Méolans-Revel']),
    );
    expect(list.items.find((i) => i.invitee.kind === 'epci')?.invitee.kindLabel).toBe('EPCI');
  });

  it('refuses to invite a member, someone off the territory, a partner elsewhere or a future date, naming the field', async () => {
    const cases: [unknown, string][] = [
      [
        {
          invitees: [
            { kind: 'professional', id: '810000000002' },
            { kind: 'professional', id: '810000000001' },
          ],
        },
        'invitees[1].id',
      ],
      [{ invitees: [{ kind: 'professional', id: '810000000005' }] }, 'invitees[0].id'],
      [{ invitees: [{ kind: 'professional', id: '810000000003' }] }, 'invitees[0].id'],
      [{ invitees: [{ kind: 'establishment', id: '040000004' }] }, 'invitees[0].id'],
      [{ invitees: [{ kind: 'commune', id: '04112' }] }, 'invitees[0].id'],
      [{ invitees: [{ kind: 'professional', id: '810000000002' }], sentOn: '2026-11-23' }, 'sentOn'],
      [{ invitees: [] }, 'invitees'],
      [{ invitees: [{ kind: 'member', id: 'x' }] }, 'invitees[0].kind'],
    ];
    const before = (await invitations()).items.length;
    for (const [payload, field] of cases) {
      const response = await invite(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(response.json().error.field).toBe(field);
    }
    expect((await invitations()).items.length).toBe(before);
  });

  it('marks invitations accepted or declined, and gives the rates', async () => {
    const list = await invitations();
    const bernard = list.items.find((i) => i.invitee.id === '810000000002');
    const durand = list.items.find((i) => i.invitee.id === '810000000004');
    const answer = (id: string | undefined, payload: unknown) => call({ method: 'PUT', path: `/invitations/${id}`, payload });
    const early = await answer(bernard?.id, { status: 'accepted', answeredOn: '2026-11-01' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.field).toBe('answeredOn');
    const accepted = await answer(bernard?.id, { status: 'accepted', answeredOn: '2026-11-10' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await answer(durand?.id, { status: 'declined' });
    const after: InvitationsDto = (await answer(durand?.id, { status: 'declined' })).json();
    expect(after.items.find((i) => i.id === bernard?.id)).toMatchObject({
      status: 'accepted',
      statusLabel: 'Acceptée',
      answeredOn: '2026-11-10',
    });
    expect(after.items.find((i) => i.id === durand?.id)).toMatchObject({ status: 'declined', answeredOn: '2026-11-22' });
    expect(after.stats).toEqual({ sent: 5, pending: 3, accepted: 1, declined: 1, responseRate: 0.4, acceptanceRate: 0.2 });
    const summary: EngagementSummaryDto = (await call({ method: 'GET', path: '/engagement', role: 'cpamPaca' })).json();
    expect(summary.invitations.acceptanceRate).toBe(0.2);
    expect((await answer(crypto.randomUUID(), { status: 'accepted' })).statusCode).toBe(404);
    const foreign = await call({
      method: 'PUT',
      path: `/invitations/${bernard?.id}`,
      payload: { status: 'sent' },
      cpts: w.cptsAra,
      role: 'admin',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('invites again once the previous invitation was answered', async () => {
    const response = await invite({ invitees: [{ kind: 'professional', id: '810000000004' }] });
    expect(response.json()).toEqual({ created: 1, alreadyPending: 0 });
    const page: NonMembersPageDto = (await call({ method: 'GET', path: '/engagement/non-members?unit=04001' })).json();
    expect(page.items[0]?.invitation).toMatchObject({ status: 'sent', sentOn: '2026-11-22' });
  });

  for (const c of CASES) {
    for (const role of ROLES) {
      const expected = c.allowed[role];
      const verdict = expected ? `answers ${expected}` : role === 'anonymous' ? 'answers 401' : 'refuses';
      it(`${c.name}: ${verdict} for ${role}`, async () => {
        const response = await call({ method: c.method, path: c.path, payload: c.payload, role });
        if (expected) expect(response.statusCode, response.body).toBe(expected);
        else if (role === 'anonymous') expect(response.statusCode).toBe(401);
        else {
          expect(response.statusCode, response.body).toBe(role === 'arsPaca' || role === 'cpamPaca' ? 403 : 404);
          expect(response.json().error.message).toMatch(/[a-zé]/);
        }
        expect(response.body).not.toContain(MEMBER_SECRET_EMAIL);
      });
    }
  }

  it('lets any signed-in user diagnose a draft perimeter, and nobody anonymous', async () => {
    for (const role of ROLES) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/diagnostic',
        payload: { units: ['04070'] },
        ...as(role === 'anonymous' ? null : w.sessions[role]),
      });
      expect(response.statusCode, role).toBe(role === 'anonymous' ? 401 : 200);
    }
  });
});
