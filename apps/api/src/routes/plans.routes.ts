import type { plansApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialUseCaseContext } from '../http/request-context.ts';
import { createPlan, listPlans, updatePlan } from '../use-cases/plans/plans.ts';

/** The « 100 % CPTS » plans (routes declared in packages/contracts/src/api/plans.api.ts). */
export function plansHandlers(ctx: AppContext): Handlers<typeof plansApi> {
  const context = (request: Parameters<typeof territorialUseCaseContext>[1]) => territorialUseCaseContext(ctx, request);
  return {
    list: async ({ query }, request) => ({ items: await listPlans(await context(request), query.region) }),
    create: async ({ body }, request) => createPlan(await context(request), body),
    update: async ({ params, body }, request) => updatePlan(await context(request), params.id, body),
  };
}
