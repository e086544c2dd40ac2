import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { addAssembly, addCategory, addDues, addMember } from '../../test/portal-fixtures.ts';
import { ARA_UNITS, PACA_UNITS } from '../../test/world.ts';

const ID_NAT_PS = '810000000042';

describe.each(testDatabases())('member portal (%s)', (kind) => {
  let t: TestApp;
  let member: Session;
  let cptsA: string;
  let cptsB: string;
  let memberA: string;
  let memberB: string;
  const assemblies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.ctx.database.db;
    cptsA = await t.addCpts({ name: 'CPTS Alpha', regionCode: '93', stage: 'operating', units: PACA_UNITS });
    cptsB = await t.addCpts({ name: 'CPTS Bêta', regionCode: '84', stage: 'operating', units: ARA_UNITS });
    const cptsC = await t.addCpts({ name: 'CPTS Gamma', regionCode: '93', stage: 'operating', units: ['04019'] });
    const votingA = await addCategory(db, { cptsId: cptsA, name: 'Libéraux', voting: true });
    const partnersB = await addCategory(db, { cptsId: cptsB, name: 'Partenaires', voting: false });
    const votingC = await addCategory(db, { cptsId: cptsC, name: 'Libéraux', voting: true });
    memberA = await addMember(db, { cptsId: cptsA, idNatPs: ID_NAT_PS, categoryId: votingA, status: 'active', joinedOn: '2024-03-01' });
    memberB = await addMember(db, {
      cptsId: cptsB,
      idNatPs: ID_NAT_PS,
      categoryId: partnersB,
      status: 'active',
      joinedOn: '2025-06-01',
    });
    const otherA = await addMember(db, { cptsId: cptsA, idNatPs: '810000000099', categoryId: votingA, status: 'active' });
    await addMember(db, { cptsId: cptsC, idNatPs: '810000000099', categoryId: votingC, status: 'active' });
    await addDues(db, { memberId: memberA, year: 2025, paidOn: '2025-03-02', receiptNumber: 'A-2025-17' });
    await addDues(db, { memberId: memberA, year: 2026, paidOn: null, receiptNumber: null });
    await addDues(db, { memberId: otherA, year: 2026, paidOn: '2026-01-05', receiptNumber: 'A-2026-01' });
    assemblies.listed = await addAssembly(db, {
      cptsId: cptsA,
      title: 'AG ordinaire 2026 (liste figée)',
      status: 'closed',
      voters: [
        { memberId: memberA, attendance: 'present' },
        { memberId: otherA, attendance: 'absent' },
      ],
    });
    assemblies.notListed = await addAssembly(db, {
      cptsId: cptsA,
      title: 'AG extraordinaire (liste sans lui)',
      status: 'convened',
      voters: [{ memberId: otherA, attendance: 'absent' }],
    });
    assemblies.upcoming = await addAssembly(db, { cptsId: cptsA, title: 'AG à venir, liste non figée', status: 'convened' });
    assemblies.closedNoList = await addAssembly(db, { cptsId: cptsA, title: 'Ancienne AG sans liste', status: 'closed' });
    assemblies.nonVoting = await addAssembly(db, { cptsId: cptsB, title: 'AG Bêta (membre partenaire)', status: 'convened' });
    assemblies.foreign = await addAssembly(db, { cptsId: cptsC, title: 'AG Gamma', status: 'open' });
    const userId = await t.addUser('pro@test.fr', []);
    await db.update(schema.users).set({ idNatPs: ID_NAT_PS }).where(eq(schema.users.id, userId));
    await t.addUser('sans-rpps@test.fr', []);
    const linked = await t.addUser('non-adherent@test.fr', []);
    await db.update(schema.users).set({ idNatPs: '810000000077' }).where(eq(schema.users.id, linked));
    member = await t.login('pro@test.fr');
  });
  afterAll(() => t.close());

  it('requires a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/portal' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe('Connexion requise.');
  });

  it('shows the memberships of a local account holding a national id, in every CPTS, with dues per year', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/portal', ...as(member) });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toEqual({ displayName: 'pro', idNatPs: ID_NAT_PS });
    expect(body.memberships.map((m: { cpts: { name: string } }) => m.cpts.name)).toEqual(['CPTS Alpha', 'CPTS Bêta']);
    expect(body.memberships[0]).toMatchObject({
      memberId: memberA,
      status: 'active',
      statusLabel: expect.stringMatching(/[a-zé]/),
      category: { name: 'Libéraux', voting: true, yearlyDuesCents: 5000 },
      joinedOn: '2024-03-01',
      dues: [
        { year: 2026, status: 'unpaid', paidOn: null, receiptNumber: null, amountCents: 5000 },
        { year: 2025, status: 'paid', paidOn: '2025-03-02', receiptNumber: 'A-2025-17' },
      ],
    });
    // No payment recorded yet: the current year is still shown as due.
    expect(body.memberships[1]).toMatchObject({
      memberId: memberB,
      status: 'active',
      category: { name: 'Partenaires', voting: false },
      dues: [{ year: 2026, status: 'unpaid', paidOn: null }],
    });
  });

  it('never shows another member’s data', async () => {
    const text = (await t.app.inject({ method: 'GET', url: '/api/portal', ...as(member) })).body;
    expect(text).not.toContain('A-2026-01');
    expect(text).not.toContain('810000000099');
    expect(text).not.toContain('CPTS Gamma');
    expect(text).not.toContain('contactEmail');
  });

  it('lists the assemblies the member may vote in: on the frozen list, or convened for an active voting member', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/portal', ...as(member) })).json();
    const byId = new Map(body.assemblies.map((a: { id: string }) => [a.id, a]));
    expect(byId.get(assemblies.listed)).toMatchObject({
      status: 'closed',
      attendance: 'present',
      entitledBy: 'voterList',
      cptsName: 'CPTS Alpha',
    });
    expect(byId.get(assemblies.upcoming)).toMatchObject({
      status: 'convened',
      attendance: null,
      entitledBy: 'membership',
      location: 'Salle des fêtes',
    });
    for (const hidden of ['notListed', 'closedNoList', 'nonVoting', 'foreign']) expect(byId.has(assemblies[hidden]), hidden).toBe(false);
    expect(body.assemblies).toHaveLength(2);
  });

  it('no longer offers a convened assembly once the member has left', async () => {
    const db = t.ctx.database.db;
    await db.update(schema.members).set({ status: 'left', leftOn: '2026-11-01' }).where(eq(schema.members.id, memberA));
    try {
      const body = (await t.app.inject({ method: 'GET', url: '/api/portal', ...as(member) })).json();
      expect(body.memberships[0]).toMatchObject({ status: 'left', leftOn: '2026-11-01' });
      expect(body.assemblies.map((a: { id: string }) => a.id)).toEqual([assemblies.listed]);
    } finally {
      await db.update(schema.members).set({ status: 'active', leftOn: null }).where(eq(schema.members.id, memberA));
    }
  });

  it('answers an explicit empty state without national id, and without membership', async () => {
    const none = await t.login('sans-rpps@test.fr');
    expect((await t.app.inject({ method: 'GET', url: '/api/portal', ...as(none) })).json()).toEqual({
      user: { displayName: 'sans-rpps', idNatPs: null },
      memberships: [],
      assemblies: [],
    });
    const notMember = await t.login('non-adherent@test.fr');
    expect((await t.app.inject({ method: 'GET', url: '/api/portal', ...as(notMember) })).json()).toEqual({
      user: { displayName: 'non-adherent', idNatPs: '810000000077' },
      memberships: [],
      assemblies: [],
    });
  });
});
