import type { engagementApi, FileDownload, NonMembersQuery } from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { XLSX_TYPE } from '../http/downloads.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialUseCaseContext } from '../http/request-context.ts';
import { slug } from '../use-cases/diagnostic/french-format.ts';
import { engagementSummary } from '../use-cases/engagement/engagement-summary.ts';
import type { EngagementContext } from '../use-cases/engagement/load-engagement-cpts.ts';
import { nonMembersForExport, nonMembersPage } from '../use-cases/engagement/non-members.ts';
import { nonMembersCsv, nonMembersWorkbook } from '../use-cases/engagement/non-members-export.ts';
import { territoryPartners } from '../use-cases/engagement/partners.ts';

/** The professionals to invite as a file named after the CPTS and the day (public RPPS fields). */
async function nonMembersFile(c: EngagementContext, id: string, query: Omit<NonMembersQuery, 'offset' | 'limit'>, format: 'csv' | 'xlsx') {
  const { cptsName, rows } = await nonMembersForExport(c, id, { ...query, format });
  const name = `professionnels-a-inviter-${slug(cptsName)}-${c.today}.${format}`;
  const body = format === 'csv' ? nonMembersCsv(rows) : await nonMembersWorkbook({ cptsName, rows, generatedOn: c.today });
  return { name, type: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE, body } satisfies FileDownload;
}

/** Engagement of the territory's professionals (routes declared in packages/contracts/src/api/engagement.api.ts). */
export function engagementHandlers(ctx: AppContext): Handlers<typeof engagementApi> {
  const context = (request: FastifyRequest): Promise<EngagementContext> => territorialUseCaseContext(ctx, request);
  return {
    summary: async ({ params }, request) => engagementSummary(await context(request), params.id),
    nonMembers: async ({ params, query }, request) => nonMembersPage(await context(request), params.id, query),
    nonMembersCsv: async ({ params, query }, request) => nonMembersFile(await context(request), params.id, query, 'csv'),
    nonMembersXlsx: async ({ params, query }, request) => nonMembersFile(await context(request), params.id, query, 'xlsx'),
    partners: async ({ params }, request) => territoryPartners(await context(request), params.id),
  };
}
