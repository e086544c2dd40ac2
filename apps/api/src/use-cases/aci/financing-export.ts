import type { FinancingView } from '@maillon/contracts';
import { formatDateCell } from '@maillon/domain';
import type ExcelJS from 'exceljs';
import { styleHeader } from '../diagnostic/diagnostic-xlsx.ts';
import { newWorkbook } from '../documents/workbook.ts';
import { toCsv } from '../engagement/csv.ts';

type YearRow = FinancingView['years'][number];

/** Amounts in euros as numbers (cents / 100), so that a spreadsheet sums them. */
const euros = (cents: number) => cents / 100;

const YEAR_COLUMNS: { header: string; width: number; value: (row: YearRow) => string | number }[] = [
  { header: 'CPTS', width: 36, value: (r) => r.cptsName },
  { header: 'Contrat signé le', width: 14, value: (r) => formatDateCell(r.signedOn) },
  { header: 'Année de contrat', width: 10, value: (r) => r.contractYear },
  { header: 'Du', width: 12, value: (r) => formatDateCell(r.startsOn) },
  { header: 'Au', width: 12, value: (r) => formatDateCell(r.endsOn) },
  { header: 'Engagé (€)', width: 14, value: (r) => euros(r.committed.cents) },
  { header: 'Versé à ce jour (€)', width: 14, value: (r) => euros(r.paid.cents) },
  { header: 'Montants non connus (lignes)', width: 12, value: (r) => r.unknownLines },
  { header: 'Démonstration', width: 10, value: (r) => (r.isDemo ? 'oui' : 'non') },
];

const slug = (view: FinancingView) => `financement-aci-${view.scope.kind}-${view.scope.code}`.replace(/[^a-z0-9-]/gi, '-');

export function financingFileName(view: FinancingView, extension: 'csv' | 'xlsx'): string {
  return `${slug(view)}-${view.today}.${extension}`;
}

/** The contract years as CSV (`;`, UTF-8 with BOM), as French spreadsheets open it. */
export function financingCsv(view: FinancingView): string {
  return toCsv(
    YEAR_COLUMNS.map((c) => c.header),
    view.years.map((row) => YEAR_COLUMNS.map((c) => c.value(row))),
  );
}

function table<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number; value: (row: T) => unknown }[],
  rows: T[],
) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(columns.map((c) => c.header));
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  styleHeader(
    sheet,
    columns.map((c) => c.width),
  );
  if (rows.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** The whole view in XLSX: contract years, upcoming payments, renewals due, late missions, and what it is. */
export async function financingWorkbook(view: FinancingView): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Maillon';
  workbook.title = `Financement ACI : ${view.scope.label}`;
  table(workbook, 'Années de contrat', YEAR_COLUMNS, view.years);
  table(
    workbook,
    'Versements à venir',
    [
      { header: 'Date', width: 12, value: (r: FinancingView['upcoming'][number]) => formatDateCell(r.date) },
      { header: 'CPTS', width: 36, value: (r) => r.cptsName },
      { header: 'Année de contrat', width: 10, value: (r) => r.contractYear },
      { header: 'Poste', width: 34, value: (r) => r.item },
      { header: 'Nature', width: 14, value: (r) => r.kind },
      { header: 'Montant (€)', width: 14, value: (r) => (r.amountCents === null ? 'montant non connu' : euros(r.amountCents)) },
    ],
    view.upcoming,
  );
  table(
    workbook,
    'Renouvellements',
    [
      { header: 'CPTS', width: 36, value: (r: FinancingView['renewals'][number]) => r.cptsName },
      { header: 'Contrat signé le', width: 14, value: (r) => formatDateCell(r.signedOn) },
      { header: 'Fin du contrat', width: 14, value: (r) => formatDateCell(r.endsOn) },
    ],
    view.renewals,
  );
  table(
    workbook,
    'Missions en retard',
    [
      { header: 'CPTS', width: 36, value: (r: FinancingView['lateMissions'][number]) => r.cptsName },
      { header: 'Mission', width: 34, value: (r) => r.label },
      { header: 'Retard', width: 22, value: (r) => r.whichLabel },
      { header: 'Échéance', width: 12, value: (r) => formatDateCell(r.dueOn) },
    ],
    view.lateMissions,
  );
  const about = workbook.addWorksheet('À propos');
  about.addRow(['Périmètre', view.scope.label]);
  about.addRow(['Établi le', formatDateCell(view.today)]);
  about.addRow(['Contrats signés', view.totals.contracts]);
  about.addRow(['CPTS sans contrat', view.cptsWithoutContract]);
  about.addRow([
    'Source',
    "Échéancier de l'ACI (art. 9) calculé par Maillon à partir des contrats enregistrés ; agrégats, sans donnée personnelle.",
  ]);
  about.getColumn(1).width = 18;
  about.getColumn(2).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
