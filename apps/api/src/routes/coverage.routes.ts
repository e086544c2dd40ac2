import type { coverageApi } from '@maillon/contracts';
import type { CoverageScope } from '@maillon/domain';
import { coverageKey } from '../composition/cpts-page-cache.ts';
import { type AppContext, todayIn } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { keptAnswer } from '../http/request-context.ts';
import type { CoverageContext } from '../use-cases/coverage/coverage-ports.ts';
import { coverageUnitLevels, getCoverage } from '../use-cases/coverage/get-coverage.ts';

function scopeOf(query: { region?: string | undefined; departement?: string | undefined }): CoverageScope {
  if (query.departement) return { kind: 'departement', code: query.departement };
  if (query.region) return { kind: 'region', code: query.region };
  return { kind: 'france' };
}

/** The territorial context with the coverage index kept by this process (composition/coverage-index-cache.ts). */
function coverageContext(ctx: AppContext, ...[context, keys]: Parameters<Parameters<typeof keptAnswer>[3]>): CoverageContext {
  return { ...context, coverageIndex: () => ctx.coverageIndex.get(ctx.database.db, context.index, keys.territories) };
}

/**
 * The observatory (routes declared in packages/contracts/src/api/coverage.api.ts). Both answers
 * are kept serialised per versions and viewer, as the CPTS pages are (docs/decisions/0007).
 */
export function coverageHandlers(ctx: AppContext): Handlers<typeof coverageApi> {
  return {
    coverage: async ({ query }, request, reply) =>
      keptAnswer(
        ctx,
        { request, reply },
        (keys, principal) => coverageKey('coverage', scopeOf(query), keys, todayIn(ctx.clock), principal),
        (context, keys) => getCoverage(coverageContext(ctx, context, keys), scopeOf(query)),
      ),
    units: async ({ query }, request, reply) =>
      keptAnswer(
        ctx,
        { request, reply },
        (keys, principal) => coverageKey('units', scopeOf(query), keys, todayIn(ctx.clock), principal),
        (context, keys) => coverageUnitLevels(coverageContext(ctx, context, keys), scopeOf(query)),
      ),
  };
}
