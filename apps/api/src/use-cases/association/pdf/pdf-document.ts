import { winAnsi as pdfText } from '@maillon/domain';
import PDFDocument from 'pdfkit';

export interface PdfWriter {
  doc: PDFKit.PDFDocument;
  heading(text: string, size?: number): void;
  paragraph(text: string, options?: { size?: number; color?: string; bold?: boolean }): void;
  /** "Label : value" line. */
  field(label: string, value: string): void;
  gap(lines?: number): void;
}

/** « Page 2 sur 5 » at the foot of every page (the pages are buffered until then). */
function numberPages(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(`Page ${index - start + 1} sur ${count}`, doc.page.margins.left, doc.page.height - bottom / 2 - 4, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** Renders a one-column A4 document with pdfkit and returns its bytes. */
export function renderPdf(
  info: { title: string; subject?: string; pageNumbers?: boolean },
  draw: (writer: PdfWriter) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: info.pageNumbers === true,
    info: { Title: pdfText(info.title), Subject: pdfText(info.subject ?? info.title), Producer: 'Maillon', Creator: 'Maillon' },
    lang: 'fr-FR',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer: PdfWriter = {
    doc,
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
  if (info.pageNumbers) numberPages(doc);
  doc.end();
  return done;
}
