import type { EngagementSummaryDto, NonMembersPageDto, PartnersDto } from '@maillon/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEngagement } from '../../test/engagement-fixtures.ts';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

describe.each(testDatabases())('engagement (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    await seedEngagement(t.ctx.database.db, { paca: w.cptsPaca, ara: w.cptsAra }, TEST_NOW);
  });
  afterAll(() => t.close());

  const get = (path: string, role: keyof World['sessions'] = 'coordPaca') =>
    t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}${path}`, ...as(w.sessions[role]) });
  const nonMembers = async (query = ''): Promise<NonMembersPageDto> => {
    const response = await get(`/engagement/non-members${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('gives members among the professionals of the territory per profession ("1 adhérent sur 2")', async () => {
    const response = await get('/engagement', 'arsPaca');
    expect(response.statusCode, response.body).toBe(200);
    const s: EngagementSummaryDto = response.json();
    expect(s.professions.map((l) => [l.label, l.members, l.professionals, l.rate])).toEqual([
      ['Médecine générale', 1, 2, 0.5],
      ['Médecin (autres spécialités)', 0, 1, 0],
      ['Infirmier', 0, 1, 0],
    ]);
    expect(s.total).toMatchObject({ members: 1, professionals: 4, rate: 0.25 });
  });

  it('gives the same per commune, every commune of the territory listed', async () => {
    const s: EngagementSummaryDto = (await get('/engagement')).json();
    expect(s.units.map((l) => [l.key, l.members, l.professionals, l.rate])).toEqual([
      ['04001', 1, 2, 0.5],
      ['04070', 1, 3, 0.333],
      ['04161', 0, 0, null],
    ]);
    expect(s.units[0]?.label).toBe('Aiglun');
  });

  it('follows members month by month from their joining and leaving dates', async () => {
    const s: EngagementSummaryDto = (await get('/engagement')).json();
    expect(s.series.map((p) => [p.month, p.members, p.membersOnTerritory])).toEqual([
      ['2026-08', 1, 1],
      ['2026-09', 2, 2],
      ['2026-10', 2, 1],
      ['2026-11', 2, 1],
    ]);
    expect(s.series.at(-1)?.asOf).toBe('2026-11-22');
    expect(s.members).toEqual({ activeProfessionals: 2, activeStructures: 2, requested: 2, professionalsOffDirectory: 1 });
    expect(s.sources.directoryImported).toBe(false);
  });

  it('lists the professionals to invite: present on the territory, neither member nor asking to join', async () => {
    const page = await nonMembers();
    expect(page.total).toBe(2);
    expect(page.items.map((r) => [r.lastName, r.professionLabel, r.invitation])).toEqual([
      ['Bernard', 'Médecine générale', null],
      ['Durand', 'Infirmier', null],
    ]);
    expect(page.items[0]).toMatchObject({
      structureName: 'Cabinet du Pied de Ville',
      phone: '04 92 31 00 00',
      email: 'cabinet.piedville@exemple.fr',
      commune: 'Digne-les-Bains',
      otherCommunes: [],
    });
    expect(page.professions.map((p) => p.key)).toEqual(['generalPractice', '10', '60']);
  });

  it('filters the list by profession, commune and invitation, and pages it', async () => {
    expect((await nonMembers('?profession=generalPractice')).items.map((r) => r.idNatPs)).toEqual(['810000000002']);
    expect((await nonMembers('?profession=10')).total).toBe(0);
    const aiglun = await nonMembers('?unit=04001');
    expect(aiglun.items.map((r) => [r.lastName, r.commune])).toEqual([['Durand', 'Aiglun']]);
    expect((await nonMembers('?invited=yes')).total).toBe(0);
    const paged = await nonMembers('?limit=1&offset=1');
    expect([paged.total, paged.items.map((r) => r.lastName)]).toEqual([2, ['Durand']]);
    const outside = await get('/engagement/non-members?unit=04112');
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.field).toBe('unit');
    const malformed = await get('/engagement/non-members?limit=0');
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().error.field).toBe('limit');
  });

  it('exports the list as a French CSV with the public registry fields only', async () => {
    const response = await get('/engagement/non-members.csv?profession=generalPractice');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/professionnels-a-inviter-cpts-test-digne-2026-11-22\.csv/);
    const lines = response.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Nom;Prénom;Civilité;Profession;Spécialité;Structure d'exercice;/);
    expect(lines[1]).toContain('Bernard;Camille;DR;Médecine générale;Médecine générale;Cabinet du Pied de Ville;');
    expect(lines[1]).toContain('04 92 31 00 00;cabinet.piedville@exemple.fr');
  });

  it('exports the list as a workbook', async () => {
    const response = await get('/engagement/non-members.xlsx');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Professionnels à inviter');
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(3).getCell(1).value).toBe('Durand');
    expect(sheet?.getRow(3).getCell(13).value).toBe('Non invité');
  });

  it('lists partners with their link: establishments, communes, EPCI and member associations', async () => {
    const response = await get('/engagement/partners');
    expect(response.statusCode, response.body).toBe(200);
    const p: PartnersDto = response.json();
    expect(p.establishments.map((e) => [e.name, e.commune, e.membership?.status ?? null])).toEqual([
      ['MSP des Duyes', 'Aiglun', 'active'],
      ['Pharmacie du Pré de Foire', 'Digne-les-Bains', null],
    ]);
    expect(p.communes.map((c) => [c.name, c.membership?.label ?? null])).toEqual([
      ['Aiglun', null],
      ['Digne-les-Bains', 'Demande en attente'],
      ['Méolans-Revel', null],
    ]);
    expect(p.epcis.length).toBeGreaterThanOrEqual(1);
    expect(p.epcis.every((e) => e.name.length > 3 && e.membership === null)).toBe(true);
    expect(p.associations).toEqual([
      expect.objectContaining({
        name: 'Association des usagers du Pays dignois',
        structureTypeLabel: "Association d'usagers",
        joinedOn: '2026-09-01',
      }),
    ]);
  });
});
