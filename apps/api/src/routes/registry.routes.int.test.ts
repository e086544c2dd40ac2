import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

const FIXTURE = new URL('../../test/fixtures/registry/occitanie-registry.csv', import.meta.url);
const CEVENNES = 'Entre Châtaigne et Micocoule';

const base64 = (text: string | Buffer) => (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');

interface Line {
  lineNumber: number;
  name: string;
  outcome: string;
  outcomeLabel: string;
  cptsId: string | null;
  changes: string[];
  issues: { column: string | null; message: string; severity: string }[];
}

/** Issue #8 item 1: a region's registry loaded from CSV, previewed, applied once, re-run unchanged. */
describe.each(testDatabases())('registry CSV import (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let arsOcc: Session;
  let cpamGard: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    await t.addUser('ars.occitanie@test.fr', [{ role: 'ars', regionCode: '76' }]);
    await t.addUser('cpam.gard@test.fr', [{ role: 'cpam', regionCode: '76', departementCode: '30' }]);
    [arsOcc, cpamGard] = await Promise.all([t.login('ars.occitanie@test.fr'), t.login('cpam.gard@test.fr')]);
  });
  afterAll(() => t.close());

  const send = (content: string | Buffer, options: { apply?: boolean; session?: Session; region?: string } = {}) =>
    t.app.inject({
      method: 'POST',
      url: options.apply ? '/api/registry/imports' : '/api/registry/imports/preview',
      payload: { regionCode: options.region ?? '76', fileName: 'registre.csv', content: base64(content) },
      ...as(options.session ?? arsOcc),
    });
  const fixture = readFileSync(FIXTURE, 'utf8');
  const regionCpts = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/cpts?region=76', ...as(arsOcc) })).json().items as { id: string; name: string }[];

  it('is loaded by the ARS of the region only: not by a CPAM, another region or a coordination team', async () => {
    expect((await send(fixture, { session: cpamGard })).statusCode).toBe(403);
    expect((await send(fixture, { session: w.sessions.arsPaca })).statusCode).toBe(403);
    expect((await send(fixture, { session: w.sessions.coordPaca, apply: true })).statusCode).toBe(403);
    expect(await regionCpts()).toEqual([]);
  });

  it('previews the fixture without writing anything', async () => {
    const response = await send(fixture);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ applied: false, linesRead: 2, counts: { create: 2, update: 0, unchanged: 0, rejected: 0 } });
    const [cevennes] = report.lines as Line[];
    expect(cevennes).toMatchObject({ lineNumber: 8, name: CEVENNES, outcome: 'create', outcomeLabel: 'À créer', cptsId: null });
    expect(cevennes?.changes).toContain('Contrat ACI signé le 14/02/2020');
    expect(await regionCpts()).toEqual([]);
  });

  let cevennesId: string;
  it('applies it in one go, records the import in the audit trail and shows the mission deadlines from the real dates', async () => {
    const response = await send(fixture, { apply: true });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ applied: true, counts: { create: 2, rejected: 0 } });
    const created = await regionCpts();
    expect(created.map((c) => c.name).sort()).toEqual(['CPTS Exemple des Garrigues (fictive)', CEVENNES]);
    cevennesId = created.find((c) => c.name === CEVENNES)?.id as string;

    const detail = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cevennesId}`, ...as(arsOcc) })).json();
    expect(detail.stage).toBe('operating');
    expect(detail.history.find((h: { to: string }) => h.to === 'healthProjectValidated').occurredOn).toBe('2017-02-01');
    expect(detail.history.find((h: { to: string }) => h.to === 'aciSigned').occurredOn).toBe('2020-02-14');
    expect(detail.unitCount).toBe(5);

    const [contract] = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cevennesId}/contracts`, ...as(cpamGard) })).json().items;
    expect(contract).toMatchObject({ signedOn: '2020-02-14', sizeCategory: 1, population: 4226, populationVintage: 2017 });
    const deadlines = Object.fromEntries(
      contract.deadlines.map((d: { mission: string; startBy: string; deployedBy: string; startStatus: string }) => [
        d.mission,
        [d.startBy, d.deployedBy, d.startStatus],
      ]),
    );
    // ACI deadlines from the signature (docs/reference/aci.md §2); the crisis mission from avenant 2's effect (1 Jan 2022).
    expect(deadlines).toMatchObject({
      accessToCare: ['2020-08-14', '2021-08-14', 'done'],
      pathways: ['2021-02-14', '2022-02-14', 'late'],
      prevention: ['2021-02-14', '2022-02-14', 'late'],
      healthCrisis: ['2022-07-01', '2023-07-01', 'done'],
    });
    expect(contract.missions.find((m: { mission: string }) => m.mission === 'quality').startedOn).toBe('2020-09-15');

    const audit = (await t.app.inject({ method: 'GET', url: '/api/audit?entity=cptsRegistry', ...as(w.sessions.admin) })).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ action: 'import', recordCount: 2 });
  });

  it('changes nothing when the same file is loaded again, in UTF-8 or in Latin-1 with commas', async () => {
    const again = (await send(fixture, { apply: true })).json();
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, rejected: 0 });
    expect(again.lines.map((l: Line) => l.outcomeLabel)).toEqual(['Inchangé', 'Inchangé']);
    const commas = fixture
      .split('\r\n')
      .filter((l) => !l.startsWith('#'))
      .map((l) => l.replaceAll(';', ','))
      .join('\r\n');
    const latin1 = (await send(Buffer.from(commas, 'latin1'))).json();
    expect(latin1.counts).toEqual({ create: 0, update: 0, unchanged: 2, rejected: 0 });
    expect(await regionCpts()).toHaveLength(2);
  });

  it('rejects faulty lines with their number, column and a French reason, and applies the others', async () => {
    const header =
      'Nom;Forme juridique;Communes;Lettre d’intention validée;Projet de santé validé;Signature ACI;Population;Millésime population;Début accès soins';
    const file = [
      header,
      'CPTS Exemple A (fictive);Association loi 1901;30999;01/02/2021;;;;;',
      'CPTS Exemple B (fictive);Association loi 1901;30010|13001;01/02/2021;;;;;',
      'CPTS Exemple C (fictive);Association loi 1901;30189;01/02/2027;;;;;',
      'CPTS Exemple D (fictive);Association loi 1901;30189;01/02/2021;01/01/2021;;;;',
      'CPTS Exemple E (fictive);Association loi 1901;30189;01/02/2019;01/03/2019;01/07/2019;5000;2016;',
      'CPTS Exemple F (fictive);Association loi 1901;30189;01/02/2020;01/03/2020;01/07/2020;5000;2016;01/06/2020',
      `${CEVENNES};;;;;;;;`,
      'CPTS Exemple G (fictive);Association loi 1901;30189;01/02/2021;;;;;',
      'CPTS Exemple H (fictive);Association loi 1901;30269;01/02/2021;;;;;',
    ].join('\n');
    const report = (await send(file, { apply: true })).json();
    const rejected = (report.lines as Line[])
      .filter((l) => l.outcome === 'rejected')
      .map((l) => [l.lineNumber, l.issues[0]?.column, l.issues[0]?.message]);
    expect(rejected).toEqual([
      [2, 'Communes', expect.stringMatching(/^Commune inconnue : « 30999 »/)],
      [3, 'Communes', expect.stringMatching(/Aix-en-Provence \(13001\) est une commune d'une autre région/)],
      [4, 'Lettre d’intention validée', expect.stringMatching(/futur/)],
      [5, 'Projet de santé validé', expect.stringMatching(/ne peut pas précéder l'étape précédente/)],
      [6, 'Signature ACI', expect.stringMatching(/avant l'entrée en vigueur de l'accord, le 25\/08\/2019/)],
      [7, 'Début accès soins', expect.stringMatching(/ne peut pas démarrer avant la signature du contrat/)],
    ]);
    expect(report.counts).toEqual({ create: 2, update: 0, unchanged: 1, rejected: 6 });
    // An overlap is a warning shown with the line, not a refusal (docs/reference/cpts-lifecycle.md §3).
    const overlapping = (report.lines as Line[]).find((l) => l.lineNumber === 10);
    expect(overlapping?.outcome).toBe('create');
    expect(overlapping?.issues).toEqual([
      {
        column: 'Communes',
        severity: 'warning',
        message: expect.stringMatching(/^Territoire partagé avec « Entre Châtaigne et Micocoule » : 1 commune/),
      },
    ]);
    // The partial line (name only) kept the Cévennes CPTS as it was: no step, commune or contract removed.
    const detail = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cevennesId}`, ...as(arsOcc) })).json();
    expect([detail.stage, detail.unitCount]).toEqual(['operating', 5]);
    expect((await regionCpts()).map((c) => c.name)).toContain('CPTS Exemple G (fictive)');
    expect((await regionCpts()).map((c) => c.name)).not.toContain('CPTS Exemple A (fictive)');
  });

  it('refuses a file that is not a registry, and an unknown region, in French with the field', async () => {
    const notCsv = await send('bonjour\n');
    expect([notCsv.statusCode, notCsv.json().error.field]).toEqual([422, 'file']);
    const template = await t.app.inject({ method: 'GET', url: '/api/registry/template.csv', ...as(arsOcc) });
    expect(template.headers['content-type']).toMatch(/text\/csv/);
    expect(template.body).toMatch(/^\uFEFF# Registre des CPTS/);
    const empty = (await send(template.body)).json();
    expect(empty).toMatchObject({ linesRead: 0, counts: { create: 0, rejected: 0 } });
  });
});
