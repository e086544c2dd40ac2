import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMemberVia, addProfessionals, type Categories, createCategories } from '../../test/association-fixtures.ts';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

interface BodyJson {
  id: string;
  kind: string;
  endedOn: string | null;
  mandates: { id: string; memberId: string; role: string; endOn: string | null; current: boolean }[];
}

describe.each(testDatabases())('association settings, categories and governance (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let cats: Categories;
  const ids: Record<'alice' | 'bruno' | 'chloe' | 'partner', string> = { alice: '', bruno: '', chloe: '', partner: '' };
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    await addProfessionals(t.ctx.database.db, [
      { idNatPs: '810000000201', firstName: 'Alice', lastName: 'Arnaud', unitCode: '04070' },
      { idNatPs: '810000000202', firstName: 'Bruno', lastName: 'Blanc', unitCode: '04070' },
      { idNatPs: '810000000203', firstName: 'Chloé', lastName: 'Chabert', unitCode: '04001' },
    ]);
    cats = await createCategories(t, w.cptsPaca, w.sessions.coordPaca);
    const target = { cptsId: w.cptsPaca, session: w.sessions.coordPaca };
    const joinedOn = '2024-01-10';
    ids.alice = await addMemberVia(t, target, { kind: 'professional', idNatPs: '810000000201', categoryId: cats.voting, joinedOn });
    ids.bruno = await addMemberVia(t, target, { kind: 'professional', idNatPs: '810000000202', categoryId: cats.voting, joinedOn });
    ids.chloe = await addMemberVia(t, target, { kind: 'professional', idNatPs: '810000000203', categoryId: cats.voting, joinedOn });
    ids.partner = await addMemberVia(t, target, {
      kind: 'structure',
      displayName: 'Commune de Digne-les-Bains',
      structureType: 'commune',
      categoryId: cats.partners,
      joinedOn,
    });
  });
  afterAll(() => t.close());

  const base = () => `/api/cpts/${w.cptsPaca}`;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: unknown, session: Session = w.sessions.coordPaca) =>
    t.app.inject({ method, url: `${base()}${path}`, ...(payload ? { payload: payload as Record<string, unknown> } : {}), ...as(session) });
  const bodies = async (): Promise<BodyJson[]> => (await call('GET', '/bodies')).json().items;
  const bodyOf = async (kindName: string) => (await bodies()).find((b) => b.kind === kindName) as BodyJson;

  it('reads default statutes settings and saves new ones, refusing out-of-range values', async () => {
    expect((await call('GET', '/association/settings')).json()).toEqual({
      quorumPercent: 25,
      maxProxiesPerHolder: 2,
      majorityRule: 'simple',
    });
    const saved = await call('PUT', '/association/settings', { quorumPercent: 33, maxProxiesPerHolder: 1, majorityRule: 'absolute' });
    expect(saved.json()).toEqual({ quorumPercent: 33, maxProxiesPerHolder: 1, majorityRule: 'absolute' });
    const bad = await call('PUT', '/association/settings', { quorumPercent: 150, maxProxiesPerHolder: 1, majorityRule: 'simple' });
    expect([bad.statusCode, bad.json().error.field]).toEqual([422, 'quorumPercent']);
    expect((await call('GET', '/association/settings', undefined, w.sessions.arsPaca)).statusCode).toBe(403);
  });

  it('manages categories: unique names, no deletion while members use one', async () => {
    const list = (await call('GET', '/membership-categories')).json().items;
    expect(list.map((c: { name: string; activeMembers: number }) => [c.name, c.activeMembers])).toEqual([
      ['Professionnels libéraux', 3],
      ["Structures d'exercice coordonné", 0],
      ['Partenaires', 1],
    ]);
    const clash = await call('POST', '/membership-categories', { name: 'partenaires', voting: false, yearlyDuesCents: 0 });
    expect([clash.statusCode, clash.json().error.field]).toEqual([409, 'name']);
    const negative = await call('POST', '/membership-categories', { name: 'Usagers', voting: true, yearlyDuesCents: -5 });
    expect([negative.statusCode, negative.json().error.field]).toEqual([422, 'yearlyDuesCents']);
    const used = await call('DELETE', `/membership-categories/${cats.partners}`);
    expect([used.statusCode, used.json().error.field]).toEqual([409, 'categoryId']);
    const renamed = await call('PUT', `/membership-categories/${cats.structures}`, {
      name: 'Structures',
      voting: true,
      yearlyDuesCents: 5000,
    });
    expect(renamed.json().items.map((c: { name: string }) => c.name)).toContain('Structures');
    const created = await call('POST', '/membership-categories', { name: 'Usagers', voting: false, yearlyDuesCents: 0 });
    const usagers = created.json().items.find((c: { name: string }) => c.name === 'Usagers');
    expect(usagers.position).toBe(3);
    expect((await call('DELETE', `/membership-categories/${usagers.id}`)).json().items).toHaveLength(3);
    expect(
      (await call('POST', '/membership-categories', { name: 'X ARS', voting: true, yearlyDuesCents: 0 }, w.sessions.arsPaca)).statusCode,
    ).toBe(403);
  });

  it('creates bodies and seats an active voting member as president of the bureau', async () => {
    expect((await call('POST', '/bodies', { kind: 'bureau', name: 'Bureau', createdOn: '2024-03-01' })).statusCode).toBe(201);
    await call('POST', '/bodies', { kind: 'board', name: "Conseil d'administration", createdOn: '2024-03-01' });
    await call('POST', '/bodies', { kind: 'workingGroup', name: 'Groupe soins non programmés', createdOn: '2025-01-01' });
    const bureau = await bodyOf('bureau');
    const seated = await call('POST', `/bodies/${bureau.id}/mandates`, { memberId: ids.alice, role: 'president', startOn: '2024-03-01' });
    expect(seated.statusCode, seated.body).toBe(201);
    const after = seated.json().items.find((b: BodyJson) => b.kind === 'bureau');
    expect(after).toMatchObject({ kindLabel: 'Bureau', votingSeatsOnly: true });
    expect(after.mandates[0]).toMatchObject({ memberName: 'Alice Arnaud', roleLabel: 'Président·e', current: true });
  });

  it('checks composition rules, naming the field', async () => {
    const bureau = await bodyOf('bureau');
    const board = await bodyOf('board');
    const group = await bodyOf('workingGroup');
    const seat = (bodyId: string, payload: Record<string, unknown>) => call('POST', `/bodies/${bodyId}/mandates`, payload);
    const second = await seat(bureau.id, { memberId: ids.bruno, role: 'president', startOn: '2025-01-01' });
    expect([second.statusCode, second.json().error.field]).toEqual([409, 'role']);
    const partner = await seat(board.id, { memberId: ids.partner, role: 'member', startOn: '2025-01-01' });
    expect([partner.statusCode, partner.json().error.field]).toEqual([422, 'memberId']);
    expect((await seat(group.id, { memberId: ids.partner, role: 'lead', startOn: '2025-02-01' })).statusCode).toBe(201);
    const early = await seat(board.id, { memberId: ids.bruno, role: 'member', startOn: '2024-01-01' });
    expect([early.statusCode, early.json().error.field]).toEqual([422, 'startOn']);
    const backwards = await seat(board.id, { memberId: ids.bruno, role: 'member', startOn: '2025-01-01', endOn: '2024-12-31' });
    expect([backwards.statusCode, backwards.json().error.field]).toEqual([422, 'endOn']);
    const stranger = await seat(board.id, { memberId: crypto.randomUUID(), role: 'member', startOn: '2025-01-01' });
    expect([stranger.statusCode, stranger.json().error.field]).toEqual([422, 'memberId']);
    const wrongRole = await seat(group.id, { memberId: ids.bruno, role: 'treasurer', startOn: '2025-02-01' });
    expect([wrongRole.statusCode, wrongRole.json().error.field]).toEqual([422, 'role']);
    expect((await seat(board.id, { memberId: ids.bruno, role: 'member', startOn: '2024-03-01' })).statusCode).toBe(201);
    const twice = await seat(board.id, { memberId: ids.bruno, role: 'treasurer', startOn: '2025-03-01' });
    expect([twice.statusCode, twice.json().error.field]).toEqual([409, 'memberId']);
  });

  it('hands the presidency over by ending the current mandate', async () => {
    const bureau = await bodyOf('bureau');
    const current = bureau.mandates[0] as BodyJson['mandates'][number];
    const ended = await call('PUT', `/mandates/${current.id}`, { role: 'president', startOn: '2024-03-01', endOn: '2026-06-20' });
    expect(ended.statusCode, ended.body).toBe(200);
    const next = await call('POST', `/bodies/${bureau.id}/mandates`, { memberId: ids.chloe, role: 'president', startOn: '2026-06-20' });
    expect(next.statusCode, next.body).toBe(201);
    const mandates = next.json().items.find((b: BodyJson) => b.kind === 'bureau').mandates;
    expect(mandates.map((m: { memberId: string; current: boolean }) => [m.memberId, m.current])).toEqual([
      [ids.chloe, true],
      [ids.alice, false],
    ]);
  });

  it('keeps the vote of members seated in the bureau or the board', async () => {
    const moved = await call('PUT', `/members/${ids.chloe}`, { categoryId: cats.partners });
    expect([moved.statusCode, moved.json().error.field]).toEqual([409, 'categoryId']);
    const college = await call('PUT', `/membership-categories/${cats.voting}`, {
      name: 'Professionnels libéraux',
      voting: false,
      yearlyDuesCents: 3000,
    });
    expect([college.statusCode, college.json().error.field]).toEqual([409, 'voting']);
    const partners = await call('PUT', `/membership-categories/${cats.partners}`, {
      name: 'Partenaires',
      voting: false,
      yearlyDuesCents: 100,
    });
    expect(partners.statusCode).toBe(200);
  });

  it('ends the mandates of a member who leaves, and of a body that ends', async () => {
    await call('POST', `/members/${ids.bruno}/leave`, { leftOn: '2026-10-31' });
    const board = await bodyOf('board');
    expect(board.mandates.find((m) => m.memberId === ids.bruno)).toMatchObject({ endOn: '2026-10-31', current: false });
    const group = await bodyOf('workingGroup');
    const ended = await call('PUT', `/bodies/${group.id}`, { name: 'Groupe soins non programmés', endedOn: '2026-09-30' });
    expect(ended.statusCode, ended.body).toBe(200);
    const after = ended.json().items.find((b: BodyJson) => b.id === group.id);
    expect(after.endedOn).toBe('2026-09-30');
    expect(after.mandates.every((m: { endOn: string }) => m.endOn === '2026-09-30')).toBe(true);
    const before = await call('PUT', `/bodies/${group.id}`, { name: 'Groupe', endedOn: '2024-01-01' });
    expect([before.statusCode, before.json().error.field]).toEqual([422, 'endedOn']);
  });

  it('deletes a mandate entered by mistake, and only bodies without mandates', async () => {
    const board = await bodyOf('board');
    expect((await call('DELETE', `/bodies/${board.id}`)).json().error.field).toBe('bodyId');
    const mandate = board.mandates[0] as BodyJson['mandates'][number];
    expect((await call('DELETE', `/mandates/${mandate.id}`)).statusCode).toBe(200);
    expect((await call('DELETE', `/bodies/${board.id}`)).json().items.some((b: BodyJson) => b.id === board.id)).toBe(false);
    const future = await call('POST', '/bodies', { kind: 'board', name: 'CA', createdOn: '2027-01-01' });
    expect([future.statusCode, future.json().error.field]).toEqual([422, 'createdOn']);
  });

  it('keeps governance to the coordination team: 403 for ARS and CPAM, 404 elsewhere', async () => {
    const bureau = await bodyOf('bureau');
    for (const session of [w.sessions.arsPaca, w.sessions.cpamPaca]) {
      expect((await call('GET', '/bodies', undefined, session)).statusCode).toBe(403);
      expect((await call('POST', '/bodies', { kind: 'board', name: 'CA', createdOn: '2025-01-01' }, session)).statusCode).toBe(403);
    }
    for (const session of [w.sessions.arsAra, w.sessions.coordAra]) {
      expect((await call('GET', '/bodies', undefined, session)).statusCode).toBe(404);
      expect((await call('DELETE', `/mandates/${bureau.mandates[0]?.id}`, undefined, session)).statusCode).toBe(404);
    }
    expect((await call('GET', '/bodies', undefined, w.sessions.admin)).statusCode).toBe(200);
    const foreign = await t.app.inject({
      method: 'PUT',
      url: `/api/cpts/${w.cptsAra}/mandates/${bureau.mandates[0]?.id}`,
      payload: { role: 'member', startOn: '2025-01-01', endOn: null },
      ...as(w.sessions.coordAra),
    });
    expect(foreign.statusCode).toBe(404);
  });
});
