import { auditPageSchema, auditQuerySchema, errorBodySchema, PERSONAL_DATA_TAG } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import { sendDownload } from '../http/downloads.ts';
import { requestContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { exportAuditTrail, readAuditTrail } from '../use-cases/audit/audit-trail.ts';

const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema };

/** The audit trail of personal data: the coordination team reads its CPTS's, the admin all. */
export function auditRoutes(app: App, ctx: AppContext): void {
  const tags = ['audit', PERSONAL_DATA_TAG];

  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: "Journal d'audit des données personnelles (équipe de coordination : sa CPTS ; administration : tout)",
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...errors },
      },
    },
    async (request) => readAuditTrail(requestContext(ctx, request), request.query),
  );

  app.get(
    '/api/audit.csv',
    {
      schema: {
        tags,
        summary: "Export CSV du journal d'audit (mêmes filtres, toutes les pages)",
        querystring: auditQuerySchema.omit({ before: true, limit: true }),
        response: errors,
      },
    },
    async (request, reply) => {
      const file = await exportAuditTrail(requestContext(ctx, request), { ...request.query, limit: 200 });
      return sendDownload(reply, { name: file.name, type: 'text/csv; charset=utf-8', body: file.body });
    },
  );
}
