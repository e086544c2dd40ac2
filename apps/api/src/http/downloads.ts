import type { FileDownload } from '@maillon/contracts';
import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

/**
 * `attachment` with an ASCII fallback name and the UTF-8 one (RFC 6266): an uploaded evidence
 * file keeps its accented name, and a header never carries a character Node refuses.
 */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  if (ascii === name) return `attachment; filename="${name}"`;
  // RFC 5987 attr-char excludes ' ( ) * too, which encodeURIComponent leaves as they are.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a generated file as an attachment, never cached (it may hold a CPTS's member data).
 * Typed on the plain reply: the JSON response schemas do not describe binary files.
 */
export function sendDownload(reply: FastifyReply, file: FileDownload) {
  return reply
    .header('content-type', file.type)
    .header('content-disposition', contentDisposition(file.name))
    .header('cache-control', 'no-store')
    .send(file.body);
}
