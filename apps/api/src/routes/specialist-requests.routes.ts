import type { specialistRequestsApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import {
  answerSpecialistRequest,
  bookSpecialistRequest,
  cancelSpecialistRequest,
  postSpecialistRequest,
} from '../use-cases/specialist-requests/specialist-request-commands.ts';
import {
  mySpecialistRequests,
  specialistIndicator,
  teamSpecialistRequests,
} from '../use-cases/specialist-requests/specialist-request-queries.ts';

/** Specialist consultations and opinions (routes of packages/contracts/src/api/specialist-requests.api.ts). */
export function specialistRequestsHandlers(ctx: AppContext): Handlers<typeof specialistRequestsApi> {
  return {
    mine: async (_input, request) => mySpecialistRequests(useCaseContext(ctx, request)),
    post: async ({ body }, request) => postSpecialistRequest(useCaseContext(ctx, request), body),
    answer: async ({ params, body }, request) => answerSpecialistRequest(useCaseContext(ctx, request), params.id, body.text),
    book: async ({ params, body }, request) => bookSpecialistRequest(useCaseContext(ctx, request), params.id, body.slotId),
    cancel: async ({ params }, request) => cancelSpecialistRequest(useCaseContext(ctx, request), params.id),
    ofCpts: async ({ params }, request) => teamSpecialistRequests(useCaseContext(ctx, request), params.id),
    indicator: async ({ params }, request) => specialistIndicator(useCaseContext(ctx, request), params.id),
  };
}
