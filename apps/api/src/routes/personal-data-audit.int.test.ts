import { readFileSync } from 'node:fs';
import { PERSONAL_DATA_TAG } from '@maillon/contracts';
import { schema } from '@maillon/db';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProfessionals, addProfessionalUser, type Categories, createCategories } from '../../test/association-fixtures.ts';
import { RPPS_FIXTURE } from '../../test/directory-fixtures.ts';
import { as, createTestApp, type Session, TEST_NOW, TEST_PASSWORD, type TestApp, testDatabases } from '../../test/harness.ts';
import { addGp, addRequest, CAPACITY, waitForRun } from '../../test/mt-fixtures.ts';
import { addPro, REQUEST } from '../../test/pro-request-fixtures.ts';
import { addSlot } from '../../test/slot-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

/**
 * Issue #6 item 7: every route that returns, exports or changes personal data is tagged
 * "données personnelles" in the OpenAPI document, and each call of such a route writes an
 * audit entry naming the route, the caller and the source address. The proofs below are a
 * journey through every tagged route; a tagged route without a proof, or a proof of an
 * untagged route, fails the suite, and so does a response schema that names people
 * (e-mail, phone, names…) on an untagged route.
 */

/** Response fields that identify or contact a person. */
const PERSONAL_FIELDS = new Set([
  'email',
  'phone',
  'contactEmail',
  'contactPhone',
  'lastName',
  'firstName',
  'displayName',
  'memberName',
  'birthDate',
]);

/**
 * Untagged routes whose schemas carry such a field, and why they are not personal-data
 * processing to audit.
 */
