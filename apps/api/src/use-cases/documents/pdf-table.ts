import { winAnsi } from '@maillon/domain';

export interface PdfColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

export interface PdfRow {
  cells: string[];
  bold?: boolean;
}

const PADDING = 3;
const FONT_SIZE = 8;

function rowHeight(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], cells: readonly string[]): number {
  return (
    Math.max(...columns.map((column, i) => doc.heightOfString(winAnsi(cells[i] ?? ''), { width: column.width - 2 * PADDING }))) +
    2 * PADDING
  );
}

function drawRow(doc: PDFKit.PDFDocument, options: { columns: readonly PdfColumn[]; row: PdfRow; y: number; header: boolean }): number {
  const { columns, row, y } = options;
  doc.font(row.bold || options.header ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
  const height = rowHeight(doc, columns, row.cells);
  let x = doc.page.margins.left;
  if (options.header)
    doc
      .rect(
        x,
        y,
        columns.reduce((sum, c) => sum + c.width, 0),
        height,
      )
      .fill('#e7eef7');
  doc.fillColor('#1a1a1a');
  columns.forEach((column, i) => {
    doc.text(winAnsi(row.cells[i] ?? ''), x + PADDING, y + PADDING, { width: column.width - 2 * PADDING, align: column.align ?? 'left' });
    x += column.width;
  });
  doc
    .moveTo(doc.page.margins.left, y + height)
    .lineTo(x, y + height)
    .lineWidth(0.3)
    .strokeColor('#b0b8c4')
    .stroke();
  return y + height;
}

/** Draws a table from the current position, repeating its header on each new page. */
export function drawTable(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], rows: readonly PdfRow[]): void {
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header: PdfRow = { cells: columns.map((c) => c.header) };
  doc.font('Helvetica-Bold').fontSize(FONT_SIZE);
  if (doc.y + rowHeight(doc, columns, header.cells) * 2 > bottom()) doc.addPage();
  let y = drawRow(doc, { columns, row: header, y: doc.y, header: true });
  for (const row of rows) {
    doc.font(row.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
    if (y + rowHeight(doc, columns, row.cells) > bottom()) {
      doc.addPage();
      y = drawRow(doc, { columns, row: header, y: doc.y, header: true });
    }
    y = drawRow(doc, { columns, row, y, header: false });
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 12;
}

/** "Page n / N" and a footer line on every page (needs `bufferPages`). */
export function addFooters(doc: PDFKit.PDFDocument, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#555555')
      .text(winAnsi(`${text} · page ${i + 1} / ${range.count}`), doc.page.margins.left, doc.page.height - 25, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
}
