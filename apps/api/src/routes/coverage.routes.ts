import type { coverageApi } from '@maillon/contracts';
import type { CoverageScope } from '@maillon/domain';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialUseCaseContext } from '../http/request-context.ts';
import { coverageUnitLevels, getCoverage } from '../use-cases/coverage/get-coverage.ts';

function scopeOf(query: { region?: string | undefined; departement?: string | undefined }): CoverageScope {
  if (query.departement) return { kind: 'departement', code: query.departement };
  if (query.region) return { kind: 'region', code: query.region };
  return { kind: 'france' };
}

/** The observatory (routes declared in packages/contracts/src/api/coverage.api.ts). */
export function coverageHandlers(ctx: AppContext): Handlers<typeof coverageApi> {
  return {
    coverage: async ({ query }, request) => getCoverage(await territorialUseCaseContext(ctx, request), scopeOf(query)),
    units: async ({ query }, request) => coverageUnitLevels(await territorialUseCaseContext(ctx, request), scopeOf(query)),
  };
}
