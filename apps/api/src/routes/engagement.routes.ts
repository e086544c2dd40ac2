import {
  engagementSummarySchema,
  errorBodySchema,
  nonMembersPageSchema,
  nonMembersQuerySchema,
  PERSONAL_DATA_TAG,
  partnersSchema,
  uuidSchema,
} from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { sendDownload, XLSX_TYPE } from '../http/downloads.ts';
import { territorialContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { slug } from '../use-cases/diagnostic/french-format.ts';
import { engagementSummary } from '../use-cases/engagement/engagement-summary.ts';
import type { EngagementContext } from '../use-cases/engagement/load-engagement-cpts.ts';
import { nonMembersForExport, nonMembersPage } from '../use-cases/engagement/non-members.ts';
import { nonMembersCsv, nonMembersWorkbook } from '../use-cases/engagement/non-members-export.ts';
import { territoryPartners } from '../use-cases/engagement/partners.ts';

const idParams = z.object({ id: uuidSchema });
const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema };
const exportQuery = nonMembersQuerySchema.omit({ offset: true, limit: true });

/** Engagement of the territory's professionals (issue #3 point 5): rates, professionals to invite, partners. */
export function engagementRoutes(app: App, ctx: AppContext): void {
  const tags = ['engagement'];
  const personal = [...tags, PERSONAL_DATA_TAG];
  const context = (request: FastifyRequest): Promise<EngagementContext> => territorialContext(ctx, request);

  app.get(
    '/api/cpts/:id/engagement',
    {
      schema: {
        tags,
        summary: 'Adhérents parmi les professionnels du territoire : par profession, par commune, dans le temps ; suivi des invitations',
        params: idParams,
        response: { 200: engagementSummarySchema, ...errors },
      },
    },
    async (request) => engagementSummary(await context(request), request.params.id),
  );

  app.get(
    '/api/cpts/:id/engagement/non-members',
    {
      schema: {
        tags: personal,
        summary: 'Professionnels du territoire non adhérents, à inviter (équipe de coordination)',
        params: idParams,
        querystring: nonMembersQuerySchema,
        response: { 200: nonMembersPageSchema, ...errors },
      },
    },
    async (request) => nonMembersPage(await context(request), request.params.id, request.query),
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/cpts/:id/engagement/non-members.${format}`,
      {
        schema: {
          tags: personal,
          summary: `Professionnels à inviter en ${format.toUpperCase()} (champs publics du RPPS)`,
          params: idParams,
          querystring: exportQuery,
          response: errors,
        },
      },
      async (request, reply) => {
        const c = await context(request);
        const { cptsName, rows } = await nonMembersForExport(c, request.params.id, { ...request.query, format });
        const name = `professionnels-a-inviter-${slug(cptsName)}-${c.today}.${format}`;
        const body = format === 'csv' ? nonMembersCsv(rows) : await nonMembersWorkbook({ cptsName, rows, generatedOn: c.today });
        return sendDownload(reply, { name, type: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE, body });
      },
    );
  }

  app.get(
    '/api/cpts/:id/engagement/partners',
    {
      schema: {
        tags,
        summary: 'Partenaires du territoire (établissements, communes, EPCI, associations) et leur lien avec la CPTS',
        params: idParams,
        response: { 200: partnersSchema, ...errors },
      },
    },
    async (request) => territoryPartners(await context(request), request.params.id),
  );
}
