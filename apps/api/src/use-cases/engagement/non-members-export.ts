import type { NonMemberDto } from '@maillon/contracts';
import { formatDateCell } from '@maillon/domain';
import { styleHeader } from '../diagnostic/diagnostic-xlsx.ts';
import { newWorkbook } from '../documents/workbook.ts';
import { toCsv } from './csv.ts';

/** Public registry fields only (RPPS), with the structure's contacts as published (issue #3 point 5). */
const COLUMNS: { header: string; width: number; value: (row: NonMemberDto) => string | null }[] = [
  { header: 'Nom', width: 22, value: (r) => r.lastName },
  { header: 'Prénom', width: 18, value: (r) => r.firstName },
  { header: 'Civilité', width: 9, value: (r) => r.civility },
  { header: 'Profession', width: 26, value: (r) => r.professionLabel },
  { header: 'Spécialité', width: 24, value: (r) => r.specialtyLabel },
  { header: "Structure d'exercice", width: 30, value: (r) => r.structureName },
  { header: 'Adresse', width: 30, value: (r) => r.address },
  { header: 'Code postal', width: 11, value: (r) => r.postalCode },
  { header: 'Commune', width: 22, value: (r) => r.commune },
  { header: 'Téléphone de la structure', width: 18, value: (r) => r.phone },
  { header: 'Courriel de la structure', width: 28, value: (r) => r.email },
  { header: 'Autres communes du territoire', width: 28, value: (r) => r.otherCommunes.join(', ') || null },
  { header: 'Invitation', width: 22, value: (r) => r.invitation?.statusLabel ?? 'Non invité' },
  { header: "Date d'invitation", width: 14, value: (r) => (r.invitation ? formatDateCell(r.invitation.sentOn) : null) },
  { header: 'Identification nationale (RPPS)', width: 20, value: (r) => r.idNatPs },
];

export const NON_MEMBERS_SOURCE = 'Source : RPPS (annuaire public des professionnels de santé).';

export function nonMembersCsv(rows: readonly NonMemberDto[]): string {
  return toCsv(
    COLUMNS.map((c) => c.header),
    rows.map((row) => COLUMNS.map((c) => c.value(row))),
  );
}

export async function nonMembersWorkbook(options: {
  cptsName: string;
  rows: readonly NonMemberDto[];
  generatedOn: string;
}): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Maillon';
  workbook.title = `Professionnels à inviter : ${options.cptsName}`;
  const sheet = workbook.addWorksheet('Professionnels à inviter');
  sheet.addRow(COLUMNS.map((c) => c.header));
  for (const row of options.rows) sheet.addRow(COLUMNS.map((c) => c.value(row)));
  styleHeader(
    sheet,
    COLUMNS.map((c) => c.width),
  );
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const about = workbook.addWorksheet('À propos');
  about.addRow(['CPTS', options.cptsName]);
  about.addRow(['Établi le', formatDateCell(options.generatedOn)]);
  about.addRow(['Professionnels', options.rows.length]);
  about.addRow(['Source', NON_MEMBERS_SOURCE]);
  about.getColumn(1).width = 18;
  about.getColumn(2).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
