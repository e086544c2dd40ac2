import type { coverageApi } from '@maillon/contracts';
import type { CoverageScope } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialRequest } from '../http/request-context.ts';
import type { CoverageContext } from '../use-cases/coverage/coverage-ports.ts';
import { coverageUnitLevels, getCoverage } from '../use-cases/coverage/get-coverage.ts';

function scopeOf(query: { region?: string | undefined; departement?: string | undefined }): CoverageScope {
  if (query.departement) return { kind: 'departement', code: query.departement };
  if (query.region) return { kind: 'region', code: query.region };
  return { kind: 'france' };
}

/** The territorial context with the coverage index kept by this process (composition/coverage-index-cache.ts). */
async function coverageContext(ctx: AppContext, request: FastifyRequest): Promise<CoverageContext> {
  const { context, keys } = await territorialRequest(ctx, request);
  return { ...context, coverageIndex: () => ctx.coverageIndex.get(ctx.database.db, context.index, keys?.territories) };
}

/** The observatory (routes declared in packages/contracts/src/api/coverage.api.ts). */
export function coverageHandlers(ctx: AppContext): Handlers<typeof coverageApi> {
  return {
    coverage: async ({ query }, request) => getCoverage(await coverageContext(ctx, request), scopeOf(query)),
    units: async ({ query }, request) => coverageUnitLevels(await coverageContext(ctx, request), scopeOf(query)),
  };
}
