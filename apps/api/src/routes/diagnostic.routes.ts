import type { DiagnosticDto, diagnosticApi, FileDownload } from '@maillon/contracts';
import { fileNameSlug } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { PDF_TYPE, XLSX_TYPE } from '../http/downloads.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialRequest } from '../http/request-context.ts';
import { diagnosticPdf } from '../use-cases/diagnostic/diagnostic-pdf.ts';
import { diagnosticWorkbook } from '../use-cases/diagnostic/diagnostic-xlsx.ts';
import { createDirectoryCountsCache } from '../use-cases/diagnostic/directory-counts-cache.ts';
import { cptsDiagnostic, type DiagnosticContext, draftDiagnostic } from '../use-cases/diagnostic/get-diagnostic.ts';

/** An export named after the perimeter and the day. */
async function exported(diagnostic: DiagnosticDto, format: 'xlsx' | 'pdf'): Promise<FileDownload> {
  const body = format === 'xlsx' ? await diagnosticWorkbook(diagnostic) : await diagnosticPdf(diagnostic);
  const name = `diagnostic-${fileNameSlug(diagnostic.perimeter.name, 'territoire')}-${diagnostic.generatedAt.slice(0, 10)}.${format}`;
  return { name, type: format === 'xlsx' ? XLSX_TYPE : PDF_TYPE, body };
}

/** Territorial diagnostic (routes declared in packages/contracts/src/api/diagnostic.api.ts). */
export function diagnosticHandlers(ctx: AppContext): Handlers<typeof diagnosticApi> {
  // One per application instance, handed to the use cases (no module-level state).
  const directoryCounts = createDirectoryCountsCache();
  const context = async (request: FastifyRequest): Promise<DiagnosticContext> => {
    const { context, keys } = await territorialRequest(ctx, request);
    // A GET has read the directory version with the other cache keys, in the same round trip.
    if (keys) context.ports.diagnostic = { ...context.ports.diagnostic, directoryVersion: async () => keys.directory };
    return { ...context, directoryCounts };
  };
  return {
    ofCpts: async ({ params }, request) => cptsDiagnostic(await context(request), params.id),
    ofCptsXlsx: async ({ params }, request) => exported(await cptsDiagnostic(await context(request), params.id), 'xlsx'),
    ofCptsPdf: async ({ params }, request) => exported(await cptsDiagnostic(await context(request), params.id), 'pdf'),
    draft: async ({ body }, request) => draftDiagnostic(await context(request), body),
    draftXlsx: async ({ body }, request) => exported(await draftDiagnostic(await context(request), body), 'xlsx'),
    draftPdf: async ({ body }, request) => exported(await draftDiagnostic(await context(request), body), 'pdf'),
  };
}
