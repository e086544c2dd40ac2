import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMemberVia, addProfessionals, addProfessionalUser, type Categories, createCategories } from '../../test/association-fixtures.ts';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { pdfLines } from '../../test/pdf-text.ts';
import { buildWorld, type World } from '../../test/world.ts';

describe.each(testDatabases())('association members, requests and dues (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let cats: Categories;
  let pro: Session;
  let doctorId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    await addProfessionals(t.ctx.database.db, [
      { idNatPs: '810000000101', firstName: 'Claire', lastName: 'Martin', unitCode: '04070', townLabel: 'Digne-les-Bains' },
      { idNatPs: '810000000102', firstName: 'Paul', lastName: 'Martin', unitCode: '13055', townLabel: 'Marseille' },
      { idNatPs: '810000000103', firstName: 'Inès', lastName: 'Bérard', professionLabel: 'Infirmier', unitCode: '04001' },
      { idNatPs: '810000000104', firstName: 'Lucie', lastName: 'Roux', professionLabel: 'Pharmacien', unitCode: '04161' },
    ]);
    cats = await createCategories(t, w.cptsPaca, w.sessions.coordPaca);
    pro = await addProfessionalUser(t, 'ines.berard@test.fr', '810000000103');
    doctorId = await addMemberVia(
      t,
      { cptsId: w.cptsPaca, session: w.sessions.coordPaca },
      { kind: 'professional', idNatPs: '810000000101', categoryId: cats.voting, contactEmail: 'claire.martin@exemple.fr' },
    );
  });
  afterAll(() => t.close());

  const url = (path = '') => `/api/cpts/${w.cptsPaca}/members${path}`;
  const get = (path: string, session: Session | null) => t.app.inject({ method: 'GET', url: path, ...as(session) });
  const send = (method: 'POST' | 'PUT', path: string, payload: unknown, session: Session = w.sessions.coordPaca) =>
    t.app.inject({ method, url: path, payload: payload as Record<string, unknown>, ...as(session) });

  it('adds a professional of the directory, named from the RPPS, with category and contact', async () => {
    const detail = (await get(url(`/${doctorId}`), w.sessions.coordPaca)).json();
    expect(detail).toMatchObject({
      displayName: 'Claire Martin',
      typeLabel: 'Médecin',
      status: 'active',
      joinedOn: '2026-11-22',
      unitCode: '04070',
      category: { id: cats.voting, voting: true },
      contactEmail: 'claire.martin@exemple.fr',
      dues: { year: 2026, status: 'unpaid', amountCents: 3000 },
    });
    expect(detail.history.map((h: { event: string }) => h.event)).toEqual(['added']);
  });

  it('refuses an unknown RPPS id, a second membership, a missing or foreign category, naming the field', async () => {
    const add = (payload: Record<string, unknown>) => send('POST', url(), payload);
    const unknown = await add({ kind: 'professional', idNatPs: '810000009999', categoryId: cats.voting });
    expect([unknown.statusCode, unknown.json().error.field]).toEqual([422, 'idNatPs']);
    const twice = await add({ kind: 'professional', idNatPs: '810000000101', categoryId: cats.voting });
    expect([twice.statusCode, twice.json().error.field]).toEqual([409, 'idNatPs']);
    const noCategory = await add({ kind: 'professional', idNatPs: '810000000104' });
    expect([noCategory.statusCode, noCategory.json().error.field]).toEqual([422, 'categoryId']);
    const foreign = await add({ kind: 'professional', idNatPs: '810000000104', categoryId: crypto.randomUUID() });
    expect([foreign.statusCode, foreign.json().error.field]).toEqual([422, 'categoryId']);
    const badEmail = await add({
      kind: 'structure',
      displayName: 'MSP',
      structureType: 'msp',
      contactEmail: 'non',
      categoryId: cats.voting,
    });
    expect([badEmail.statusCode, badEmail.json().error.field]).toEqual([422, 'contactEmail']);
    const future = await add({ kind: 'professional', idNatPs: '810000000104', categoryId: cats.voting, joinedOn: '2027-01-01' });
    expect([future.statusCode, future.json().error.field]).toEqual([422, 'joinedOn']);
  });

  it('lets a signed-in professional ask to join, once; the team accepts the request into a category', async () => {
    const request = await send('POST', url('/requests'), { comment: 'Infirmière libérale à Aiglun' }, pro);
    expect(request.statusCode, request.body).toBe(201);
    expect(request.json()).toMatchObject({ cptsId: w.cptsPaca, cptsName: 'CPTS test Digne', status: 'requested' });
    const again = await send('POST', url('/requests'), {}, pro);
    expect([again.statusCode, again.json().error.field]).toEqual([409, 'idNatPs']);
    const pending = (await get(url('?status=requested'), w.sessions.coordPaca)).json().items;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ displayName: 'Inès Bérard', contactEmail: 'ines.berard@test.fr', category: null });
    const memberId = request.json().memberId;
    const noCategory = await send('POST', url(`/${memberId}/decision`), { decision: 'accept' });
    expect([noCategory.statusCode, noCategory.json().error.field]).toEqual([422, 'categoryId']);
    const accepted = await send('POST', url(`/${memberId}/decision`), { decision: 'accept', categoryId: cats.voting });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'active', joinedOn: '2026-11-22', category: { id: cats.voting } });
    expect(accepted.json().history.map((h: { event: string; comment: string | null }) => [h.event, h.comment])).toEqual([
      ['requested', 'Infirmière libérale à Aiglun'],
      ['accepted', null],
    ]);
    const twice = await send('POST', url(`/${memberId}/decision`), { decision: 'refuse' });
    expect([twice.statusCode, twice.json().error.field]).toEqual([409, 'decision']);
  });

  it('refuses a request, and a request from an account without a national id', async () => {
    const lucie = await addProfessionalUser(t, 'lucie.roux@test.fr', '810000000104');
    const memberId = (await send('POST', url('/requests'), {}, lucie)).json().memberId;
    const refused = await send('POST', url(`/${memberId}/decision`), { decision: 'refuse', comment: 'Exerce hors territoire' });
    expect(refused.json()).toMatchObject({ status: 'refused', statusLabel: 'Demande refusée' });
    const anonymous = await addProfessionalUser(t, 'sans.rpps@test.fr', null);
    const forbidden = await send('POST', url('/requests'), {}, anonymous);
    expect([forbidden.statusCode, forbidden.json().error.field]).toEqual([403, 'idNatPs']);
    expect((await t.app.inject({ method: 'POST', url: url('/requests'), payload: {} })).statusCode).toBe(401);
    expect((await send('POST', `/api/cpts/${crypto.randomUUID()}/members/requests`, {}, lucie)).statusCode).toBe(404);
  });

  it('adds a structure, records a departure and keeps the history', async () => {
    const mspId = await addMemberVia(
      t,
      { cptsId: w.cptsPaca, session: w.sessions.coordPaca },
      {
        kind: 'structure',
        displayName: 'MSP des Thermes',
        structureType: 'msp',
        finessSite: '040000123',
        categoryId: cats.structures,
        joinedOn: '2024-01-15',
      },
    );
    const twice = await send('POST', url(), {
      kind: 'structure',
      displayName: 'Autre',
      structureType: 'msp',
      finessSite: '040000123',
      categoryId: cats.structures,
    });
    expect([twice.statusCode, twice.json().error.field]).toEqual([409, 'finessSite']);
    const left = await send('POST', url(`/${mspId}/leave`), { leftOn: '2026-11-01', comment: 'Fermeture' });
    expect(left.json()).toMatchObject({ status: 'left', leftOn: '2026-11-01', typeLabel: 'Maison de santé pluriprofessionnelle' });
    expect(left.json().history.map((h: { event: string }) => h.event)).toEqual(['added', 'left']);
    const early = await send('POST', url(`/${doctorId}/leave`), { leftOn: '2020-01-01' });
    expect([early.statusCode, early.json().error.field]).toEqual([422, 'leftOn']);
  });

  it('numbers receipts per CPTS and year, keeps a number through a cancellation, and serves the PDF', async () => {
    const paid = await send('PUT', url(`/${doctorId}/dues/2026`), { paidOn: '2026-03-10' });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toEqual({ year: 2026, status: 'paid', amountCents: 3000, paidOn: '2026-03-10', receiptNumber: '2026-0001' });
    const cancelled = await send('PUT', url(`/${doctorId}/dues/2026`), { paidOn: null });
    expect(cancelled.json()).toMatchObject({ status: 'unpaid', receiptNumber: '2026-0001' });
    const noReceipt = await get(url(`/${doctorId}/dues/2026/receipt.pdf`), w.sessions.coordPaca);
    expect([noReceipt.statusCode, noReceipt.json().error.field]).toEqual([409, 'year']);
    expect((await send('PUT', url(`/${doctorId}/dues/2026`), { paidOn: '2026-03-11' })).json().receiptNumber).toBe('2026-0001');
    const pdf = await get(url(`/${doctorId}/dues/2026/receipt.pdf`), w.sessions.coordPaca);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('recu-cotisation-2026-0001.pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const lines = pdfLines(pdf.rawPayload).flat();
    expect(lines).toEqual(
      expect.arrayContaining([
        'CPTS test Digne',
        'Reçu de cotisation n° 2026-0001',
        'Adhérent : Claire Martin',
        'Identifiant national (RPPS/ADELI) : 810000000101',
        "Catégorie d'adhésion : Professionnels libéraux",
        'Cotisation : année 2026',
        'Montant reçu : 30,00 €',
        'Réglée le : 11/03/2026',
      ]),
    );
    expect(lines.join(' ')).toContain("L'association CPTS test Digne atteste avoir reçu de Claire Martin la somme de 30,00 €");
  });

  it('never issues the same receipt number twice, even for concurrent payments', async () => {
    const ids = await Promise.all(
      ['A', 'B', 'C', 'D'].map((n) =>
        addMemberVia(
          t,
          { cptsId: w.cptsPaca, session: w.sessions.coordPaca },
          { kind: 'structure', displayName: `Structure ${n}`, structureType: 'prevention', categoryId: cats.structures },
        ),
      ),
    );
    const answers = await Promise.all(ids.map((id) => send('PUT', url(`/${id}/dues/2026`), { paidOn: '2026-11-20' })));
    const numbers = answers.map((a) => a.json().receiptNumber).sort();
    expect(numbers).toEqual(['2026-0002', '2026-0003', '2026-0004', '2026-0005']);
  });

  it('refuses dues in the future, for an unknown year or for a pending request, naming the field', async () => {
    const future = await send('PUT', url(`/${doctorId}/dues/2026`), { paidOn: '2026-12-01' });
    expect([future.statusCode, future.json().error.field]).toEqual([422, 'paidOn']);
    const early = await send('PUT', url(`/${doctorId}/dues/2020`), { paidOn: '2026-01-01' });
    expect([early.statusCode, early.json().error.field]).toEqual([422, 'year']);
    const zero = await send('PUT', url(`/${doctorId}/dues/2026`), { paidOn: '2026-01-01', amountCents: 0 });
    expect([zero.statusCode, zero.json().error.field]).toEqual([422, 'amountCents']);
  });

  it('filters the list by status, category, dues and name', async () => {
    const list = (query: string) =>
      get(url(query), w.sessions.coordPaca).then((r) => r.json().items.map((m: { displayName: string }) => m.displayName));
    expect(await list(`?status=active&categoryId=${cats.voting}`)).toEqual(['Claire Martin', 'Inès Bérard']);
    expect(await list('?dues=unpaid')).toEqual(['Inès Bérard']);
    expect(await list('?q=berard')).toEqual(['Inès Bérard']);
    expect(await list('?q=thermes')).toEqual(['MSP des Thermes']);
    const bad = await get(url('?status=pending'), w.sessions.coordPaca);
    expect([bad.statusCode, bad.json().error.field]).toEqual([422, 'status']);
  });

  it('changes a category and contact data, with a trace in the history', async () => {
    const updated = await send('PUT', url(`/${doctorId}`), { categoryId: cats.partners, contactPhone: '04 92 00 00 00' });
    expect(updated.json()).toMatchObject({ category: { id: cats.partners, voting: false }, contactPhone: '04 92 00 00 00' });
    expect(updated.json().history.at(-1)).toMatchObject({ event: 'updated', comment: 'Modifié : catégorie, téléphone' });
    await send('PUT', url(`/${doctorId}`), { categoryId: cats.voting });
  });

  it('shows ARS and CPAM counts and rates only, never names or contacts', async () => {
    for (const session of [w.sessions.arsPaca, w.sessions.cpamPaca]) {
      const list = await get(url(), session);
      expect(list.statusCode).toBe(403);
      expect((await get(url(`/${doctorId}`), session)).statusCode).toBe(403);
      expect((await get(url(`/${doctorId}/dues/2026/receipt.pdf`), session)).statusCode).toBe(403);
      const summary = await get(url('/summary'), session);
      expect(summary.statusCode).toBe(200);
      expect(summary.body).not.toMatch(/Martin|Bérard|exemple\.fr|test\.fr|810000/);
      expect(summary.json()).toMatchObject({
        year: 2026,
        byStatus: { requested: 0, active: 6, refused: 1, left: 1 },
        professionals: 2,
        structures: 4,
        duesPaid: 5,
        duesOwed: 6,
      });
      expect(summary.json().duesPaidRate).toBeCloseTo(5 / 6);
      expect(summary.json().byCategory).toEqual([
        { name: 'Professionnels libéraux', voting: true, active: 2 },
        { name: "Structures d'exercice coordonné", voting: true, active: 4 },
        { name: 'Partenaires', voting: false, active: 0 },
      ]);
    }
  });

  it('hides the association from other regions and CPTS, and lets the admin manage it', async () => {
    for (const session of [w.sessions.arsAra, w.sessions.coordAra]) {
      expect((await get(url(), session)).statusCode).toBe(404);
      expect((await get(url('/summary'), session)).statusCode).toBe(404);
      expect(
        (await send('POST', url(), { kind: 'professional', idNatPs: '810000000104', categoryId: cats.voting }, session)).statusCode,
      ).toBe(404);
    }
    expect((await get(url(), w.sessions.admin)).json().items).toHaveLength(8);
    expect((await send('POST', url(`/${doctorId}/decision`), { decision: 'refuse' }, w.sessions.arsPaca)).statusCode).toBe(403);
    expect((await get(url(), null)).statusCode).toBe(401);
  });

  it('searches the directory by name or RPPS, practitioners of the territory first, with their membership', async () => {
    const search = (q: string, session: Session = w.sessions.coordPaca) => get(`/api/cpts/${w.cptsPaca}/directory/search?q=${q}`, session);
    const martins = (await search('martin')).json().items;
    expect(
      martins.map((h: { displayName: string; inTerritory: boolean; memberStatus: string | null }) => [
        h.displayName,
        h.inTerritory,
        h.memberStatus,
      ]),
    ).toEqual([
      ['Claire Martin', true, 'active'],
      ['Paul Martin', false, null],
    ]);
    expect((await search('810000000104')).json().items[0]).toMatchObject({ displayName: 'Lucie Roux', memberStatus: null });
    expect((await search('m')).json().error.field).toBe('q');
    expect((await search('martin', w.sessions.arsPaca)).statusCode).toBe(403);
  });

  it('describes the association routes in OpenAPI', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    for (const path of [
      '/api/cpts/{id}/members',
      '/api/cpts/{id}/members/summary',
      '/api/cpts/{id}/members/requests',
      '/api/cpts/{id}/members/{memberId}/decision',
      '/api/cpts/{id}/members/{memberId}/dues/{year}',
      '/api/cpts/{id}/members/{memberId}/dues/{year}/receipt.pdf',
      '/api/cpts/{id}/membership-categories',
      '/api/cpts/{id}/association/settings',
      '/api/cpts/{id}/bodies/{bodyId}/mandates',
      '/api/cpts/{id}/assemblies/{assemblyId}/attendance',
      '/api/cpts/{id}/assemblies/{assemblyId}/resolutions/{resolutionId}/vote',
      '/api/cpts/{id}/assemblies/{assemblyId}/minutes.pdf',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
