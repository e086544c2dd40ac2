import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMemberVia,
  addProfessionals,
  createCategories,
  listAssembliesOfProfessional,
  listMembershipsOfProfessional,
} from '../../../test/association-fixtures.ts';
import { as, createTestApp, type TestApp, testDatabases } from '../../../test/harness.ts';
import { buildWorld, type World } from '../../../test/world.ts';

describe.each(testDatabases())("a professional's own memberships (%s)", (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    await addProfessionals(t.ctx.database.db, [
      { idNatPs: '810000000501', firstName: 'Odile', lastName: 'Olivier', unitCode: '04070' },
      { idNatPs: '810000000502', firstName: 'Autre', lastName: 'Personne', unitCode: '04070' },
    ]);
    const cats = await createCategories(t, w.cptsPaca, w.sessions.coordPaca);
    const target = { cptsId: w.cptsPaca, session: w.sessions.coordPaca };
    const odile = await addMemberVia(t, target, {
      kind: 'professional',
      idNatPs: '810000000501',
      categoryId: cats.voting,
      joinedOn: '2025-02-01',
    });
    await addMemberVia(t, target, { kind: 'professional', idNatPs: '810000000502', categoryId: cats.voting });
    await t.app.inject({
      method: 'PUT',
      url: `/api/cpts/${w.cptsPaca}/members/${odile}/dues/2025`,
      payload: { paidOn: '2025-03-01' },
      ...as(w.sessions.coordPaca),
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${w.cptsPaca}/assemblies`,
      payload: {
        kind: 'ordinary',
        title: 'AG 2026',
        scheduledAt: '2026-12-10T17:00:00Z',
        agenda: 'Comptes',
        resolutions: [{ title: 'Comptes' }],
      },
      ...as(w.sessions.coordPaca),
    });
  });
  afterAll(() => t.close());

  it('lists the memberships with category and dues of every year, this year included when unpaid', async () => {
    const own = await listMembershipsOfProfessional(t.ctx.database.db, '810000000501', '2026-11-22');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      cpts: { id: w.cptsPaca, name: 'CPTS test Digne' },
      status: 'active',
      statusLabel: 'Adhérent',
      category: { name: 'Professionnels libéraux', voting: true, yearlyDuesCents: 3000 },
      joinedOn: '2025-02-01',
    });
    expect(own[0]?.dues).toEqual([
      { year: 2026, status: 'unpaid', amountCents: 3000, paidOn: null, receiptNumber: null },
      { year: 2025, status: 'paid', amountCents: 3000, paidOn: '2025-03-01', receiptNumber: '2025-0001' },
    ]);
    expect(await listMembershipsOfProfessional(t.ctx.database.db, '810000009999', '2026-11-22')).toEqual([]);
  });

  it('lists the assemblies the professional may vote in', async () => {
    const assemblies = await listAssembliesOfProfessional(t.ctx.database.db, '810000000501');
    expect(assemblies).toEqual([
      expect.objectContaining({ cptsId: w.cptsPaca, title: 'AG 2026', status: 'convened', statusLabel: 'Convoquée', attendance: 'absent' }),
    ]);
  });
});
