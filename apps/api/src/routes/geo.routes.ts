import { createHash } from 'node:crypto';
import type { geoApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { geoStatus, groupUnits, listDepartements, listEpcis, listRegions, searchUnits } from '../use-cases/geo/geo-queries.ts';
import { shapesVersion, unitTopology } from '../use-cases/geo/unit-topology.ts';

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
      const c = context(request);
      const version = await shapesVersion(c);
      const etag = `"${createHash('sha256')
        .update(`${version}|${query.region ?? ''}|${query.departement ?? ''}`)
        .digest('base64url')
        .slice(0, 27)}"`;
      // Contours change only with an import: the browser keeps them a few minutes, then
      // revalidates with the version (304 without a byte of geometry).
      reply.header('cache-control', 'private, max-age=300').header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return unitTopology(c, query, version);
    },
    status: async (_input, request) => geoStatus(context(request)),
  };
}
