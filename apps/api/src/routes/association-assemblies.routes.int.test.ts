import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMemberVia, type Categories, createCategories } from '../../test/association-fixtures.ts';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { pdfLines } from '../../test/pdf-text.ts';
import { buildWorld, type World } from '../../test/world.ts';

interface AssemblyJson {
  id: string;
  status: string;
  quorum: { voters: number; present: number; represented: number; voices: number; required: number; reached: boolean };
  voters: { memberId: string; displayName: string; attendance: string; proxyHolderId: string | null; proxiesCarried: number }[];
  resolutions: { id: string; title: string; outcome: string | null; outcomeLabel: string | null; majorityRule: string }[];
}

const convocation = (overrides: Record<string, unknown> = {}) => ({
  kind: 'ordinary',
  title: 'Assemblée générale ordinaire 2026',
  scheduledAt: '2026-11-22T17:30:00+01:00',
  location: 'Salle polyvalente, Digne-les-Bains',
  agenda: '1. Rapport moral\n2. Comptes 2025\n3. Cotisation 2027',
  resolutions: [
    { title: 'Approbation du rapport moral' },
    { title: 'Approbation des comptes 2025' },
    { title: 'Modification des statuts', majorityRule: 'twoThirds' },
  ],
  ...overrides,
});

describe.each(testDatabases())('general assemblies (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let cats: Categories;
  const members: string[] = [];
  let partner: string;
  let pending: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    cats = await createCategories(t, w.cptsPaca, w.sessions.coordPaca);
    const target = { cptsId: w.cptsPaca, session: w.sessions.coordPaca };
    for (const name of ['Ana', 'Ben', 'Cyd', 'Dan', 'Eve', 'Fil', 'Gus', 'Hal']) {
      members.push(
        await addMemberVia(t, target, {
          kind: 'structure',
          displayName: `Structure ${name}`,
          structureType: 'primaryCareTeam',
          categoryId: cats.structures,
          joinedOn: '2025-01-01',
        }),
      );
    }
    partner = await addMemberVia(t, target, {
      kind: 'structure',
      displayName: 'Commune partenaire',
      structureType: 'commune',
      categoryId: cats.partners,
    });
    pending = await addMemberVia(t, target, { kind: 'structure', displayName: 'En attente', structureType: 'other', status: 'requested' });
  });
  afterAll(() => t.close());

  const base = () => `/api/cpts/${w.cptsPaca}/assemblies`;
  const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown, session: Session = w.sessions.coordPaca) =>
    t.app.inject({ method, url: `${base()}${path}`, ...(payload ? { payload: payload as Record<string, unknown> } : {}), ...as(session) });
  const m = (i: number) => members[i] as string;
  const attendance = (aid: string, changes: unknown[]) => call('PUT', `/${aid}/attendance`, { changes });
  const vote = (a: AssemblyJson, index: number, tally: [number, number, number]) =>
    call('PUT', `/${a.id}/resolutions/${a.resolutions[index]?.id}/vote`, {
      votesFor: tally[0],
      votesAgainst: tally[1],
      votesAbstain: tally[2],
    });

  it('refuses to convene without any voting member', async () => {
    const empty = await t.addCpts({ name: 'CPTS vide', regionCode: '93', stage: 'contact', units: ['04019'] });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${empty}/assemblies`,
      payload: convocation(),
      ...as(w.sessions.admin),
    });
    expect([response.statusCode, response.json().error.field]).toEqual([409, 'kind']);
  });

  let ag: AssemblyJson;
  it('convenes an assembly, freezing the list of active voting members', async () => {
    const response = await call('POST', '', convocation());
    expect(response.statusCode, response.body).toBe(201);
    ag = response.json();
    expect(ag).toMatchObject({
      status: 'convened',
      statusLabel: 'Convoquée',
      kindLabel: 'Assemblée générale ordinaire',
      majorityRule: 'simple',
    });
    expect(ag.voters.map((v) => v.memberId).sort()).toEqual([...members].sort());
    expect(ag.voters.some((v) => v.memberId === partner || v.memberId === pending)).toBe(false);
    expect(ag.quorum).toMatchObject({ voters: 8, voices: 0, required: 2, reached: false });
    expect(ag.resolutions.map((r) => r.majorityRule)).toEqual(['simple', 'simple', 'twoThirds']);
    await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${w.cptsPaca}/members/${pending}/decision`,
      payload: { decision: 'accept', categoryId: cats.structures },
      ...as(w.sessions.coordPaca),
    });
    expect((await call('GET', `/${ag.id}`)).json().voters).toHaveLength(8);
  });

  it('refuses to vote without quorum, naming quorum', async () => {
    const response = await vote(ag, 0, [1, 0, 0]);
    expect([response.statusCode, response.json().error.field]).toEqual([409, 'quorum']);
  });

  it('marks attendance and proxies with a live quorum', async () => {
    const response = await attendance(ag.id, [
      { memberId: m(0), attendance: 'present' },
      { memberId: m(1), attendance: 'present' },
      { memberId: m(2), attendance: 'represented', proxyHolderId: m(0) },
      { memberId: m(3), attendance: 'represented', proxyHolderId: m(0) },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const detail: AssemblyJson = response.json();
    expect(detail.quorum).toMatchObject({ present: 2, represented: 2, voices: 4, required: 2, reached: true });
    expect(detail.voters.find((v) => v.memberId === m(0))?.proxiesCarried).toBe(2);
  });

  it('refuses a third proxy, a proxy to an absent member and an absent holder, naming the change', async () => {
    const third = await attendance(ag.id, [{ memberId: m(4), attendance: 'represented', proxyHolderId: m(0) }]);
    expect([third.statusCode, third.json().error.field]).toEqual([422, 'changes[0].proxyHolderId']);
    const absent = await attendance(ag.id, [{ memberId: m(4), attendance: 'represented', proxyHolderId: m(5) }]);
    expect([absent.statusCode, absent.json().error.field]).toEqual([409, 'changes[0].proxyHolderId']);
    const leaving = await attendance(ag.id, [{ memberId: m(0), attendance: 'absent' }]);
    expect([leaving.statusCode, leaving.json().error.field]).toEqual([409, 'changes[0].attendance']);
    const outsider = await attendance(ag.id, [{ memberId: partner, attendance: 'present' }]);
    expect([outsider.statusCode, outsider.json().error.field]).toEqual([422, 'changes[0].memberId']);
    expect((await call('GET', `/${ag.id}`)).json().quorum.voices).toBe(4);
  });

  it('records votes: ballots cannot exceed voices, simple and two-thirds majorities apply', async () => {
    const tooMany = await vote(ag, 0, [3, 1, 1]);
    expect([tooMany.statusCode, tooMany.json().error.field]).toEqual([422, 'votesFor']);
    const adopted = await vote(ag, 0, [2, 1, 1]);
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'open', statusLabel: 'En séance' });
    expect(adopted.json().resolutions[0]).toMatchObject({
      votesFor: 2,
      votesAgainst: 1,
      votesAbstain: 1,
      outcome: 'adopted',
      outcomeLabel: 'Adoptée',
    });
    const tie = await vote(ag, 1, [2, 2, 0]);
    expect(tie.json().resolutions[1].outcome).toBe('rejected');
    const twoThirds = await vote(ag, 2, [2, 1, 0]);
    expect(twoThirds.json().resolutions[2].outcome).toBe('adopted');
    const fraction = await vote(ag, 2, [1.5, 0, 0]);
    expect([fraction.statusCode, fraction.json().error.field]).toEqual([422, 'votesFor']);
    expect(
      (await call('PUT', `/${ag.id}/resolutions/${crypto.randomUUID()}/vote`, { votesFor: 1, votesAgainst: 0, votesAbstain: 0 }))
        .statusCode,
    ).toBe(404);
  });

  it('closes the assembly, which then refuses changes, and exports the minutes as a PDF', async () => {
    const closed = await call('POST', `/${ag.id}/close`, { minutes: 'Débats courtois.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', minutes: 'Débats courtois.', closedAt: '2026-11-22T10:00:00.000Z' });
    const late = await attendance(ag.id, [{ memberId: m(5), attendance: 'present' }]);
    expect([late.statusCode, late.json().error.field]).toEqual([409, 'status']);
    expect((await vote(ag, 1, [3, 0, 0])).statusCode).toBe(409);
    const pdf = await call('GET', `/${ag.id}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const lines = pdfLines(pdf.rawPayload).flat();
    expect(lines).toEqual(
      expect.arrayContaining([
        'CPTS test Digne',
        'Procès-verbal — Assemblée générale ordinaire 2026',
        'Lieu : Salle polyvalente, Digne-les-Bains',
        'Date : 22/11/2026 à 17:30',
        'Résolution n° 1 — Approbation du rapport moral',
        'Pour : 2 · Contre : 1 · Abstentions : 1 — ADOPTÉE',
        'Résolution n° 2 — Approbation des comptes 2025',
        'Pour : 2 · Contre : 2 · Abstentions : 0 — REJETÉE',
        'Résolution n° 3 — Modification des statuts',
        'Pour : 2 · Contre : 1 · Abstentions : 0 — ADOPTÉE',
        'Débats courtois.',
      ]),
    );
    const text = lines.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('8 membres ayant droit de vote, 2 présents, 2 représentés : 4 voix.');
    expect(text).toContain('Quorum statutaire : 25 %, soit 2 voix — atteint.');
    expect(text).toContain('Présents : Structure Ana, Structure Ben.');
    expect(text).toContain('Représentés : Structure Cyd (pouvoir à Structure Ana), Structure Dan (pouvoir à Structure Ana).');
    const list = (await call('GET', '')).json().items;
    expect(list[0]).toMatchObject({ id: ag.id, resolutionCount: 3, adoptedCount: 2, status: 'closed' });
  });

  it('does not record a vote for an assembly still to come', async () => {
    const future: AssemblyJson = (await call('POST', '', convocation({ scheduledAt: '2026-12-15T18:00:00Z' }))).json();
    expect(future.voters).toHaveLength(9);
    await attendance(
      future.id,
      members.slice(0, 4).map((id) => ({ memberId: id, attendance: 'present' })),
    );
    const early = await vote(future, 0, [3, 0, 0]);
    expect([early.statusCode, early.json().error.field]).toEqual([409, 'scheduledAt']);
    expect((await call('POST', `/${future.id}/close`, {})).json().error.field).toBe('scheduledAt');
  });

  it('refuses a malformed convocation, naming the field', async () => {
    const noResolution = await call('POST', '', convocation({ resolutions: [] }));
    expect([noResolution.statusCode, noResolution.json().error.field]).toEqual([422, 'resolutions']);
    const badDate = await call('POST', '', convocation({ scheduledAt: '15/12/2026' }));
    expect([badDate.statusCode, badDate.json().error.field]).toEqual([422, 'scheduledAt']);
    const badTitle = await call('POST', '', convocation({ resolutions: [{ title: '' }] }));
    expect([badTitle.statusCode, badTitle.json().error.field]).toEqual([422, 'resolutions[0].title']);
  });

  it('creates the first bureau and board at the constitutive assembly, from adopted election resolutions', async () => {
    const response = await call(
      'POST',
      '',
      convocation({
        kind: 'constitutive',
        title: 'Assemblée constitutive',
        scheduledAt: '2026-11-21T18:00:00Z',
        resolutions: [
          { title: 'Adoption des statuts' },
          { title: "Élection du conseil d'administration" },
          { title: 'Élection du bureau' },
        ],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const cons: AssemblyJson = response.json();
    await attendance(
      cons.id,
      members.slice(0, 5).map((id) => ({ memberId: id, attendance: 'present' })),
    );
    for (const i of [0, 1, 2]) expect((await vote(cons, i, [5, 0, 0])).statusCode).toBe(200);
    const missing = await call('POST', `/${cons.id}/close`, {});
    expect([missing.statusCode, missing.json().error.field]).toEqual([422, 'firstBodies']);
    const [, boardRes, bureauRes] = cons.resolutions.map((r) => r.id);
    const partnerSeat = await call('POST', `/${cons.id}/close`, {
      firstBodies: [
        { kind: 'board', name: "Conseil d'administration", resolutionId: boardRes, mandates: [{ memberId: partner, role: 'member' }] },
        { kind: 'bureau', name: 'Bureau', resolutionId: bureauRes, mandates: [{ memberId: m(0), role: 'president' }] },
      ],
    });
    expect([partnerSeat.statusCode, partnerSeat.json().error.field]).toEqual([422, 'firstBodies[0].mandates[0].memberId']);
    const closed = await call('POST', `/${cons.id}/close`, {
      firstBodies: [
        {
          kind: 'board',
          name: "Conseil d'administration",
          resolutionId: boardRes,
          mandates: [0, 1, 2, 3].map((i) => ({ memberId: m(i), role: 'member' })),
        },
        {
          kind: 'bureau',
          name: 'Bureau',
          resolutionId: bureauRes,
          mandates: [
            { memberId: m(0), role: 'president' },
            { memberId: m(1), role: 'treasurer' },
            { memberId: m(2), role: 'secretary' },
          ],
        },
      ],
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const bodies = (await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/bodies`, ...as(w.sessions.coordPaca) })).json().items;
    expect(bodies.map((b: { kind: string; createdOn: string; mandates: unknown[] }) => [b.kind, b.createdOn, b.mandates.length])).toEqual([
      ['bureau', '2026-11-21', 3],
      ['board', '2026-11-21', 4],
    ]);
    const again = await call('POST', '', convocation({ kind: 'constitutive' }));
    expect([again.statusCode, again.json().error.field]).toEqual([409, 'kind']);
  });

  it('keeps assemblies to the coordination team: 403 for ARS and CPAM, 404 elsewhere', async () => {
    for (const session of [w.sessions.arsPaca, w.sessions.cpamPaca]) {
      expect((await call('GET', '', undefined, session)).statusCode).toBe(403);
      expect((await call('GET', `/${ag.id}/minutes.pdf`, undefined, session)).statusCode).toBe(403);
      expect((await call('POST', '', convocation(), session)).statusCode).toBe(403);
    }
    for (const session of [w.sessions.arsAra, w.sessions.coordAra]) {
      expect((await call('GET', `/${ag.id}`, undefined, session)).statusCode).toBe(404);
    }
    const foreign = await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsAra}/assemblies/${ag.id}`, ...as(w.sessions.coordAra) });
    expect(foreign.statusCode).toBe(404);
    expect((await call('GET', `/${ag.id}`, undefined, w.sessions.admin)).statusCode).toBe(200);
  });
});
