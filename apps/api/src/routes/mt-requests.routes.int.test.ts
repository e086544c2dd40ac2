import { schema } from '@maillon/db';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { filePublicRequest, publicForm } from '../../test/mt-request-fixtures.ts';
import { buildWorld, type World } from '../../test/world.ts';

const PUBLIC = '/api/public/medecin-traitant';

describe.each(testDatabases())('médecin-traitant requests (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  const desk = () => `/api/cpts/${w.cptsPaca}/mt-requests`;
  const auditOf = (route: string) =>
    t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.route, route)).orderBy(desc(schema.auditLog.id));

  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('finds the CPTS covering a commune by name or postal code, and says when none covers it', async () => {
    const digne = (await t.app.inject({ method: 'GET', url: `${PUBLIC}/communes?q=digne` })).json();
    const unit = digne.items.find((u: { code: string }) => u.code === '04070');
    expect(unit.cpts).toEqual([{ id: w.cptsPaca, name: 'CPTS test Digne' }]);
    const byPostal = (await t.app.inject({ method: 'GET', url: `${PUBLIC}/communes?q=04000` })).json();
    expect(byPostal.items.map((u: { code: string }) => u.code)).toContain('04070');
    const nice = (await t.app.inject({ method: 'GET', url: `${PUBLIC}/communes?q=06088` })).json();
    expect(nice.items[0].cpts).toEqual([]);
    const desk = (await t.app.inject({ method: 'GET', url: `${PUBLIC}/cpts/${w.cptsPaca}` })).json();
    expect(desk).toMatchObject({ name: 'CPTS test Digne', retentionMonths: 12, responseDays: 30 });
  });

  it('files a public request without an account, queues the acknowledgment and shows its status with number and birth date', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `${PUBLIC}/demandes`,
      payload: publicForm(w.cptsPaca),
      remoteAddress: '198.51.100.1',
    });
    expect(response.statusCode, response.body).toBe(201);
    const { number, emailSent } = response.json();
    expect(number).toMatch(/^MT-2026-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(emailSent).toBe(false);
    const [mail] = await t.ctx.database.db.select().from(schema.mailOutbox).orderBy(desc(schema.mailOutbox.createdAt));
    expect(mail).toMatchObject({ state: 'pending', toAddress: 'elodie.demo@exemple.fr', kind: 'mt-request-received' });
    expect(mail?.textBody).toContain(number);
    expect(mail?.textBody).not.toMatch(/ALD|C2S|retraite/);
    const status = await t.app.inject({
      method: 'POST',
      url: `${PUBLIC}/suivi`,
      payload: { number: number.toLowerCase(), birthDate: '1950-03-04' },
      remoteAddress: '198.51.100.1',
    });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ number, status: 'waiting', cptsName: 'CPTS test Digne', requestedOn: '2026-11-22' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: `${PUBLIC}/suivi`,
      payload: { number, birthDate: '1950-03-05' },
      remoteAddress: '198.51.100.1',
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.message).toMatch(/Aucune demande/);
    const [entry] = await auditOf('POST /api/public/medecin-traitant/demandes');
    expect(entry).toMatchObject({ actorUserId: null, action: 'create', entity: 'mtRequest', cptsId: w.cptsPaca, sourceIp: '198.51.100.1' });
  });

  it('refuses bots and bad forms with a French 422 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ website: 'http://spam.example' }, 'website'],
      [{ openedAt: Date.parse('2026-11-22T09:59:59Z') }, 'openedAt'],
      [{ consent: false }, 'consent'],
      [{ email: '', phone: '' }, 'email'],
      [{ unitCode: '01053' }, 'unitCode'],
      [{ birthDate: '2027-01-01' }, 'birthDate'],
      [{ lastName: 'x'.repeat(101) }, 'lastName'],
    ];
    for (const [overrides, field] of cases) {
      const response = await t.app.inject({
        method: 'POST',
        url: `${PUBLIC}/demandes`,
        payload: publicForm(w.cptsPaca, overrides),
        remoteAddress: '198.51.100.2',
      });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(422);
      expect(response.json().error.field).toBe(field);
    }
  });

  it('limits submissions per address (429 with Retry-After) and failed status lookups per number', async () => {
    for (let i = 0; i < 5; i++) await filePublicRequest(t, w.cptsPaca, { address: '203.0.113.50', overrides: { firstName: `Essai${i}` } });
    const sixth = await t.app.inject({
      method: 'POST',
      url: `${PUBLIC}/demandes`,
      payload: publicForm(w.cptsPaca),
      remoteAddress: '203.0.113.50',
    });
    expect(sixth.statusCode).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    const other = await t.app.inject({
      method: 'POST',
      url: `${PUBLIC}/demandes`,
      payload: publicForm(w.cptsPaca, { firstName: 'Autre' }),
      remoteAddress: '203.0.113.51',
    });
    expect(other.statusCode).toBe(201);
    const number = other.json().number as string;
    const tries = [];
    for (let i = 0; i < 6; i++) {
      const address = `192.0.2.${i + 1}`;
      tries.push(
        (
          await t.app.inject({
            method: 'POST',
            url: `${PUBLIC}/suivi`,
            payload: { number, birthDate: `1951-01-0${i + 1}` },
            remoteAddress: address,
          })
        ).statusCode,
      );
    }
    expect(tries).toEqual([404, 404, 404, 404, 404, 429]);
    // Even the right birth date waits now: guessing across addresses is capped per number.
    const right = await t.app.inject({
      method: 'POST',
      url: `${PUBLIC}/suivi`,
      payload: { number, birthDate: '1950-03-04' },
      remoteAddress: '192.0.2.99',
    });
    expect(right.statusCode).toBe(429);
  });

  it('lets exactly five of 40 concurrent wrong status lookups on one number through, the others 429', async () => {
    const number = await filePublicRequest(t, w.cptsPaca, { address: '203.0.113.60', overrides: { firstName: 'Concurrente' } });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: `${PUBLIC}/suivi`,
          payload: { number, birthDate: '1999-01-01' },
          remoteAddress: `2001:db8:${i.toString(16)}::1`,
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 404)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
  });

  it('shows identities to the CPTS team only: ARS, CPAM, admin and another CPTS get 404 on identities and read counts', async () => {
    const list = await t.app.inject({ method: 'GET', url: desk(), ...as(w.sessions.coordPaca) });
    expect(list.statusCode, list.body).toBe(200);
    const first = list.json().items[0];
    expect(first.priority.groupId).toBe('ald-c2s');
    expect(first.priority.explanation).toMatch(/^Prioritaire : en ALD, bénéficiaire de la C2S/);
    for (const who of ['arsPaca', 'cpamPaca', 'admin', 'coordAra'] as const) {
      for (const url of [desk(), `${desk()}/${first.id}`, `${desk()}/${first.id}/export.json`]) {
        const response = await t.app.inject({ method: 'GET', url, ...as(w.sessions[who]) });
        expect(response.statusCode, `${who} ${url}`).toBe(404);
        expect(response.body).not.toContain('Lefèvre');
      }
    }
    const counts = await t.app.inject({ method: 'GET', url: '/api/mt-requests/counts?region=93', ...as(w.sessions.arsPaca) });
    expect(counts.statusCode, counts.body).toBe(200);
    const paca = counts.json().items.find((i: { cptsId: string }) => i.cptsId === w.cptsPaca);
    expect(paca.total).toBeGreaterThan(6);
    expect(paca.waitingByGroup.find((g: { groupId: string }) => g.groupId === 'ald-c2s').count).toBe(paca.total);
    expect(counts.body).not.toMatch(/Lefèvre|Élodie|1950-03-04|exemple\.fr/);
    const foreign = await t.app.inject({ method: 'GET', url: '/api/mt-requests/counts?region=93', ...as(w.sessions.arsAra) });
    expect(foreign.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: desk() });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets the team enter a request by phone, edit it, note it and withdraw it, with the history and audit entries', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: desk(),
      payload: { lastName: 'Démo-Martin', firstName: 'Paul', birthDate: '1940-01-01', unitCode: '04001', phone: '04 92 00 00 00' },
      ...as(w.sessions.coordPaca),
    });
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({ source: 'team', status: 'waiting', priority: { groupId: 'senior' } });
    const base = `${desk()}/${request.id}`;
    const edited = await t.app.inject({
      method: 'PUT',
      url: base,
      payload: {
        lastName: 'Démo-Martin',
        firstName: 'Paul',
        birthDate: '1940-01-01',
        unitCode: '04001',
        phone: '04 92 00 00 01',
        ald: true,
      },
      ...as(w.sessions.coordPaca),
    });
    expect(edited.json()).toMatchObject({ requestedOn: '2026-11-22', priority: { groupId: 'ald' } });
    const noted = await t.app.inject({
      method: 'POST',
      url: `${base}/notes`,
      payload: { body: 'Rappeler lundi.' },
      ...as(w.sessions.coordPaca),
    });
    expect(noted.json().notes.map((n: { body: string }) => n.body)).toEqual(['Rappeler lundi.']);
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `${base}/actions`,
      payload: { action: 'withdraw' },
      ...as(w.sessions.coordPaca),
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', closedOn: '2026-11-22', allowedActions: ['merge', 'reopen'] });
    const again = await t.app.inject({
      method: 'POST',
      url: `${base}/actions`,
      payload: { action: 'withdraw' },
      ...as(w.sessions.coordPaca),
    });
    expect(again.statusCode).toBe(409);
    expect(withdrawn.json().history.map((h: { kind: string }) => h.kind)).toEqual(['created', 'edited', 'note', 'status']);
    expect(withdrawn.json().history[1].detail).toBe('Champs modifiés : téléphone, situation');
    const [update] = await auditOf('PUT /api/cpts/:id/mt-requests/:requestId');
    expect(update).toMatchObject({ action: 'update', recordIds: [request.id] });
  });

  it('imports a CPAM list: preview, apply, and a re-run that neither duplicates nor erases', async () => {
    const csv = [
      'Nom;Prénom;Date de naissance;Code INSEE;ALD;C2S',
      'Démo-Lefèvre;Élodie;04/03/1950;04070;oui;oui',
      'DÉMO-GARCIA;Inès;12/12/1948;04070;oui;non',
      'Démo-Roux;Léa;01/01/1990;01053;non;non',
      'Démo-Blanc;;01/01/1990;04070;non;non',
    ].join('\r\n');
    const preview = await t.app.inject({
      method: 'POST',
      url: `${desk()}/cpam-import/preview`,
      payload: { content: csv },
      ...as(w.sessions.coordPaca),
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ applied: false, created: 1, existing: 1 });
    expect(preview.json().rejections.map((r: { line: number; field: string }) => [r.line, r.field])).toEqual([
      [4, 'unitCode'],
      [5, 'firstName'],
    ]);
    const before = (await t.app.inject({ method: 'GET', url: desk(), ...as(w.sessions.coordPaca) })).json().items.length;
    const applied = await t.app.inject({
      method: 'POST',
      url: `${desk()}/cpam-import/apply`,
      payload: { content: csv },
      ...as(w.sessions.coordPaca),
    });
    expect(applied.json()).toMatchObject({ applied: true, created: 1, existing: 1 });
    const rerun = await t.app.inject({
      method: 'POST',
      url: `${desk()}/cpam-import/apply`,
      payload: { content: csv },
      ...as(w.sessions.coordPaca),
    });
    expect(rerun.json()).toMatchObject({ applied: true, created: 0, existing: 2 });
    const items = (await t.app.inject({ method: 'GET', url: `${desk()}?source=cpam`, ...as(w.sessions.coordPaca) })).json().items;
    expect(items.map((i: { lastName: string }) => i.lastName)).toEqual(['DÉMO-GARCIA']);
    const after = (await t.app.inject({ method: 'GET', url: desk(), ...as(w.sessions.coordPaca) })).json().items.length;
    expect(after).toBe(before + 1);
    const [entry] = await auditOf('POST /api/cpts/:id/mt-requests/cpam-import/apply');
    expect(entry).toMatchObject({ action: 'import', recordCount: 0 });
    const missing = await t.app.inject({
      method: 'POST',
      url: `${desk()}/cpam-import/preview`,
      payload: { content: 'Nom;Prénom\nA;B' },
      ...as(w.sessions.coordPaca),
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error).toMatchObject({ field: 'file' });
  });

  it('finds duplicates across doors and merges them, keeping the earlier seniority and both histories', async () => {
    const phoned = await t.app.inject({
      method: 'POST',
      url: desk(),
      payload: { lastName: 'DEMO LEFEVRE', firstName: 'elodie', birthDate: '1950-03-04', unitCode: '04070', phone: '06 00 00 00 00' },
      ...as(w.sessions.coordPaca),
    });
    expect(phoned.json().duplicates).toHaveLength(1);
    const list = (await t.app.inject({ method: 'GET', url: desk(), ...as(w.sessions.coordPaca) })).json().items;
    const elodie = list.filter(
      (i: { birthDate: string; unitCode: string; hasDuplicates: boolean }) => i.birthDate === '1950-03-04' && i.hasDuplicates,
    );
    expect(elodie.length).toBeGreaterThanOrEqual(2);
    expect(elodie.every((i: { hasDuplicates: boolean }) => i.hasDuplicates)).toBe(true);
    const [kept, duplicate] = elodie as { id: string; number: string; source: string }[];
    expect(new Set(elodie.map((i: { source: string }) => i.source))).toEqual(new Set(['public', 'team']));
    const detail = (await t.app.inject({ method: 'GET', url: `${desk()}/${kept?.id}`, ...as(w.sessions.coordPaca) })).json();
    expect(detail.duplicates.map((d: { id: string }) => d.id)).toContain(duplicate?.id);
    const merged = await t.app.inject({
      method: 'POST',
      url: `${desk()}/${kept?.id}/merge`,
      payload: { duplicateId: duplicate?.id },
      ...as(w.sessions.coordPaca),
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().history.some((h: { kind: string }) => h.kind === 'merged')).toBe(true);
    expect(merged.json().history.filter((h: { kind: string }) => h.kind === 'created')).toHaveLength(2);
    expect(merged.json()).toMatchObject({ hasDuplicates: false, requestedOn: '2026-11-22' });
    const gone = (await t.app.inject({ method: 'GET', url: `${desk()}/${duplicate?.id}`, ...as(w.sessions.coordPaca) })).json();
    expect(gone).toMatchObject({ status: 'merged', mergedInto: kept?.id });
    const stranger = await t.app.inject({
      method: 'POST',
      url: `${desk()}/${kept?.id}/merge`,
      payload: { duplicateId: list.find((i: { lastName: string }) => i.lastName === 'DÉMO-GARCIA').id },
      ...as(w.sessions.coordPaca),
    });
    expect(stranger.statusCode).toBe(422);
  });

  it('exports a request (JSON, PDF) and erases it only with its number typed again', async () => {
    const number = await filePublicRequest(t, w.cptsPaca, {
      address: '198.51.100.77',
      overrides: { lastName: 'Démo-Effacer', firstName: 'Zoé' },
    });
    const list = (await t.app.inject({ method: 'GET', url: desk(), ...as(w.sessions.coordPaca) })).json().items;
    const id = list.find((i: { number: string }) => i.number === number).id as string;
    const json = await t.app.inject({ method: 'GET', url: `${desk()}/${id}/export.json`, ...as(w.sessions.coordPaca) });
    expect(json.statusCode).toBe(200);
    expect(JSON.parse(json.body).request).toMatchObject({ number, lastName: 'Démo-Effacer', ald: true });
    const pdf = await t.app.inject({ method: 'GET', url: `${desk()}/${id}/export.pdf`, ...as(w.sessions.coordPaca) });
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const refused = await t.app.inject({
      method: 'POST',
      url: `${desk()}/${id}/erase`,
      payload: { confirmNumber: 'MT-2026-0000-0000' },
      ...as(w.sessions.coordPaca),
    });
    expect(refused.statusCode).toBe(422);
    const erased = await t.app.inject({
      method: 'POST',
      url: `${desk()}/${id}/erase`,
      payload: { confirmNumber: number },
      ...as(w.sessions.coordPaca),
    });
    expect(erased.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `${desk()}/${id}`, ...as(w.sessions.coordPaca) })).statusCode).toBe(404);
    const [entry] = await auditOf('POST /api/cpts/:id/mt-requests/:requestId/erase');
    expect(entry).toMatchObject({ action: 'delete', recordIds: [id] });
    expect(JSON.stringify(entry)).not.toContain('Effacer');
  });

  it('validates the priority rule and the settings, and ranks requests by the new rule', async () => {
    const url = `/api/cpts/${w.cptsPaca}/mt-requests-settings`;
    const current = (await t.app.inject({ method: 'GET', url, ...as(w.sessions.coordPaca) })).json();
    expect(current.isDefault).toBe(true);
    const shadowed = {
      ...current,
      priorityRule: {
        ...current.priorityRule,
        groups: [
          { id: 'ald', label: 'En ALD', requires: ['ald'] },
          { id: 'ald-c2s', label: 'ALD et C2S', requires: ['ald', 'c2s'] },
          { id: 'others', label: 'Autres', requires: [] },
        ],
      },
    };
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      payload: { ...shadowed, isDefault: undefined, updatedAt: undefined },
      ...as(w.sessions.coordPaca),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toMatch(/^groups\[1\]/);
    const { isDefault: _d, updatedAt: _u, ...body } = current;
    const days = await t.app.inject({ method: 'PUT', url, payload: { ...body, responseDays: 0 }, ...as(w.sessions.coordPaca) });
    expect(days.json().error.field).toBe('responseDays');
    const saved = await t.app.inject({
      method: 'PUT',
      url,
      payload: {
        ...body,
        retentionMonths: 6,
        priorityRule: { ...body.priorityRule, factors: [{ criterion: 'recentGpLoss', points: 10 }] },
      },
      ...as(w.sessions.coordPaca),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ isDefault: false, retentionMonths: 6 });
    const list = (await t.app.inject({ method: 'GET', url: desk(), ...as(w.sessions.coordPaca) })).json().items;
    expect(list[0].priority.points).toBe(10);
    expect((await t.app.inject({ method: 'GET', url, ...as(w.sessions.arsPaca) })).statusCode).toBe(404);
  });

  it('purges requests closed longer than the retention period, once, with an audit entry', async () => {
    const { runRetentionSweep } = await import('../composition/retention-sweep.ts');
    const list = (await t.app.inject({ method: 'GET', url: `${desk()}?status=withdrawn`, ...as(w.sessions.coordPaca) })).json().items;
    expect(list.length).toBeGreaterThan(0);
    const early = await runRetentionSweep({ db: t.ctx.database.db, clock: () => new Date('2027-05-21T10:00:00Z') });
    expect(early).toEqual([]);
    const sweeps = await Promise.all(
      [1, 2].map(() => runRetentionSweep({ db: t.ctx.database.db, clock: () => new Date('2027-05-23T10:00:00Z') })),
    );
    const ids = sweeps.flat().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(list.map((i: { id: string }) => i.id)));
    const left = (await t.app.inject({ method: 'GET', url: `${desk()}?status=withdrawn`, ...as(w.sessions.coordPaca) })).json().items;
    expect(left).toEqual([]);
    const [entry] = await auditOf('job retention-sweep');
    expect(entry).toMatchObject({ action: 'delete', entity: 'mtRequest', actorLabel: 'purge automatique des demandes' });
  });

  it('lets the admin read the outbox, and no one else', async () => {
    const admin = await t.app.inject({ method: 'GET', url: '/api/admin/mail-outbox?state=pending', ...as(w.sessions.admin) });
    expect(admin.statusCode).toBe(200);
    expect(admin.json().delivers).toBe(false);
    expect(admin.json().items.length).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/mail-outbox', ...as(w.sessions.coordPaca) })).statusCode).toBe(403);
  });
});
