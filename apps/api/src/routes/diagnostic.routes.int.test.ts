import type { DiagnosticDto } from '@maillon/contracts';
import { schema } from '@maillon/db';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureProfessional, insertEstablishments, insertImportRun, insertProfessionals } from '../../test/directory-rows.ts';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';

const gp = (idNatPs: string, ...units: string[]): FixtureProfessional => ({
  idNatPs,
  lastName: `Généraliste ${idNatPs}`,
  professionCode: '10',
  professionLabel: 'Médecin',
  activities: units.map((unitCode) => ({ unitCode, generalPractice: true, specialtyLabel: 'Médecine générale' })),
});
const nurse = (idNatPs: string, unitCode: string, present = true): FixtureProfessional => ({
  idNatPs,
  lastName: `Infirmier ${idNatPs}`,
  professionCode: '60',
  professionLabel: 'Infirmier',
  present,
  activities: [{ unitCode }],
});

/**
 * Territory (PACA_UNITS: Digne 04070, Aiglun 04001, Méolans-Revel 04161): 2 GPs (one practising
 * in two of its communes), 1 cardiologist, 1 nurse. Manosque (04112, same département), Marseille
 * 1er (13201, same region) and Bourg-en-Bresse (01053, France only) hold the others; absent
 * people and activities never count.
 */
const PEOPLE: FixtureProfessional[] = [
  gp('810000000001', '04070', '04001'),
  {
    ...gp('810000000002', '04070'),
    activities: [
      { unitCode: '04070', generalPractice: true, modeCode: 'L' },
      { unitCode: '04070', generalPractice: true, modeCode: 'S' },
      { unitCode: '13201' },
    ],
  },
  {
    idNatPs: '810000000003',
    lastName: 'Cardiologue',
    professionCode: '10',
    professionLabel: 'Médecin',
    activities: [{ unitCode: '04070', specialtyLabel: 'Cardiologie', modeCode: 'S' }],
  },
  nurse('810000000004', '04001'),
  nurse('810000000005', '04112'),
  nurse('810000000006', '04070', false),
  {
    idNatPs: '810000000007',
    lastName: 'Kiné',
    professionCode: '70',
    professionLabel: 'Masseur-kinésithérapeute',
    activities: [{ unitCode: '04070', present: false }],
  },
  {
    idNatPs: '810000000008',
    lastName: 'Pharmacien',
    professionCode: '21',
    professionLabel: 'Pharmacien',
    activities: [{ unitCode: '13201' }],
  },
  gp('810000000009', '01053'),
];

const line = (d: DiagnosticDto, key: string) => d.professions.find((l) => l.key === key)?.cells.map((c) => c.count);

