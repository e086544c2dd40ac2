import type { DiagnosticDto, DiagnosticLineDto } from '@maillon/contracts';
import { frenchDate, frenchDecimal, frenchNumber } from './french-format.ts';
import { addFooters, drawTable, newPdfDocument, type PdfColumn, type PdfRow, pdfBuffer } from './pdf-table.ts';

const LABEL_WIDTH = 170;
const TERRITORY_WIDTH = 55;

/** Label, territory count and density, then per comparison scope its density and the territory's index. */
function comparisonColumns(doc: PDFKit.PDFDocument, diagnostic: DiagnosticDto, header: string): PdfColumn[] {
  const available = doc.page.width - doc.page.margins.left - doc.page.margins.right - LABEL_WIDTH - 2 * TERRITORY_WIDTH;
  const others = diagnostic.scopes.slice(1);
  const share = available / Math.max(others.length, 1);
  return [
    { header, width: LABEL_WIDTH },
    { header: 'Territoire : effectif', width: TERRITORY_WIDTH, align: 'right' },
    { header: 'Territoire : pour 10 000 hab.', width: TERRITORY_WIDTH, align: 'right' },
    ...others.flatMap((scope): PdfColumn[] => [
      { header: `${scope.label} : pour 10 000 hab.`, width: share * 0.6, align: 'right' },
      { header: 'Indice territoire', width: share * 0.4, align: 'right' },
    ]),
  ];
}

function lineRow(line: DiagnosticLineDto, bold = false): PdfRow {
  const [territory, ...others] = line.cells;
  return {
    bold,
    cells: [
      line.label,
      frenchNumber(territory?.count ?? 0),
      frenchDecimal(territory?.densityPer10k ?? null),
      ...others.flatMap((cell) => [
        frenchDecimal(cell.densityPer10k),
        cell.territoryRatio === null ? '—' : frenchDecimal(cell.territoryRatio),
      ]),
    ],
  };
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).fillColor('#1a3a6b').text(text, doc.page.margins.left).moveDown(0.3);
}

/**
 * Printable diagnostic (A4 landscape) for the health project (issue #3 point 6): scopes and
 * populations, professions and establishments with densities side by side, sources and dates.
 */
export async function diagnosticPdf(diagnostic: DiagnosticDto): Promise<Buffer> {
  const title = `Diagnostic territorial : ${diagnostic.perimeter.name}`;
  const doc = newPdfDocument(title);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#1a3a6b').text(title);
  if (diagnostic.perimeter.isDemo) {
    doc.font('Helvetica-Bold').fontSize(10).fillColor('#b34700').text('Donnée de démonstration : CPTS fictive.');
  }
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#1a1a1a')
    .text(`Établi le ${frenchDate(new Date(diagnostic.generatedAt))} · ${frenchNumber(diagnostic.perimeter.unitCount)} communes`)
    .moveDown(0.3)
    .text(diagnostic.sources.note)
    .text(
      'Effectifs publics du RPPS et du FINESS, présentés sans masquage des petits effectifs. Indice : densité du territoire / densité comparée.',
    );

  heading(doc, 'Périmètres comparés');
  drawTable(
    doc,
    [
      { header: 'Périmètre', width: 260 },
      { header: 'Population légale', width: 110, align: 'right' },
      { header: 'Professionnels de santé', width: 120, align: 'right' },
      { header: 'Pour 10 000 hab.', width: 100, align: 'right' },
      { header: 'Établissements', width: 100, align: 'right' },
    ],
    diagnostic.scopes.map((scope, i) => ({
      bold: i === 0,
      cells: [
        scope.label,
        frenchNumber(scope.population),
        frenchNumber(diagnostic.professionsTotal.cells[i]?.count ?? 0),
        frenchDecimal(diagnostic.professionsTotal.cells[i]?.densityPer10k ?? null),
        frenchNumber(diagnostic.establishmentsTotal.cells[i]?.count ?? 0),
      ],
    })),
  );

  heading(doc, 'Professionnels de santé');
  drawTable(doc, comparisonColumns(doc, diagnostic, 'Profession'), [
    ...diagnostic.professions.map((line) => lineRow(line)),
    lineRow(diagnostic.professionsTotal, true),
  ]);

  heading(doc, 'Établissements');
  drawTable(doc, comparisonColumns(doc, diagnostic, "Type d'établissement"), [
    ...diagnostic.establishments.map((line) => lineRow(line)),
    lineRow(diagnostic.establishmentsTotal, true),
  ]);

  addFooters(doc, `Maillon · ${title}`);
  return pdfBuffer(doc);
}
