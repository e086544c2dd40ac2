import type { DiagnosticDto, DiagnosticLineDto } from '@maillon/contracts';
import { formatDate } from '@maillon/domain';
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../documents/workbook.ts';

const COUNT_FORMAT = '#,##0';
const DENSITY_FORMAT = '#,##0.00';

/** Bold header row with a light fill, frozen, columns sized. */
export function styleHeader(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

function summarySheet(workbook: ExcelJS.Workbook, diagnostic: DiagnosticDto): void {
  const sheet = workbook.addWorksheet('Synthèse');
  const territory = diagnostic.scopes[0];
  const comparisons = diagnostic.scopes.slice(1);
  sheet.addRow(['Diagnostic territorial', diagnostic.perimeter.name]);
  if (diagnostic.perimeter.isDemo) sheet.addRow(['Avertissement', 'Donnée de démonstration (CPTS fictive)']);
  sheet.addRow(['Communes', diagnostic.perimeter.unitCount]);
  sheet.addRow(['Population légale', territory?.population ?? 0]).getCell(2).numFmt = COUNT_FORMAT;
  sheet.addRow(['Comparé avec', comparisons.map((s) => s.label).join(', ')]);
  sheet.addRow(['Professionnels de santé', diagnostic.professionsTotal.cells[0]?.count ?? 0]).getCell(2).numFmt = COUNT_FORMAT;
  const density = sheet.addRow(['Professionnels pour 10 000 habitants', diagnostic.professionsTotal.cells[0]?.densityPer10k ?? null]);
  density.getCell(2).numFmt = DENSITY_FORMAT;
  sheet.addRow(['Établissements', diagnostic.establishmentsTotal.cells[0]?.count ?? 0]).getCell(2).numFmt = COUNT_FORMAT;
  sheet.addRow(['Annuaire importé', diagnostic.sources.directoryImported ? 'oui' : 'non (annuaire non importé)']);
  for (const source of diagnostic.sources.imports) {
    sheet.addRow([`Source : ${source.label}`, `fichier « ${source.sourceName} », importé le ${formatDate(new Date(source.finishedAt))}`]);
  }
  sheet.addRow(['Population', diagnostic.sources.populationSource]);
  sheet.addRow(['Sources', diagnostic.sources.note]);
  sheet.addRow(['Établi le', formatDate(new Date(diagnostic.generatedAt))]);
  sheet.addRow(['Note', 'Effectifs publics du RPPS et du FINESS, présentés sans masquage des petits effectifs.']);
  sheet.getColumn(1).width = 38;
  sheet.getColumn(2).width = 90;
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
}

function territorySheet(
  workbook: ExcelJS.Workbook,
  options: { name: string; header: string; lines: DiagnosticLineDto[]; total: DiagnosticLineDto },
) {
  const sheet = workbook.addWorksheet(options.name);
  // Professionals are split by mode of practice (docs/reference/directory.md §5); establishments are not.
  const practice = options.total.practice !== null;
  sheet.addRow([options.header, 'Effectif', ...(practice ? ['dont libéral', 'dont salarié seul'] : []), 'Pour 10 000 habitants']);
  for (const line of [...options.lines, options.total]) {
    const split = practice ? [line.practice?.liberal ?? 0, line.practice?.salaried ?? 0] : [];
    const row = sheet.addRow([line.label, line.cells[0]?.count ?? 0, ...split, line.cells[0]?.densityPer10k ?? null]);
    for (let i = 2; i < 2 + 1 + split.length; i++) row.getCell(i).numFmt = COUNT_FORMAT;
    row.getCell(3 + split.length).numFmt = DENSITY_FORMAT;
    if (line === options.total) row.font = { bold: true };
  }
  styleHeader(sheet, practice ? [48, 14, 14, 16, 22] : [48, 14, 22]);
}

function comparisonSheet(workbook: ExcelJS.Workbook, diagnostic: DiagnosticDto): void {
  const sheet = workbook.addWorksheet('Comparaison');
  const [territory, ...others] = diagnostic.scopes;
  sheet.addRow([
    'Indicateur',
    `${territory?.label ?? 'Territoire'} : effectif`,
    `${territory?.label ?? 'Territoire'} : pour 10 000 hab.`,
    ...others.flatMap((s) => [`${s.label} : effectif`, `${s.label} : pour 10 000 hab.`, `Territoire / ${s.label}`]),
  ]);
  sheet.addRow([
    'Population légale',
    ...diagnostic.scopes.flatMap((s, i) => (i === 0 ? [s.population, null] : [s.population, null, null])),
  ]);
  const addLine = (line: DiagnosticLineDto, bold = false) => {
    const values = line.cells.flatMap((cell, i) =>
      i === 0 ? [cell.count, cell.densityPer10k] : [cell.count, cell.densityPer10k, cell.territoryRatio],
    );
    const row = sheet.addRow([line.label, ...values]);
    if (bold) row.font = { bold: true };
  };
  sheet.addRow(['Professionnels de santé']).font = { italic: true };
  for (const line of diagnostic.professions) addLine(line);
  addLine(diagnostic.professionsTotal, true);
  sheet.addRow(['Établissements']).font = { italic: true };
  for (const line of diagnostic.establishments) addLine(line);
  addLine(diagnostic.establishmentsTotal, true);
  // Column formats: per scope an effectif, a density and (comparisons) a ratio.
  let column = 2;
  diagnostic.scopes.forEach((_, i) => {
    sheet.getColumn(column).numFmt = COUNT_FORMAT;
    sheet.getColumn(column + 1).numFmt = DENSITY_FORMAT;
    if (i > 0) sheet.getColumn(column + 2).numFmt = '0.00';
    column += i === 0 ? 2 : 3;
  });
  styleHeader(sheet, [48, ...Array.from({ length: column - 2 }, () => 18)]);
}

/**
 * The diagnostic as a workbook for the health project (issue #3 point 6): sheets Synthèse,
 * Professions, Établissements, Comparaison, in French, with the data vintage.
 */
export async function diagnosticWorkbook(diagnostic: DiagnosticDto): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Maillon';
  workbook.title = `Diagnostic territorial : ${diagnostic.perimeter.name}`;
  workbook.created = new Date(diagnostic.generatedAt);
  summarySheet(workbook, diagnostic);
  territorySheet(workbook, {
    name: 'Professions',
    header: 'Profession',
    lines: diagnostic.professions,
    total: diagnostic.professionsTotal,
  });
  territorySheet(workbook, {
    name: 'Établissements',
    header: "Type d'établissement",
    lines: diagnostic.establishments,
    total: diagnostic.establishmentsTotal,
  });
  comparisonSheet(workbook, diagnostic);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