describe.each(testDatabases())('territorial diagnostic (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let territoryPopulation: number;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    const db = t.ctx.database.db;
    const rows = await db
      .select({ population: sql<number>`sum(${schema.units.population})::int` })
      .from(schema.units)
      .where(sql`${schema.units.code} in ('04070', '04001', '04161')`);
    territoryPopulation = rows[0]?.population ?? 0;
  });
  afterAll(() => t.close());

  const get = (url: string, role: keyof World['sessions'] = 'coordPaca') => t.app.inject({ method: 'GET', url, ...as(w.sessions[role]) });
  const post = (url: string, payload: unknown, role: keyof World['sessions'] = 'coordPaca') =>
    t.app.inject({ method: 'POST', url, payload: payload as object, ...as(w.sessions[role]) });

  it('gives the legal population and says the directory is not imported yet', async () => {
    const response = await get(`/api/cpts/${w.cptsPaca}/diagnostic`);
    expect(response.statusCode, response.body).toBe(200);
    const d: DiagnosticDto = response.json();
    expect(d.scopes.map((s) => s.key)).toEqual(['territory', 'departement:04', 'region:93', 'france']);
    expect(d.scopes[0]?.population).toBe(territoryPopulation);
    expect(territoryPopulation).toBeGreaterThan(15_000);
    expect(d.scopes[1]?.label).toBe('Alpes-de-Haute-Provence (04)');
    expect(d.scopes[3]?.population).toBeGreaterThan(60_000_000);
    expect(d.professions).toEqual([]);
    expect(d.sources.directoryImported).toBe(false);
    expect(d.sources.note).toMatch(/^Annuaire non importé/);
  });

  describe('with a directory', () => {
    beforeAll(async () => {
      const db = t.ctx.database.db;
      await insertProfessionals(db, PEOPLE, TEST_NOW);
      await insertEstablishments(db, [
        { finessSite: '040000001', name: 'Pharmacie du Pré de Foire', kind: 'pharmacy', unitCode: '04070' },
        { finessSite: '040000002', name: 'Pharmacie fermée', kind: 'pharmacy', unitCode: '04070', present: false },
        { finessSite: '040000003', name: 'MSP des Duyes', kind: 'msp', unitCode: '04001' },
        { finessSite: '040000004', name: 'EHPAD de Manosque', kind: 'ehpad', unitCode: '04112' },
        { finessSite: '130000001', name: 'Hôpital de la Timone', kind: 'hospital', unitCode: '13201' },
      ]);
      await insertImportRun(db, {
        kind: 'rpps',
        sourceName: 'PS_LibreAcces_Personne_activite.txt',
        status: 'applied',
        finishedAt: TEST_NOW,
      });
      await insertImportRun(db, {
        kind: 'finess',
        sourceName: 'etalab-finess-ancien.csv',
        status: 'applied',
        finishedAt: new Date('2026-10-01T08:00:00Z'),
      });
      await insertImportRun(db, {
        kind: 'finess',
        sourceName: 'etalab-finess-echoue.csv',
        status: 'failed',
        finishedAt: new Date('2026-11-01T08:00:00Z'),
      });
    });

    it('counts distinct present professionals per profession, general practice on its own line', async () => {
      const d: DiagnosticDto = (await get(`/api/cpts/${w.cptsPaca}/diagnostic`)).json();
      expect(d.professions.map((l) => l.label)).toEqual(['Médecine générale', 'Médecin (autres spécialités)', 'Pharmacien', 'Infirmier']);
      expect(line(d, 'generalPractice')).toEqual([2, 2, 2, 3]);
      expect(line(d, '10')).toEqual([1, 1, 1, 1]);
      expect(line(d, '60')).toEqual([1, 2, 2, 2]);
      expect(line(d, '21')).toEqual([0, 0, 1, 1]);
      expect(d.professionsTotal.cells.map((c) => c.count)).toEqual([4, 5, 6, 7]);
      const expected = Math.round((2 / territoryPopulation) * 10_000 * 100) / 100;
      expect(d.professions[0]?.cells[0]?.densityPer10k).toBe(expected);
    });

    it('splits the territory’s professionals into liberal (exclusive or mixed) and salaried-only practice', async () => {
      const d: DiagnosticDto = (await get(`/api/cpts/${w.cptsPaca}/diagnostic`)).json();
      const practice = (key: string) => d.professions.find((l) => l.key === key)?.practice;
      // The second GP practises both ways: liberal. The cardiologist is salaried only. Modes not given count in neither.
      expect(practice('generalPractice')).toEqual({ liberal: 1, salaried: 0 });
      expect(practice('10')).toEqual({ liberal: 0, salaried: 1 });
      expect(d.professionsTotal.practice).toEqual({ liberal: 1, salaried: 1 });
      expect(d.establishmentsTotal.practice).toBeNull();
    });

    it('compares only with scopes the directory covers: no density for France from a few départements', async () => {
      const d: DiagnosticDto = (await get(`/api/cpts/${w.cptsPaca}/diagnostic`)).json();
      const [, departement, region, france] = d.scopes;
      expect(departement?.directoryCoverage).toEqual({ departements: 1, withDirectory: 1, comparable: true });
      expect(region?.directoryCoverage.comparable).toBe(false);
      expect(france?.directoryCoverage).toMatchObject({ comparable: false });
      expect(france?.directoryCoverage.departements).toBeGreaterThan(95);
      const gp = d.professions[0]?.cells ?? [];
      expect(gp[1]?.territoryRatio).not.toBeNull();
      expect([gp[3]?.count, gp[3]?.densityPer10k, gp[3]?.territoryRatio]).toEqual([3, null, null]);
    });

    it('counts present establishments per kind, in each scope', async () => {
      const d: DiagnosticDto = (await get(`/api/cpts/${w.cptsPaca}/diagnostic`)).json();
      const kinds = Object.fromEntries(d.establishments.map((l) => [l.key, l.cells.map((c) => c.count)]));
      expect(kinds).toEqual({ msp: [1, 1, 1, 1], hospital: [0, 0, 1, 1], ehpad: [0, 1, 1, 1], pharmacy: [1, 1, 1, 1] });
      expect(d.establishmentsTotal.cells.map((c) => c.count)).toEqual([2, 3, 4, 4]);
    });

    it('names the latest applied import of each file as the data vintage', async () => {
      const d: DiagnosticDto = (await get(`/api/cpts/${w.cptsPaca}/diagnostic`)).json();
      expect(d.sources.directoryImported).toBe(true);
      expect(d.sources.imports.map((i) => [i.kind, i.sourceName])).toEqual([
        ['rpps', 'PS_LibreAcces_Personne_activite.txt'],
        ['finess', 'etalab-finess-ancien.csv'],
      ]);
      expect(d.sources.note).toContain('importé le 22/11/2026');
      expect(d.sources.note).toContain('COG');
    });

    it('exports the diagnostic as a French workbook whose figures match the API', async () => {
      const d: DiagnosticDto = (await get(`/api/cpts/${w.cptsPaca}/diagnostic`)).json();
      const response = await get(`/api/cpts/${w.cptsPaca}/diagnostic.xlsx`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(response.headers['content-disposition']).toMatch(/attachment; filename="diagnostic-cpts-test-digne-2026-11-22\.xlsx"/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Synthèse', 'Professions', 'Établissements', 'Comparaison']);
      const summary = workbook.getWorksheet('Synthèse');
      const value = (label: string) => {
        let found: unknown;
        summary?.eachRow((row) => {
          if (row.getCell(1).value === label) found = row.getCell(2).value;
        });
        return found;
      };
      expect(value('Population légale')).toBe(d.scopes[0]?.population);
      expect(value('Professionnels de santé')).toBe(4);
      expect(String(value('Sources'))).toContain('PS_LibreAcces_Personne_activite.txt');
      const professions = workbook.getWorksheet('Professions');
      expect(professions?.getRow(1).values).toEqual([
        undefined,
        'Profession',
        'Effectif',
        'dont libéral',
        'dont salarié seul',
        'Pour 10 000 habitants',
      ]);
      expect(professions?.getRow(2).values).toEqual([undefined, 'Médecine générale', 2, 1, 0, d.professions[0]?.cells[0]?.densityPer10k]);
      const comparison = workbook.getWorksheet('Comparaison');
      expect(comparison?.getRow(1).getCell(4).value).toBe('Alpes-de-Haute-Provence (04) : effectif');
    });

    it('exports a printable PDF', async () => {
      const response = await get(`/api/cpts/${w.cptsPaca}/diagnostic.pdf`, 'arsPaca');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(response.rawPayload.length).toBeGreaterThan(2000);
    });

    it('diagnoses a draft perimeter across regions, compared with the region holding most of its people', async () => {
      const response = await post('/api/diagnostic', { units: ['04070', '01053', '04070'] }, 'arsAra');
      expect(response.statusCode, response.body).toBe(200);
      const d: DiagnosticDto = response.json();
      expect(d.perimeter).toMatchObject({ cptsId: null, unitCount: 2, regionCode: '84' });
      expect(d.scopes.map((s) => s.key)).toEqual(['territory', 'departement:01', 'departement:04', 'region:84', 'france']);
      expect(line(d, 'generalPractice')).toEqual([3, 1, 2, 1, 3]);
      const chosen: DiagnosticDto = (await post('/api/diagnostic', { units: ['04070', '01053'], regionCode: '93' })).json();
      expect(chosen.scopes.map((s) => s.key)).toContain('region:93');
    });

    it('follows every directory write, import or not, in the territory and its wider scopes', async () => {
      const before: DiagnosticDto = (await get(`/api/cpts/${w.cptsPaca}/diagnostic`)).json();
      const db = t.ctx.database.db;
      await insertProfessionals(db, [gp('810000000010', '04161'), gp('810000000011', '01053')], TEST_NOW);
      const after: DiagnosticDto = (await get(`/api/cpts/${w.cptsPaca}/diagnostic`)).json();
      expect(line(after, 'generalPractice')).toEqual([3, 3, 3, 5]);
      expect(line(before, 'generalPractice')).toEqual([2, 2, 2, 3]);
    });

    it('exports a draft perimeter too', async () => {
      const response = await post('/api/diagnostic.xlsx', { units: PACA_UNITS });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain('diagnostic-perimetre-etudie-');
    });
  });

  it('names the unknown unit, the empty perimeter and the unknown region of a draft', async () => {
    const unknown = await post('/api/diagnostic', { units: ['04070', '99999'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.field).toBe('units[1]');
    const empty = await post('/api/diagnostic', { units: [] });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.field).toBe('units');
    const region = await post('/api/diagnostic', { units: ['04070'], regionCode: '00' });
    expect(region.statusCode).toBe(422);
    expect(region.json().error.field).toBe('regionCode');
    const malformed = await post('/api/diagnostic', { units: '04070' });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().error.field).toBe('units');
  });

  it('diagnoses a CPTS without territory yet: zero population, compared with its region and France', async () => {
    const id = await t.addCpts({ name: 'CPTS test sans territoire', regionCode: '93', stage: 'contact', units: [] });
    const response = await get(`/api/cpts/${id}/diagnostic`, 'admin');
    expect(response.statusCode, response.body).toBe(200);
    const d: DiagnosticDto = response.json();
    expect(d.scopes.map((s) => [s.key, s.population > 0])).toEqual([
      ['territory', false],
      ['region:93', true],
      ['france', true],
    ]);
    expect(d.professionsTotal.cells[0]).toEqual({ count: 0, densityPer10k: null, territoryRatio: null });
    const engagement = await t.app.inject({ method: 'GET', url: `/api/cpts/${id}/engagement`, ...as(w.sessions.admin) });
    expect(engagement.statusCode, engagement.body).toBe(200);
    expect(engagement.json().total).toMatchObject({ professionals: 0, members: 0, rate: null });
  });

  it('answers 404 for an unknown CPTS and 422 for a malformed id', async () => {
    expect((await get(`/api/cpts/${crypto.randomUUID()}/diagnostic`)).statusCode).toBe(404);
    const malformed = await get('/api/cpts/abc/diagnostic.xlsx');
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().error.field).toBe('id');
  });
});
