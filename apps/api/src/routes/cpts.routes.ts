import type { cptsApi } from '@maillon/contracts';
import { cptsPageKey } from '../composition/cpts-page-cache.ts';
import { type AppContext, todayIn } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import { type Handlers, SerialisedJson } from '../http/register-routes.ts';
import { currentCacheKeys, territorialRequest, territorialUseCaseContext } from '../http/request-context.ts';
import { createCpts, recordMilestone, transitionCpts, updateCptsIdentity } from '../use-cases/cpts/cpts-commands.ts';
import { cptsDetail } from '../use-cases/cpts/cpts-detail.ts';
import { listCpts } from '../use-cases/cpts/cpts-queries.ts';
import { previewTerritoryChange, saveTerritory } from '../use-cases/territory/change-territory.ts';

/** The CPTS registry (routes declared in packages/contracts/src/api/cpts.api.ts). */
export function cptsHandlers(ctx: AppContext): Handlers<typeof cptsApi> {
  const context = (request: Parameters<typeof territorialUseCaseContext>[1]) => territorialUseCaseContext(ctx, request);
  return {
    list: async ({ query }, request) => ({ items: await listCpts(await context(request), query.region) }),
    create: async ({ body }, request) => {
      const c = await context(request);
      return cptsDetail(c, await createCpts(c, body));
    },
    get: async ({ params }, request, reply) => {
      const keys = await currentCacheKeys(ctx, request);
      const key = cptsPageKey(params.id, keys, todayIn(ctx.clock), requirePrincipal(request));
      // Built (and its read checked) once per versions and viewer, then served as it was serialised.
      const page = await ctx.cptsPages.get(key, async () => {
        const { context: c } = await territorialRequest(ctx, request, keys);
        return String(reply.serialize(await cptsDetail(c, params.id)));
      });
      return new SerialisedJson(page);
    },
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
