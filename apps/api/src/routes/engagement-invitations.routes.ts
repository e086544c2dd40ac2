import type { engagementInvitationsApi } from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialUseCaseContext } from '../http/request-context.ts';
import { answerInvitationOf, listInvitations, recordInvitations } from '../use-cases/engagement/invitations.ts';
import type { EngagementContext } from '../use-cases/engagement/load-engagement-cpts.ts';

/** Invitations and their answers (routes declared in packages/contracts/src/api/engagement.api.ts). */
export function engagementInvitationsHandlers(ctx: AppContext): Handlers<typeof engagementInvitationsApi> {
  const context = (request: FastifyRequest): Promise<EngagementContext> => territorialUseCaseContext(ctx, request);
  return {
    list: async ({ params }, request) => listInvitations(await context(request), params.id),
    record: async ({ params, body }, request) => recordInvitations(await context(request), params.id, body),
    answer: async ({ params, body }, request) => {
      const c = await context(request);
      await answerInvitationOf(c, { cptsId: params.id, invitationId: params.invitationId }, body);
      return listInvitations(c, params.id);
    },
  };
}
