import type { cptsApi } from '@maillon/contracts';
import { cptsListKey, cptsPageKey } from '../composition/cpts-page-cache.ts';
import { type AppContext, todayIn } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { keptAnswer, territorialUseCaseContext } from '../http/request-context.ts';
import { createCpts, recordMilestone, transitionCpts, updateCptsIdentity } from '../use-cases/cpts/cpts-commands.ts';
import { cptsDetail } from '../use-cases/cpts/cpts-detail.ts';
import { listCpts } from '../use-cases/cpts/cpts-queries.ts';
import { previewTerritoryChange, saveTerritory } from '../use-cases/territory/change-territory.ts';

/** The CPTS registry (routes declared in packages/contracts/src/api/cpts.api.ts). */
export function cptsHandlers(ctx: AppContext): Handlers<typeof cptsApi> {
  const context = (request: Parameters<typeof territorialUseCaseContext>[1]) => territorialUseCaseContext(ctx, request);
  return {
    list: async ({ query }, request, reply) =>
      keptAnswer(
        ctx,
        { request, reply },
        (keys, principal) => cptsListKey(query.region, keys, principal),
        async (c) => ({ items: await listCpts(c, query.region) }),
      ),
    create: async ({ body }, request) => {
      const c = await context(request);
      return cptsDetail(c, await createCpts(c, body));
    },
    get: async ({ params }, request, reply) =>
      keptAnswer(
        ctx,
        { request, reply },
        (keys, principal) => cptsPageKey(params.id, keys, todayIn(ctx.clock), principal),
        (c) => cptsDetail(c, params.id),
      ),
    updateIdentity: async ({ params, body }, request) => {
      const c = await context(request);
      await updateCptsIdentity(c, params.id, body);
      return cptsDetail(c, params.id);
    },
    previewTerritory: async ({ params, body }, request) => previewTerritoryChange(await context(request), params.id, body.units),
    replaceTerritory: async ({ params, body }, request) => {
      const c = await context(request);
      await saveTerritory(c, params.id, body.units);
      return cptsDetail(c, params.id);
    },
    transition: async ({ params, body }, request) => {
      const c = await context(request);
      await transitionCpts(c, params.id, body);
      return cptsDetail(c, params.id);
    },
    recordMilestone: async ({ params, body }, request) => {
      const c = await context(request);
      await recordMilestone(c, params.id, params.mission, body);
      return cptsDetail(c, params.id);
    },
  };
}
