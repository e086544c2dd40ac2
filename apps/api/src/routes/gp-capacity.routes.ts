import type { gpCapacityApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { declareCapacity, myCapacity, teamCapacities } from '../use-cases/mt-matching/gp-capacity.ts';

/** GP capacity (routes of packages/contracts/src/api/gp-capacity.api.ts). */
export function gpCapacityHandlers(ctx: AppContext): Handlers<typeof gpCapacityApi> {
  return {
    mine: async (_input, request) => myCapacity(useCaseContext(ctx, request)),
    declare: async ({ params, body }, request) => declareCapacity(useCaseContext(ctx, request), params.id, body),
    ofCpts: async ({ params }, request) => teamCapacities(useCaseContext(ctx, request), params.id),
  };
}
