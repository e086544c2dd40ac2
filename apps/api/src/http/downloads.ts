import type { FileDownload } from '@maillon/contracts';
import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

/**
 * Sends a generated file as an attachment, never cached (it may hold a CPTS's member data).
 * Typed on the plain reply: the JSON response schemas do not describe binary files.
 */
export function sendDownload(reply: FastifyReply, file: FileDownload) {
  return reply
    .header('content-type', file.type)
    .header('content-disposition', `attachment; filename="${file.name}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}
