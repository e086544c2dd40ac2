import type { portalApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { memberPortal } from '../use-cases/portal/member-portal.ts';

/** The member portal (route of packages/contracts/src/api/portal.api.ts). */
export function portalHandlers(ctx: AppContext): Handlers<typeof portalApi> {
  return {
    get: async (_input, request) => memberPortal(useCaseContext(ctx, request)),
  };
}