const NOT_PERSONAL: Record<string, string> = {
  'POST /api/auth/login': "the signed-in user's own account (authentication)",
  'GET /api/auth/me': "the signed-in user's own account (authentication), read on every page",
  'GET /api/cpts': 'CPTS (associations): organisation contacts',
  'POST /api/cpts': 'CPTS (associations): organisation contacts',
  'GET /api/cpts/{id}': 'CPTS (associations): organisation contacts',
  'PUT /api/cpts/{id}': 'CPTS (associations): organisation contacts',
  'PUT /api/cpts/{id}/territory': 'CPTS (associations): organisation contacts',
  'POST /api/cpts/{id}/transitions': 'CPTS (associations): organisation contacts',
  'PUT /api/cpts/{id}/missions/{mission}': 'CPTS (associations): organisation contacts',
};

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface OpenApiOperation {
  tags?: string[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type OpenApiDocument = { paths: Record<string, Partial<Record<Lowercase<Method>, OpenApiOperation>>> };

/** `GET /api/cpts/{id}` (OpenAPI) → `GET /api/cpts/:id` (Fastify route pattern, as the audit entry keeps it). */
const toPattern = (key: string) => key.replace(/\{(\w+)\}/g, ':$1');

function namesPeople(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(namesPeople);
  return Object.entries(node as Record<string, unknown>).some(
    ([key, value]) =>
      (key === 'properties' && value && typeof value === 'object' && Object.keys(value).some((k) => PERSONAL_FIELDS.has(k))) ||
      namesPeople(value),
  );
}

describe.each(testDatabases())('audit trail of personal data (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let cats: Categories;
  let professional: Session;
  let document: OpenApiDocument;
  const proven = new Set<string>();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    cats = await createCategories(t, w.cptsPaca, w.sessions.coordPaca);
    await addProfessionals(t.ctx.database.db, [
      { idNatPs: '810000000101', firstName: 'Alice', lastName: 'Arnaud', unitCode: PACA_UNITS[0] as string },
      { idNatPs: '810000000102', firstName: 'Bruno', lastName: 'Blanc', unitCode: PACA_UNITS[1] as string },
      { idNatPs: '810000000103', firstName: 'Chloé', lastName: 'Carré', unitCode: PACA_UNITS[2] as string },
    ]);
    professional = await addProfessionalUser(t, 'chloe.carre@exemple.fr', '810000000103');
    await t.app.ready();
    document = t.app.swagger() as unknown as OpenApiDocument;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op: op as OpenApiOperation })),
    );
  const tagged = () => operations().filter((o) => o.op.tags?.includes(PERSONAL_DATA_TAG));

  const entriesOf = (route: string) =>
    t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.route, route)).orderBy(desc(schema.auditLog.id));

  /** Calls a tagged route, expects success and one more audit entry for it, by the caller, with the source address. */
  async function proves(method: Method, url: string, options: { payload?: unknown; file?: Buffer; session?: Session; route: string }) {
    const session = options.session ?? w.sessions.coordPaca;
    const route = `${method} ${options.route}`;
    const before = (await entriesOf(route)).length;
    const signedIn = as(session);
    const response = await t.app.inject({
      method,
      url,
      remoteAddress: '203.0.113.7',
      ...(options.payload === undefined ? {} : { payload: options.payload as Record<string, unknown> }),
      ...(options.file ? { payload: options.file } : {}),
      headers: { ...signedIn.headers, ...(options.file ? { 'content-type': 'application/octet-stream' } : {}) },
    });
    expect(response.statusCode, `${route}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
    const after = await entriesOf(route);
    expect(after.length, `${route} wrote no audit entry`).toBeGreaterThan(before);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(session) });
    expect(after[0]).toMatchObject({ actorUserId: me.json().user.id, sourceIp: '203.0.113.7' });
    proven.add(route);
    return response;
  }

  it('tags every route whose answer names people, unless it is listed with its reason', () => {
    const untaggedPersonal = operations()
      .filter((o) => !o.op.tags?.includes(PERSONAL_DATA_TAG))
      .filter((o) => namesPeople(o.op.responses))
      .map((o) => o.key)
      .filter((key) => !(key in NOT_PERSONAL));
    expect(untaggedPersonal).toEqual([]);
    expect(tagged().length).toBeGreaterThan(30);
  });

  it('records each read, export and change of members, dues and receipts', async () => {
    const base = `/api/cpts/${w.cptsPaca}`;
    const route = '/api/cpts/:id';
    const added = await proves('POST', `${base}/members`, {
      payload: { kind: 'professional', idNatPs: '810000000101', categoryId: cats.voting, contactEmail: 'alice.arnaud@exemple.fr' },
      route: `${route}/members`,
    });
    ids.alice = added.json().id;
    ids.structure = (
      await proves('POST', `${base}/members`, {
        payload: { kind: 'structure', displayName: 'MSP des Thermes', structureType: 'msp', categoryId: cats.structures },
        route: `${route}/members`,
      })
    ).json().id;
    await proves('GET', `${base}/members`, { route: `${route}/members` });
    await proves('GET', `${base}/members/${ids.alice}`, { route: `${route}/members/:memberId` });
    await proves('PUT', `${base}/members/${ids.alice}`, {
      payload: { contactPhone: '04 92 00 00 01' },
      route: `${route}/members/:memberId`,
    });
    const request = await proves('POST', `${base}/members/requests`, {
      payload: { comment: 'Je souhaite adhérer.' },
      session: professional,
      route: `${route}/members/requests`,
    });
    ids.chloe = request.json().memberId;
    await proves('POST', `${base}/members/${ids.chloe}/decision`, {
      payload: { decision: 'accept', categoryId: cats.voting },
      route: `${route}/members/:memberId/decision`,
    });
    await proves('PUT', `${base}/members/${ids.alice}/dues/2026`, {
      payload: { paidOn: '2026-02-01' },
      route: `${route}/members/:memberId/dues/:year`,
    });
    await proves('GET', `${base}/members/${ids.alice}/dues/2026/receipt.pdf`, {
      route: `${route}/members/:memberId/dues/:year/receipt.pdf`,
    });
    await proves('GET', `${base}/directory/search?q=Blanc`, { route: `${route}/directory/search` });
  });

  it('records the list and exports of professionals to invite, and invitations', async () => {
    const base = `/api/cpts/${w.cptsPaca}`;
    const route = '/api/cpts/:id';
    await proves('GET', `${base}/engagement/non-members`, { route: `${route}/engagement/non-members` });
    await proves('GET', `${base}/engagement/non-members.csv`, { route: `${route}/engagement/non-members.csv` });
    await proves('GET', `${base}/engagement/non-members.xlsx`, { route: `${route}/engagement/non-members.xlsx` });
    await proves('POST', `${base}/invitations`, {
      payload: { invitees: [{ kind: 'professional', id: '810000000102' }] },
      route: `${route}/invitations`,
    });
    const list = await proves('GET', `${base}/invitations`, { route: `${route}/invitations` });
    const invitation = list.json().items[0].id as string;
    await proves('PUT', `${base}/invitations/${invitation}`, {
      payload: { status: 'accepted' },
      route: `${route}/invitations/:invitationId`,
    });
  });

  it('records bodies and mandates, which name their holders', async () => {
    const base = `/api/cpts/${w.cptsPaca}`;
    const route = '/api/cpts/:id';
    const created = await proves('POST', `${base}/bodies`, {
      payload: { kind: 'bureau', name: 'Bureau', createdOn: '2025-01-01' },
      route: `${route}/bodies`,
    });
    const bureau = created.json().items.find((b: { kind: string }) => b.kind === 'bureau').id as string;
    await proves('GET', `${base}/bodies`, { route: `${route}/bodies` });
    const seated = await proves('POST', `${base}/bodies/${bureau}/mandates`, {
      payload: { memberId: ids.alice, role: 'president', startOn: '2025-02-01' },
      route: `${route}/bodies/:bodyId/mandates`,
    });
    const mandate = seated.json().items.find((b: { id: string }) => b.id === bureau).mandates[0].id as string;
    await proves('PUT', `${base}/mandates/${mandate}`, {
      payload: { role: 'president', startOn: '2025-02-01', endOn: null },
      route: `${route}/mandates/:mandateId`,
    });
    await proves('PUT', `${base}/bodies/${bureau}`, {
      payload: { name: 'Bureau de la CPTS', endedOn: null },
      route: `${route}/bodies/:bodyId`,
    });
    await proves('DELETE', `${base}/mandates/${mandate}`, { route: `${route}/mandates/:mandateId` });
    await proves('DELETE', `${base}/bodies/${bureau}`, { route: `${route}/bodies/:bodyId` });
  });

  it('records general assemblies: voters, attendance, votes, closing and minutes', async () => {
    const base = `/api/cpts/${w.cptsPaca}/assemblies`;
    const route = '/api/cpts/:id/assemblies';
    const convened = await proves('POST', base, {
      payload: {
        kind: 'ordinary',
        title: 'Assemblée générale 2026',
        scheduledAt: '2026-11-20T18:00:00+01:00',
        agenda: 'Rapport moral',
        resolutions: [{ title: 'Approbation du rapport moral' }],
      },
      route,
    });
    const assembly = convened.json();
    await proves('GET', `${base}/${assembly.id}`, { route: `${route}/:assemblyId` });
    await proves('PUT', `${base}/${assembly.id}/attendance`, {
      payload: {
        changes: [
          { memberId: ids.alice, attendance: 'present' },
          { memberId: ids.chloe, attendance: 'present' },
        ],
      },
      route: `${route}/:assemblyId/attendance`,
    });
    await proves('PUT', `${base}/${assembly.id}/resolutions/${assembly.resolutions[0].id}/vote`, {
      payload: { votesFor: 2, votesAgainst: 0, votesAbstain: 0 },
      route: `${route}/:assemblyId/resolutions/:resolutionId/vote`,
    });
    await proves('POST', `${base}/${assembly.id}/close`, { payload: { minutes: 'Séance levée.' }, route: `${route}/:assemblyId/close` });
    await proves('GET', `${base}/${assembly.id}/minutes.pdf`, { route: `${route}/:assemblyId/minutes.pdf` });
  });

  it("records a member's departure and a member reading their own portal", async () => {
    await proves('POST', `/api/cpts/${w.cptsPaca}/members/${ids.chloe}/leave`, {
      payload: { comment: 'Déménagement' },
      route: '/api/cpts/:id/members/:memberId/leave',
    });
    await proves('GET', '/api/portal', { session: professional, route: '/api/portal' });
  });

  it("records a user's reading and closing of their own sessions, and a password change", async () => {
    const other = await t.login('chloe.carre@exemple.fr');
    const list = await proves('GET', '/api/auth/sessions', { session: professional, route: '/api/auth/sessions' });
    const otherId = list.json().items.find((s: { current: boolean }) => !s.current).id as string;
    await proves('DELETE', `/api/auth/sessions/${otherId}`, { session: professional, route: '/api/auth/sessions/:id' });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as(other) })).statusCode).toBe(401);
    await t.login('chloe.carre@exemple.fr');
    await proves('POST', '/api/auth/sessions/revoke-others', { session: professional, route: '/api/auth/sessions/revoke-others' });
    await proves('POST', '/api/auth/password', {
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'un-nouveau-mot-de-passe-solide', closeOtherSessions: true },
      session: professional,
      route: '/api/auth/password',
    });
  });

  it('records who reads and exports the audit trail itself', async () => {
    const page = await proves('GET', '/api/audit', { route: '/api/audit' });
    expect(page.json().items.length).toBeGreaterThan(0);
    await proves('GET', '/api/audit.csv', { route: '/api/audit.csv' });
  });

  it('records directory uploads: the preview, its application and its abandonment', async () => {
    const file = readFileSync(RPPS_FIXTURE);
    const newRun = async () => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/directory/imports',
        payload: { kind: 'rpps', sourceName: 'fixture.txt', bytesTotal: file.length },
        ...as(w.sessions.admin),
      });
      expect(created.statusCode, created.body).toBe(201);
      return created.json().id as string;
    };
    const applied = await newRun();
    await proves('PUT', `/api/directory/imports/${applied}/content`, {
      file,
      session: w.sessions.admin,
      route: '/api/directory/imports/:id/content',
    });
    await proves('POST', `/api/directory/imports/${applied}/apply`, {
      session: w.sessions.admin,
      route: '/api/directory/imports/:id/apply',
    });
    const [entry] = await entriesOf('POST /api/directory/imports/:id/apply');
    expect(entry?.details).toMatchObject({ runId: applied, phase: 'application' });
    const abandoned = await newRun();
    await t.app.inject({
      method: 'PUT',
      url: `/api/directory/imports/${abandoned}/content`,
      payload: file,
      headers: { ...as(w.sessions.admin).headers, 'content-type': 'application/octet-stream' },
    });
    await proves('POST', `/api/directory/imports/${abandoned}/cancel`, {
      session: w.sessions.admin,
      route: '/api/directory/imports/:id/cancel',
    });
  });

  it('records the upload, download and removal of ACI evidence files, which may list patients', async () => {
    const cpts = await t.addCpts({ name: 'CPTS test justificatifs', regionCode: '93', stage: 'healthProjectValidated', units: PACA_UNITS });
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${cpts}/contracts`,
      payload: {
        signatures: {
          cpts: { signedOn: '2024-03-01', signatory: null },
          cpam: { signedOn: '2024-03-10', signatory: null },
          ars: { signedOn: '2024-03-15', signatory: null },
        },
        population: 118_000,
        populationVintage: 2020,
      },
      ...as(w.sessions.arsPaca),
    });
    expect(created.statusCode, created.body).toBe(201);
    const contract = created.json().id as string;
    const uploaded = await proves('PUT', `/api/contracts/${contract}/assessments/1/evidence?name=liste.pdf`, {
      file: Buffer.from('%PDF-1.4\n%%EOF\n'),
      session: w.sessions.arsPaca,
      route: '/api/contracts/:id/assessments/:contractYear/evidence',
    });
    const evidence = uploaded.json().id as string;
    await proves('GET', `/api/evidence/${evidence}`, { session: w.sessions.cpamPaca, route: '/api/evidence/:evidenceId' });
    await proves('DELETE', `/api/evidence/${evidence}`, { session: w.sessions.arsPaca, route: '/api/evidence/:evidenceId' });
  });

  it('records médecin-traitant requests: the public door, the desk, CPAM lists, exports, erasure and the outbox', async () => {
    const base = `/api/cpts/${w.cptsPaca}/mt-requests`;
    const route = '/api/cpts/:id/mt-requests';
    const filed = await proves('POST', '/api/public/medecin-traitant/demandes', {
      payload: {
        cptsId: w.cptsPaca,
        lastName: 'Démo-Audit',
        firstName: 'Anne',
        birthDate: '1945-05-05',
        unitCode: PACA_UNITS[0],
        email: 'anne.demo@exemple.fr',
        consent: true,
        openedAt: Date.parse('2026-11-22T09:55:00Z'),
      },
      route: '/api/public/medecin-traitant/demandes',
    });
    const number = filed.json().number as string;
    await proves('POST', '/api/public/medecin-traitant/suivi', {
      payload: { number, birthDate: '1945-05-05' },
      route: '/api/public/medecin-traitant/suivi',
    });
    const created = await proves('POST', base, {
      payload: { lastName: 'Démo-Audit', firstName: 'Anne', birthDate: '1945-05-05', unitCode: PACA_UNITS[0], phone: '04 92 00 00 09' },
      route,
    });
    const id = created.json().id as string;
    const list = await proves('GET', base, { route });
    const publicId = list.json().items.find((i: { number: string }) => i.number === number).id as string;
    await proves('GET', `${base}/${id}`, { route: `${route}/:requestId` });
    await proves('PUT', `${base}/${id}`, {
      payload: { lastName: 'Démo-Audit', firstName: 'Anne', birthDate: '1945-05-05', unitCode: PACA_UNITS[0], phone: '04 92 00 00 08' },
      route: `${route}/:requestId`,
    });
    await proves('POST', `${base}/${id}/notes`, { payload: { body: 'Appel reçu.' }, route: `${route}/:requestId/notes` });
    await proves('POST', `${base}/${publicId}/merge`, { payload: { duplicateId: id }, route: `${route}/:requestId/merge` });
    await proves('POST', `${base}/${publicId}/actions`, { payload: { action: 'withdraw' }, route: `${route}/:requestId/actions` });
    await proves('GET', `${base}/${publicId}/export.json`, { route: `${route}/:requestId/export.json` });
    await proves('GET', `${base}/${publicId}/export.pdf`, { route: `${route}/:requestId/export.pdf` });
    await proves('POST', `${base}/${publicId}/erase`, { payload: { confirmNumber: number }, route: `${route}/:requestId/erase` });
    const csv = `nom;prenom;date de naissance;code commune\nDémo-Liste;Luc;01/02/1950;${PACA_UNITS[0]}\n`;
    await proves('POST', `${base}/cpam-import/preview`, { payload: { content: csv }, route: `${route}/cpam-import/preview` });
    await proves('POST', `${base}/cpam-import/apply`, { payload: { content: csv }, route: `${route}/cpam-import/apply` });
    await proves('GET', '/api/admin/mail-outbox', { session: w.sessions.admin, route: '/api/admin/mail-outbox' });
  });

  it('records GP capacity, matching results and the proposal workflow', async () => {
    const gp = await addGp(t, { idNatPs: '810000000301', lastName: 'Audit', unitCode: PACA_UNITS[0] as string });
    await proves('PUT', `/api/gp/capacity/${w.cptsPaca}`, {
      payload: { ...CAPACITY, practiceUnitCode: PACA_UNITS[0], availableNow: 3 },
      session: gp,
      route: '/api/gp/capacity/:id',
    });
    await proves('GET', '/api/gp/capacity', { session: gp, route: '/api/gp/capacity' });
    await proves('GET', `/api/cpts/${w.cptsPaca}/mt/capacities`, { route: '/api/cpts/:id/mt/capacities' });
    const first = await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Audit-Un', unitCode: PACA_UNITS[0] as string });
    const second = await addRequest(t, { cptsId: w.cptsPaca, lastName: 'Audit-Deux', unitCode: PACA_UNITS[0] as string });
    const started = await t.app.inject({ method: 'POST', url: `/api/cpts/${w.cptsPaca}/mt/runs`, ...as(w.sessions.coordPaca) });
    const runId = started.json().id as string;
    await waitForRun(t, w.sessions.coordPaca, w.cptsPaca, runId);
    const result = await proves('GET', `/api/cpts/${w.cptsPaca}/mt/runs/${runId}/result`, { route: '/api/cpts/:id/mt/runs/:runId/result' });
    const proposal = result.json().proposals.find((p: { requestId: string }) => p.requestId === first).id as string;
    await proves('POST', `/api/cpts/${w.cptsPaca}/mt/proposals/send`, {
      payload: { proposalIds: [proposal] },
      route: '/api/cpts/:id/mt/proposals/send',
    });
    await proves('GET', '/api/gp/proposals', { session: gp, route: '/api/gp/proposals' });
    await proves('POST', `/api/gp/proposals/${proposal}/decision`, {
      payload: { decision: 'accept' },
      session: gp,
      route: '/api/gp/proposals/:proposalId/decision',
    });
    await proves('GET', `/api/cpts/${w.cptsPaca}/mt/proposals`, { route: '/api/cpts/:id/mt/proposals' });
    await proves('POST', `/api/cpts/${w.cptsPaca}/mt/proposals/${proposal}/withdraw`, {
      payload: { comment: null },
      route: '/api/cpts/:id/mt/proposals/:proposalId/withdraw',
    });
    await proves('GET', `/api/gp/candidates/${w.cptsPaca}`, { session: gp, route: '/api/gp/candidates/:id' });
    await proves('POST', `/api/gp/candidates/${w.cptsPaca}`, {
      payload: { requestId: second },
      session: gp,
      route: '/api/gp/candidates/:id',
    });
  });

  it('records requests between professionals: posting, reading, accepting, declining, cancelling, the team desk', async () => {
    const unitCode = PACA_UNITS[0] as string;
    const author = await addPro(t, { idNatPs: '810000000401', lastName: 'Auteur', professionCode: '10', unitCode, cptsId: w.cptsPaca });
    const nurse = await addPro(t, { idNatPs: '810000000402', lastName: 'Preneuse', professionCode: '60', unitCode, cptsId: w.cptsPaca });
    const payload = { ...REQUEST, cptsId: w.cptsPaca, unitCode };
    const posted = await proves('POST', '/api/pro-requests', { payload, session: author, route: '/api/pro-requests' });
    const id = posted.json().id as string;
    await proves('GET', '/api/pro-requests', { session: nurse, route: '/api/pro-requests' });
    await proves('GET', `/api/pro-requests/${id}`, { session: nurse, route: '/api/pro-requests/:id' });
    await proves('POST', `/api/pro-requests/${id}/accept`, { session: nurse, route: '/api/pro-requests/:id/accept' });
    const second = (await t.app.inject({ method: 'POST', url: '/api/pro-requests', payload, ...as(author) })).json().id as string;
    await proves('POST', `/api/pro-requests/${second}/decline`, {
      payload: { reason: 'Absente' },
      session: nurse,
      route: '/api/pro-requests/:id/decline',
    });
    await proves('POST', `/api/pro-requests/${second}/cancel`, { session: author, route: '/api/pro-requests/:id/cancel' });
    await proves('GET', `/api/cpts/${w.cptsPaca}/pro-requests`, { route: '/api/cpts/:id/pro-requests' });
  });

  it('records specialist requests: asking, the inbox, answering, booking, cancelling, the team list', async () => {
    const unitCode = PACA_UNITS[0] as string;
    const pro = (idNatPs: string, lastName: string, specialtyCode: string) =>
      addPro(t, { idNatPs, lastName, professionCode: '10', unitCode, cptsId: w.cptsPaca, specialtyCode });
    const gpAuthor = await pro('810000000421', 'Demandeur', 'SM54');
    const cardio = await pro('810000000422', 'Cardiologue', 'SM04');
    const slotId = await addSlot(t, {
      cptsId: w.cptsPaca,
      unitCode,
      idNatPs: '810000000422',
      startAt: new Date('2026-11-24T09:00:00Z'),
      visibility: ['PRO'],
    });
    const ask = (kind: string) => ({
      cptsId: w.cptsPaca,
      specialtyCode: 'SM04',
      kind,
      target: 'd7',
      patient: { initials: 'A.B.', ageBand: '40-59', sex: null, need: 'Palpitations à l’effort' },
    });
    const route = '/api/specialist-requests';
    const opinion = (await proves('POST', route, { payload: ask('opinion'), session: gpAuthor, route })).json().id as string;
    await proves('GET', route, { session: cardio, route });
    await proves('POST', `${route}/${opinion}/answer`, {
      payload: { text: 'Holter à prévoir.' },
      session: cardio,
      route: `${route}/:id/answer`,
    });
    const consultation = (await t.app.inject({ method: 'POST', url: route, payload: ask('consultation'), ...as(gpAuthor) })).json().id;
    await proves('POST', `${route}/${consultation}/book`, { payload: { slotId }, session: cardio, route: `${route}/:id/book` });
    const third = (await t.app.inject({ method: 'POST', url: route, payload: ask('opinion'), ...as(gpAuthor) })).json().id;
    await proves('POST', `${route}/${third}/cancel`, { session: gpAuthor, route: `${route}/:id/cancel` });
    await proves('GET', `/api/cpts/${w.cptsPaca}/specialist-requests`, { route: '/api/cpts/:id/specialist-requests' });
  });

  it('records the professional’s slot page and the CPTS rota, which name professionals of the directory', async () => {
    const pro = await addGp(t, { idNatPs: '810000000411', lastName: 'Creneau', unitCode: PACA_UNITS[0] as string });
    await proves('GET', '/api/slots/mine', { session: pro, route: '/api/slots/mine' });
    await proves('GET', `/api/cpts/${w.cptsPaca}/rota`, { route: '/api/cpts/:id/rota' });
    const shift = await proves('POST', `/api/cpts/${w.cptsPaca}/rota`, {
      payload: { idNatPs: '810000000411', date: '2026-11-23', startTime: '08:00', endTime: '12:00' },
      route: '/api/cpts/:id/rota',
    });
    await proves('DELETE', `/api/cpts/${w.cptsPaca}/rota/${shift.json().id}`, { route: '/api/cpts/:id/rota/:shiftId' });
  });

  it('records slot bookings: booking, lists, detail, cancellation and outcome', async () => {
    await t.addUser('sas.audit@test.fr', [{ role: 'sas', departementCode: '04', cptsId: null }]);
    const sas = await t.login('sas.audit@test.fr');
    const gp = await t.login('gp.audit@test.fr');
    const patient = {
      lastName: 'Audit',
      firstName: 'Alix',
      birthDate: '1990-01-01',
      phone: '0600000000',
      email: '',
      unitCode: PACA_UNITS[1],
      need: '',
    };
    const slots = await Promise.all(
      [2, 3].map((h) =>
        addSlot(t, { cptsId: w.cptsPaca, unitCode: PACA_UNITS[0] as string, startAt: new Date(TEST_NOW.getTime() + h * 3_600_000) }),
      ),
    );
    const booked = await proves('POST', `/api/regulation/slots/${slots[0]}/booking`, {
      payload: patient,
      session: sas,
      route: '/api/regulation/slots/:slotId/booking',
    });
    const other = await proves('POST', `/api/regulation/slots/${slots[1]}/booking`, {
      payload: patient,
      session: sas,
      route: '/api/regulation/slots/:slotId/booking',
    });
    await proves('GET', '/api/regulation/bookings', { session: sas, route: '/api/regulation/bookings' });
    await proves('GET', '/api/professional/slot-bookings', { session: gp, route: '/api/professional/slot-bookings' });
    await proves('GET', `/api/cpts/${w.cptsPaca}/slot-bookings`, { route: '/api/cpts/:id/slot-bookings' });
    await proves('GET', `/api/slot-bookings/${booked.json().id}`, { session: gp, route: '/api/slot-bookings/:bookingId' });
    await proves('POST', `/api/slot-bookings/${booked.json().id}/cancel`, {
      payload: { reason: 'Empêchement' },
      session: sas,
      route: '/api/slot-bookings/:bookingId/cancel',
    });
    await t.ctx.database.db
      .update(schema.slots)
      .set({ startAt: new Date(TEST_NOW.getTime() - 3_600_000), endAt: TEST_NOW })
      .where(eq(schema.slots.id, slots[1] as string));
    await proves('POST', `/api/slot-bookings/${other.json().id}/outcome`, {
      payload: { status: 'noshow' },
      session: gp,
      route: '/api/slot-bookings/:bookingId/outcome',
    });
  });

  it('has proved every tagged route, and only those', () => {
    const expected = tagged()
      .map((o) => toPattern(o.key))
      .sort();
    expect([...proven].sort()).toEqual(expected);
  });
});
