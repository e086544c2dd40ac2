import type { DiagnosticDto, diagnosticApi, FileDownload } from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { PDF_TYPE, XLSX_TYPE } from '../http/downloads.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialUseCaseContext } from '../http/request-context.ts';
import { diagnosticPdf } from '../use-cases/diagnostic/diagnostic-pdf.ts';
import { diagnosticWorkbook } from '../use-cases/diagnostic/diagnostic-xlsx.ts';
import { slug } from '../use-cases/diagnostic/french-format.ts';
import { cptsDiagnostic, type DiagnosticContext, draftDiagnostic } from '../use-cases/diagnostic/get-diagnostic.ts';
import { createWideScopeCache } from '../use-cases/diagnostic/wide-scope-cache.ts';

/** An export named after the perimeter and the day. */
async function exported(diagnostic: DiagnosticDto, format: 'xlsx' | 'pdf'): Promise<FileDownload> {
  const body = format === 'xlsx' ? await diagnosticWorkbook(diagnostic) : await diagnosticPdf(diagnostic);
  const name = `diagnostic-${slug(diagnostic.perimeter.name)}-${diagnostic.generatedAt.slice(0, 10)}.${format}`;
  return { name, type: format === 'xlsx' ? XLSX_TYPE : PDF_TYPE, body };
}

/** Territorial diagnostic (routes declared in packages/contracts/src/api/diagnostic.api.ts). */
export function diagnosticHandlers(ctx: AppContext): Handlers<typeof diagnosticApi> {
  // One per application instance, handed to the use cases (no module-level state).
  const wideScopes = createWideScopeCache();
  const context = async (request: FastifyRequest): Promise<DiagnosticContext> => ({
    ...(await territorialUseCaseContext(ctx, request)),
    wideScopes,
  });
  return {
    ofCpts: async ({ params }, request) => cptsDiagnostic(await context(request), params.id),
    ofCptsXlsx: async ({ params }, request) => exported(await cptsDiagnostic(await context(request), params.id), 'xlsx'),
    ofCptsPdf: async ({ params }, request) => exported(await cptsDiagnostic(await context(request), params.id), 'pdf'),
    draft: async ({ body }, request) => draftDiagnostic(await context(request), body),
    draftXlsx: async ({ body }, request) => exported(await draftDiagnostic(await context(request), body), 'xlsx'),
    draftPdf: async ({ body }, request) => exported(await draftDiagnostic(await context(request), body), 'pdf'),
  };
}
