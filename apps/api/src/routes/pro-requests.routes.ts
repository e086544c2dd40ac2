import type { proRequestsApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { acceptProRequest, cancelProRequest, declineProRequest, postProRequest } from '../use-cases/pro-requests/pro-request-commands.ts';
import { myProRequests, proRequestCounts, proRequestDetail, teamProRequests } from '../use-cases/pro-requests/pro-request-queries.ts';

/** Requests between professionals (routes of packages/contracts/src/api/pro-requests.api.ts). */
export function proRequestsHandlers(ctx: AppContext): Handlers<typeof proRequestsApi> {
  return {
    mine: async (_input, request) => myProRequests(useCaseContext(ctx, request)),
    post: async ({ body }, request) => postProRequest(useCaseContext(ctx, request), body),
    detail: async ({ params }, request) => proRequestDetail(useCaseContext(ctx, request), params.id),
    accept: async ({ params }, request) => acceptProRequest(useCaseContext(ctx, request), params.id),
    decline: async ({ params, body }, request) => declineProRequest(useCaseContext(ctx, request), params.id, body.reason),
    cancel: async ({ params }, request) => cancelProRequest(useCaseContext(ctx, request), params.id),
    ofCpts: async ({ params }, request) => teamProRequests(useCaseContext(ctx, request), params.id),
    figures: async ({ params }, request) => proRequestCounts(useCaseContext(ctx, request), params.id),
  };
}
