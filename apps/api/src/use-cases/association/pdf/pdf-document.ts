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

/** Renders a one-column A4 document with pdfkit and returns its bytes. */
export function renderPdf(info: { title: string; subject?: string }, draw: (writer: PdfWriter) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
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
  doc.end();
  return done;
}
