import { winAnsi as pdfText } from '@maillon/domain';
import { addFooters, drawTable, type PdfColumn, type PdfRow } from './pdf-table.ts';

export type { PdfColumn, PdfRow };

/**
 * The one PDF writer of Maillon's documents (minutes, receipts, diagnostic, annual report): A4,
 * the standard fonts (no font file to ship), every text through `winAnsi` so a French figure
 * never loses a glyph, and on request a footer « … · page n / N » on every page.
 */
export interface PdfWriter {
  doc: PDFKit.PDFDocument;
  /** Width between the margins, for tables. */
  contentWidth: number;
  /** A table from the current position, its header repeated on each new page. */
  table(columns: readonly PdfColumn[], rows: readonly PdfRow[]): void;
  heading(text: string, size?: number): void;
  paragraph(text: string, options?: { size?: number; color?: string; bold?: boolean }): void;
  /** "Label : value" line. */
  field(label: string, value: string): void;
  gap(lines?: number): void;
}

export interface PdfInfo {
  title: string;
  subject?: string;
  layout?: 'portrait' | 'landscape';
  /** Text of the footer printed with the page number on every page; none when absent. */
  footer?: string;
}

/**
 * Renders an A4 document with pdfkit and returns its bytes. pdfkit is loaded on the first
 * document, not at start (issue #11 item 4: ≈ 0.2 s most processes never need).
 */
export async function renderPdf(info: PdfInfo, draw: (writer: PdfWriter) => void): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const landscape = info.layout === 'landscape';
  const doc = new PDFDocument({
    size: 'A4',
    layout: landscape ? 'landscape' : 'portrait',
    margin: landscape ? 40 : 56,
    info: { Title: pdfText(info.title), Subject: pdfText(info.subject ?? info.title), Producer: 'Maillon', Creator: 'Maillon' },
    lang: 'fr-FR',
    bufferPages: info.footer !== undefined,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer: PdfWriter = {
    doc,
    contentWidth: doc.page.width - doc.page.margins.left - doc.page.margins.right,
    table(columns, rows) {
      drawTable(doc, columns, rows);
    },
    heading(text, size = 14) {
      doc.font('Helvetica-Bold').fontSize(size).fillColor('#1a1b1e').text(pdfText(text));
      doc.moveDown(0.4);
    },
    paragraph(text, options = {}) {
      doc
        .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(options.size ?? 10)
        .fillColor(options.color ?? '#1a1b1e')
        .text(pdfText(text));
    },
    field(label, value) {
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .fillColor('#1a1b1e')
        .text(`${pdfText(label)} : `, { continued: true });
      doc.font('Helvetica').text(pdfText(value));
    },
    gap(lines = 1) {
      doc.moveDown(lines);
    },
  };
  draw(writer);
  if (info.footer !== undefined) addFooters(doc, info.footer);
  doc.end();
  return done;
}
