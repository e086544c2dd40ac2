import type { geoApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { geoStatus, groupUnits, listDepartements, listEpcis, listRegions, searchUnits, unitShapes } from '../use-cases/geo/geo-queries.ts';

/** Reference geography, readable by any signed-in user (routes declared in packages/contracts/src/api/geo.api.ts). */
export function geoHandlers(ctx: AppContext): Handlers<typeof geoApi> {
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  return {
    regions: async (_input, request) => listRegions(context(request)),
    departements: async ({ query }, request) => listDepartements(context(request), query.region),
    searchUnits: async ({ query }, request) => searchUnits(context(request), query.q, query.region),
    epcis: async ({ query }, request) => listEpcis(context(request), query.region),
    groupUnits: async ({ query }, request) => groupUnits(context(request), query),
    shapes: async ({ query }, request, reply) => {
      const shapes = await unitShapes(context(request), query);
      // Contours change only with an import: the browser may keep them a few minutes.
      reply.header('cache-control', 'private, max-age=300');
      return shapes;
    },
    status: async (_input, request) => geoStatus(context(request)),
  };
}
