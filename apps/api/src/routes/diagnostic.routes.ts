import { type DiagnosticDto, diagnosticSchema, draftDiagnosticSchema, errorBodySchema, uuidSchema } from '@maillon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { sendDownload, XLSX_TYPE } from '../http/downloads.ts';
import { territorialContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { diagnosticPdf } from '../use-cases/diagnostic/diagnostic-pdf.ts';
import { diagnosticWorkbook } from '../use-cases/diagnostic/diagnostic-xlsx.ts';
import { slug } from '../use-cases/diagnostic/french-format.ts';
import { cptsDiagnostic, type DiagnosticContext, draftDiagnostic } from '../use-cases/diagnostic/get-diagnostic.ts';
import { createWideScopeCache } from '../use-cases/diagnostic/wide-scope-cache.ts';

const idParams = z.object({ id: uuidSchema });
const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema };
type Format = 'xlsx' | 'pdf';

/** Sends an export named after the perimeter and the day. */
async function sendExport(reply: FastifyReply, diagnostic: DiagnosticDto, format: Format) {
  const body = format === 'xlsx' ? await diagnosticWorkbook(diagnostic) : await diagnosticPdf(diagnostic);
  const name = `diagnostic-${slug(diagnostic.perimeter.name)}-${diagnostic.generatedAt.slice(0, 10)}.${format}`;
  return sendDownload(reply, { name, type: format === 'xlsx' ? XLSX_TYPE : 'application/pdf', body });
}

/** Territorial diagnostic (issue #3 point 6): a CPTS territory or a draft perimeter, JSON, XLSX and PDF. */
export function diagnosticRoutes(app: App, ctx: AppContext): void {
  const tags = ['diagnostic'];
  // One per application instance, handed to the use cases (no module-level state).
  const wideScopes = createWideScopeCache();
  const context = async (request: FastifyRequest): Promise<DiagnosticContext> => ({
    ...(await territorialContext(ctx, request)),
    wideScopes,
  });

  app.get(
    '/api/cpts/:id/diagnostic',
    {
      schema: {
        tags,
        summary: 'Diagnostic territorial de la CPTS (population, professionnels, établissements, comparaisons)',
        params: idParams,
        response: { 200: diagnosticSchema, ...errors },
      },
    },
    async (request) => cptsDiagnostic(await context(request), request.params.id),
  );

  for (const format of ['xlsx', 'pdf'] as const) {
    app.get(
      `/api/cpts/:id/diagnostic.${format}`,
      {
        schema: {
          tags,
          summary: `Diagnostic territorial de la CPTS en ${format.toUpperCase()}`,
          params: idParams,
          response: errors,
        },
      },
      async (request, reply) => sendExport(reply, await cptsDiagnostic(await context(request), request.params.id), format),
    );
    app.post(
      `/api/diagnostic.${format}`,
      {
        schema: {
          tags,
          summary: `Diagnostic d'un périmètre en projet en ${format.toUpperCase()}`,
          body: draftDiagnosticSchema,
          response: errors,
        },
      },
      async (request, reply) => sendExport(reply, await draftDiagnostic(await context(request), request.body), format),
    );
  }

  app.post(
    '/api/diagnostic',
    {
      schema: {
        tags,
        summary: "Diagnostic d'un périmètre en projet (rien n'est enregistré)",
        body: draftDiagnosticSchema,
        response: { 200: diagnosticSchema, ...errors },
      },
    },
    async (request) => draftDiagnostic(await context(request), request.body),
  );
}
