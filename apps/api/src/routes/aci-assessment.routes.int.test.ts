import { schema } from '@maillon/db';
import { desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProfessionalUser } from '../../test/association-fixtures.ts';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { addAssembly, addMember } from '../../test/portal-fixtures.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

/** A minimal but real PDF header, and a PNG signature: what the type check reads. */
const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const tiered = {
  mission: 'accessToCare',
  label: 'Patients en ALD sans médecin traitant (test)',
  unit: 'patients',
  direction: 'lower',
  baseline: 219,
  tiers: [
    { threshold: 219, amountCents: 300_000 },
    { threshold: 100, amountCents: 600_000 },
    { threshold: 50, amountCents: 900_000 },
  ],
  dataSource: 'CPAM',
  evidence: ['Liste CPAM au 31 décembre'],
};

/** Issue #8 points 5 and 6: indicator lines, the yearly assessment with its evidence, the annual report. */
describe.each(testDatabases())('ACI indicators, assessment and annual report (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let cpts: string;
  let coordinator: Session;
  let cpamVar: Session;
  let portalUser: Session;
  let contract: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    cpts = await t.addCpts({ name: 'CPTS test du Bilan', regionCode: '93', stage: 'healthProjectValidated', units: PACA_UNITS });
    await t.addUser('coord.bilan@test.fr', [{ role: 'coordinator', cptsId: cpts }]);
    coordinator = await t.login('coord.bilan@test.fr');
    await t.addUser('cpam.var@test.fr', [{ role: 'cpam', regionCode: '93', departementCode: '83' }]);
    cpamVar = await t.login('cpam.var@test.fr');
    portalUser = await addProfessionalUser(t, 'pro.bilan@exemple.fr', '810000000909');
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${cpts}/contracts`,
      payload: {
        signatures: {
          cpts: { signedOn: '2024-03-01', signatory: 'La présidente' },
          cpam: { signedOn: '2024-03-10', signatory: null },
          ars: { signedOn: '2024-03-15', signatory: null },
        },
        population: 118_000,
        populationVintage: 2020,
      },
      ...as(w.sessions.arsPaca),
    });
    expect(created.statusCode, created.body).toBe(201);
    contract = created.json().id;
    await t.app.inject({
      method: 'PUT',
      url: `/api/contracts/${contract}/missions/accessToCare`,
      payload: { startedOn: '2024-03-15' },
      ...as(coordinator),
    });
    const db = t.ctx.database.db;
    // Year 1 runs 15/03/2024 – 14/03/2025: two members then, one who left before its end, one later.
    await addMember(db, { cptsId: cpts, idNatPs: '810000000001', categoryId: null, status: 'active', joinedOn: '2024-04-01' });
    await addMember(db, { cptsId: cpts, idNatPs: '810000000002', categoryId: null, status: 'active', joinedOn: '2024-05-01' });
    await addMember(db, {
      cptsId: cpts,
      idNatPs: '810000000003',
      categoryId: null,
      status: 'left',
      joinedOn: '2024-04-01',
      leftOn: '2025-01-31',
    });
    await addMember(db, { cptsId: cpts, idNatPs: '810000000004', categoryId: null, status: 'active', joinedOn: '2025-06-01' });
    await addAssembly(db, { cptsId: cpts, title: 'AG 2026', status: 'closed' });
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, session: Session, payload?: unknown) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), ...as(session) });
  const indicators = () => `/api/contracts/${contract}/indicators`;
  const year = (n: number) => `/api/contracts/${contract}/assessments/${n}`;
  const upload = (n: number, name: string, bytes: Buffer, session: Session = coordinator, indicatorId?: string) =>
    t.app.inject({
      method: 'PUT',
      url: `${year(n)}/evidence?name=${encodeURIComponent(name)}${indicatorId ? `&indicatorId=${indicatorId}` : ''}`,
      payload: bytes,
      headers: { ...as(session).headers, 'content-type': 'application/octet-stream' },
    });

  it('lets the coordination team, the ARS and the CPTS’s own CPAM edit indicator lines, naming the faulty field', async () => {
    const added = await inject('POST', indicators(), coordinator, tiered);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().items[0]).toMatchObject({
      id: 'patients-en-ald-sans-medecin-traitant-test',
      missionLabel: 'Accès aux soins',
      locked: false,
    });
    expect(added.json().items[0].tiers[2].text.replace(/\s/g, ' ')).toBe('≤ 50 patients : 9 000,00 €');
    const badTier = await inject('POST', indicators(), w.sessions.arsPaca, {
      ...tiered,
      tiers: [
        { threshold: 100, amountCents: 300_000 },
        { threshold: 150, amountCents: 600_000 },
      ],
    });
    expect([badTier.statusCode, badTier.json().error.field]).toEqual([422, 'tiers[1].threshold']);
    expect(badTier.json().error.message).toContain('plus bas');
    const notInContract = await inject('POST', indicators(), w.sessions.cpamPaca, { ...tiered, mission: 'quality' });
    expect([notInContract.statusCode, notInContract.json().error.field]).toEqual([422, 'mission']);
    const metricElsewhere = await inject('POST', indicators(), coordinator, { ...tiered, metric: 'members' });
    expect([metricElsewhere.statusCode, metricElsewhere.json().error.field]).toEqual([422, 'metric']);
    const members = await inject('POST', indicators(), w.sessions.cpamPaca, {
      mission: 'accessToCare',
      label: 'Adhérents de la CPTS',
      unit: 'adhérents',
      direction: 'higher',
      baseline: null,
      tiers: [{ threshold: 2, amountCents: 100_000 }],
      dataSource: 'Maillon',
      metric: 'members',
    });
    expect(members.statusCode, members.body).toBe(201);
    expect(members.json().items.map((i: { id: string }) => i.id)).toEqual([
      'patients-en-ald-sans-medecin-traitant-test',
      'adherents-de-la-cpts',
    ]);
  });

  it('proposes the ACI example lines once, and hides the contract from other CPAM, regions and portal users', async () => {
    const proposed = await inject('POST', `${indicators()}/defaults`, coordinator);
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().items.length).toBe(9);
    expect(proposed.json().defaultsAvailable).toBe(0);
    expect((await inject('POST', `${indicators()}/defaults`, coordinator)).statusCode).toBe(409);
    for (const session of [cpamVar, w.sessions.arsAra, w.sessions.coordAra, portalUser]) {
      expect((await inject('GET', indicators(), session)).statusCode).toBe(404);
      expect((await inject('GET', year(1), session)).statusCode).toBe(404);
      expect((await inject('GET', `${year(1)}/report.pdf`, session)).statusCode).toBe(404);
      expect((await inject('POST', indicators(), session, tiered)).statusCode).toBe(404);
    }
    const read = await inject('GET', indicators(), w.sessions.cpamPaca);
    expect(read.json().permissions).toEqual({ edit: true });
    const removed = await inject('DELETE', `${indicators()}/annuaire-en-ligne`, w.sessions.arsPaca);
    expect(removed.json().items.some((i: { id: string }) => i.id === 'annuaire-en-ligne')).toBe(false);
  });

  it('records typed values, only the lines sent, and refuses unknown lines and a yes/no of 3', async () => {
    expect((await inject('GET', year(1), coordinator)).json()).toMatchObject({
      status: 'notStarted',
      startsOn: '2024-03-15',
      endsOn: '2025-03-14',
    });
    const typed = await inject('PUT', `${year(1)}/values`, coordinator, {
      values: [
        { indicatorId: 'patients-en-ald-sans-medecin-traitant-test', value: 80, note: 'Liste CPAM reçue' },
        { indicatorId: 'partenariat-cpam', value: 1 },
      ],
    });
    expect(typed.statusCode, typed.body).toBe(200);
    const line = typed.json().lines.find((l: { indicatorId: string }) => l.indicatorId === 'patients-en-ald-sans-medecin-traitant-test');
    expect(line).toMatchObject({ value: 80, source: 'typed', tierIndex: 1, earnedCents: 600_000, tierText: 'Palier 2 sur 3' });
    const unknown = await inject('PUT', `${year(1)}/values`, coordinator, { values: [{ indicatorId: 'inconnu', value: 3 }] });
    expect([unknown.statusCode, unknown.json().error.field]).toEqual([422, 'values[0].indicatorId']);
    const yesNo = await inject('PUT', `${year(1)}/values`, coordinator, { values: [{ indicatorId: 'medecins-sas', value: 3 }] });
    expect([yesNo.statusCode, yesNo.json().error.field]).toEqual([422, 'values[0].value']);
    expect((await inject('PUT', `${year(4)}/values`, coordinator, { values: [] })).statusCode).toBe(409);
  });

  it('previews a CPAM file with line-numbered rejections, then applies it without erasing the values it does not mention', async () => {
    const csv = [
      'Code;Indicateur;Valeur;Commentaire;Région',
      'patients-en-ald-sans-medecin-traitant-test;;45;Extraction du 02/04/2025;93',
      ';Patients de 70 ans et plus sans médecin traitant;1 204,5;;93',
      'inconnu;;12;;93',
      'c2s-ald-sans-medecin-traitant;;beaucoup;;93',
      'patients-en-ald-sans-medecin-traitant-test;;40;;93',
    ].join('\r\n');
    const preview = await inject('POST', `${year(1)}/import`, w.sessions.cpamPaca, { content: csv });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.applied).toBe(false);
    expect(body.rows.map((r: { line: number; indicatorId: string }) => [r.line, r.indicatorId])).toEqual([
      [2, 'patients-en-ald-sans-medecin-traitant-test'],
      [3, 'patients-70-sans-medecin-traitant'],
    ]);
    expect(body.rows[0].previousText).toBe('80 patients');
    expect(body.rejections.map((r: { line: number }) => r.line)).toEqual([4, 5, 6]);
    expect(body.rejections[0].message).toContain('« inconnu » inconnu');
    expect(body.columns.at(-1)).toEqual({ header: 'Région', readAsLabel: 'ignorée' });
    expect(
      body.assessment.lines.find((l: { indicatorId: string }) => l.indicatorId === 'patients-en-ald-sans-medecin-traitant-test').value,
    ).toBe(80);
    const applied = await inject('POST', `${year(1)}/import`, w.sessions.cpamPaca, { content: csv, apply: true });
    expect(applied.statusCode, applied.body).toBe(200);
    const lines = applied.json().assessment.lines as { indicatorId: string; value: number | null; source: string | null }[];
    expect(lines.find((l) => l.indicatorId === 'patients-en-ald-sans-medecin-traitant-test')).toMatchObject({
      value: 45,
      source: 'imported',
    });
    expect(lines.find((l) => l.indicatorId === 'patients-70-sans-medecin-traitant')).toMatchObject({ value: 1204.5 });
    expect(lines.find((l) => l.indicatorId === 'partenariat-cpam')).toMatchObject({ value: 1, source: 'typed' });
    const header = await inject('POST', `${year(1)}/import`, coordinator, { content: 'a;b\n1;2' });
    expect(header.json().rejections[0]).toMatchObject({ line: 1 });
  });

  it('computes what Maillon counts, saying how', async () => {
    const computed = await inject('POST', `${year(1)}/computed`, coordinator);
    expect(computed.statusCode, computed.body).toBe(200);
    const line = computed.json().lines.find((l: { indicatorId: string }) => l.indicatorId === 'adherents-de-la-cpts');
    expect(line).toMatchObject({ value: 2, source: 'computed', earnedCents: 100_000 });
    expect(line.computed.explanation).toContain('14/03/2025');
    expect(line.note).toContain('registre des adhérents');
  });

  let evidenceId: string;
  it('takes evidence files checked by their bytes and size, lists, downloads and deletes them, auditing each', async () => {
    const auditOf = async (route: string) =>
      t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.route, route)).orderBy(desc(schema.auditLog.id));
    const uploaded = await upload(1, 'Liste ALD – avril.pdf', PDF_BYTES, coordinator, 'patients-en-ald-sans-medecin-traitant-test');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    evidenceId = uploaded.json().id;
    expect(uploaded.json()).toMatchObject({ typeLabel: 'PDF', sizeBytes: PDF_BYTES.length, fileName: 'Liste ALD – avril.pdf' });
    expect((await auditOf('PUT /api/contracts/:id/assessments/:contractYear/evidence'))[0]).toMatchObject({
      action: 'create',
      entity: 'evidenceFile',
    });
    const png = await upload(1, 'capture.png', PNG_BYTES, w.sessions.cpamPaca);
    expect(png.json().typeLabel).toBe('PNG');
    const disguised = await upload(1, 'faux.pdf', Buffer.from('MZ\x90\x00 un exécutable'));
    expect([disguised.statusCode, disguised.json().error.field]).toEqual([422, 'file']);
    const csv = await upload(1, 'liste.csv', Buffer.from('code;valeur\nx;1\n'));
    expect(csv.json().typeLabel).toBe('CSV');
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(1, 'gros.pdf', big);
    expect([tooBig.statusCode, tooBig.json().error.message]).toEqual([422, 'Le fichier dépasse la taille maximale de 10 Mo.']);
    expect((await upload(1, 'x.pdf', PDF_BYTES, cpamVar)).statusCode).toBe(404);
    const listed = (await inject('GET', year(1), w.sessions.arsPaca)).json().evidence;
    expect(listed.map((e: { fileName: string }) => e.fileName)).toEqual(['Liste ALD – avril.pdf', 'capture.png', 'liste.csv']);
    const download = await inject('GET', `/api/evidence/${evidenceId}`, w.sessions.cpamPaca);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Liste%20ALD%20%E2%80%93%20avril.pdf");
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect((await auditOf('GET /api/evidence/:evidenceId'))[0]).toMatchObject({ action: 'read', entity: 'evidenceFile' });
    expect((await inject('GET', `/api/evidence/${evidenceId}`, cpamVar)).statusCode).toBe(404);
    expect((await inject('GET', `/api/evidence/${evidenceId}`, portalUser)).statusCode).toBe(404);
    const pngId = png.json().id;
    expect((await inject('DELETE', `/api/evidence/${pngId}`, coordinator)).statusCode).toBe(204);
    expect((await auditOf('DELETE /api/evidence/:evidenceId'))[0]).toMatchObject({ action: 'delete', recordIds: [pngId] });
    expect((await inject('GET', `/api/evidence/${pngId}`, coordinator)).statusCode).toBe(404);
  });

  it('is closed by a regulator on its date: the variable part enters the schedule and the year no longer changes', async () => {
    expect((await inject('POST', `${year(1)}/close`, coordinator, { assessedOn: '2025-04-15' })).statusCode).toBe(403);
    const future = await inject('POST', `${year(1)}/close`, w.sessions.cpamPaca, { assessedOn: '2027-01-01' });
    expect([future.statusCode, future.json().error.field]).toEqual([422, 'assessedOn']);
    const closed = await inject('POST', `${year(1)}/close`, w.sessions.cpamPaca, { assessedOn: '2025-04-15' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', assessedOn: '2025-04-15', permissions: { edit: false, close: true } });
    // ALD 45 ≤ 50: 9 000 €; 70+: 1 204,5 > 203, nothing; partnership 2 000 €; members 1 000 €: 12 000 € on access.
    const access = closed.json().missions.find((m: { mission: string }) => m.mission === 'accessToCare');
    expect(access.payableCents).toBe(1_200_000);
    const schedule = (await inject('GET', `/api/contracts/${contract}`, coordinator)).json().schedule.rows;
    expect(schedule.find((r: { date: string; kind: string }) => r.date === '2025-04-15' && r.kind === 'Part variable')).toMatchObject({
      amountCents: 1_200_000,
      item: 'Accès aux soins',
    });
    expect((await inject('PUT', `${year(1)}/values`, coordinator, { values: [] })).statusCode).toBe(409);
    expect((await upload(1, 'tard.pdf', PDF_BYTES)).statusCode).toBe(409);
    expect((await inject('DELETE', `/api/evidence/${evidenceId}`, coordinator)).statusCode).toBe(409);
    const locked = await inject('PUT', `${indicators()}/partenariat-cpam`, coordinator, {
      ...tiered,
      label: 'Partenariat',
      unit: 'oui/non',
      direction: 'higher',
      tiers: [{ threshold: 1, amountCents: 100 }],
    });
    expect(locked.statusCode).toBe(409);
    expect((await inject('DELETE', `${indicators()}/partenariat-cpam`, coordinator)).statusCode).toBe(409);
    expect(
      (await inject('GET', indicators(), coordinator)).json().items.find((i: { id: string }) => i.id === 'partenariat-cpam').locked,
    ).toBe(true);
    const reopened = await inject('POST', `${year(1)}/reopen`, w.sessions.arsPaca);
    expect(reopened.json().status).toBe('inProgress');
    const again = await inject('POST', `${year(1)}/close`, w.sessions.arsPaca, { assessedOn: '2025-04-20' });
    expect(again.json().assessedOn).toBe('2025-04-20');
  });

  it('generates the annual activity report in PDF (paginated, French formats) and XLSX from the data', async () => {
    const pdf = await inject('GET', `${year(1)}/report.pdf`, w.sessions.cpamPaca);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('rapport-activite-cpts-test-du-bilan-annee-1.pdf');
    const text = pdfText(pdf.rawPayload).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain("Rapport annuel d'activité");
    expect(text).toContain('CPTS test du Bilan — année 1 du contrat ACI (du 15/03/2024 au 14/03/2025)');
    expect(text).toContain('Signé le : 15/03/2024');
    expect(text).toContain('Accès aux soins');
    expect(text).toContain('Valeur : 45 patients (Fichier CPAM) — Palier 3 sur 3 — acquis : 9 000,00 €');
    expect(text).toContain('Total de la part variable : 12 000,00 €');
    expect(text).toContain('Adhérents au 14/03/2025 : 2');
    expect(text).toContain("Départs pendant l'année : 1");
    const pages = text.split('\f');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)).toContain(`CPTS test du Bilan — rapport annuel d'activité, année 1 · page ${pages.length} / ${pages.length}`);
    expect(pages[0]).toContain(`page 1 / ${pages.length}`);

    const xlsx = await inject('GET', `${year(1)}/report.xlsx`, coordinator);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Synthèse',
      'Missions',
      'Indicateurs',
      'Part variable',
      'Montants',
      'Adhésion',
      'Justificatifs',
    ]);
    const summary = workbook.getWorksheet('Synthèse');
    expect(summary?.getRow(1).values).toEqual([undefined, "Rapport annuel d'activité", 'CPTS test du Bilan']);
    const sheet = workbook.getWorksheet('Indicateurs');
    const rows = sheet?.getSheetValues().filter(Boolean) as unknown[][];
    const ald = rows.find((r) => r[2] === 'Patients en ALD sans médecin traitant (test)');
    expect([ald?.[6], ald?.[7], ald?.[8], ald?.[9]]).toEqual([45, 'Fichier CPAM', 'Palier 3 sur 3', 9000]);
    const variable = workbook.getWorksheet('Part variable')?.getRow(2).values as unknown[];
    expect([variable[1], variable[4]]).toEqual(['Accès aux soins', 12000]);
    const membership = workbook.getWorksheet('Adhésion')?.getRow(2).values as unknown[];
    expect(membership.slice(1)).toEqual(['Adhérents au 14/03/2025', 2]);
    const evidence = workbook.getWorksheet('Justificatifs')?.getRow(2).values as unknown[];
    expect(evidence[1]).toBe('Liste ALD – avril.pdf');
  });
});
