import {
  errorBodySchema,
  invitationAnswerSchema,
  invitationCreatedSchema,
  invitationCreateSchema,
  invitationsSchema,
  PERSONAL_DATA_TAG,
  uuidSchema,
} from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { territorialContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { answerInvitationOf, listInvitations, recordInvitations } from '../use-cases/engagement/invitations.ts';
import type { EngagementContext } from '../use-cases/engagement/load-engagement-cpts.ts';

const idParams = z.object({ id: uuidSchema });
const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema };

/** Invitations sent to professionals and partners of the territory, and their answers (issue #3 point 5). */
export function engagementInvitationsRoutes(app: App, ctx: AppContext): void {
  const tags = ['engagement'];
  const personal = [...tags, PERSONAL_DATA_TAG];
  const context = (request: FastifyRequest): Promise<EngagementContext> => territorialContext(ctx, request);

  app.get(
    '/api/cpts/:id/invitations',
    {
      schema: {
        tags: personal,
        summary: 'Invitations envoyées et leurs réponses',
        params: idParams,
        response: { 200: invitationsSchema, ...errors },
      },
    },
    async (request) => listInvitations(await context(request), request.params.id),
  );

  app.post(
    '/api/cpts/:id/invitations',
    {
      schema: {
        tags: personal,
        summary: 'Enregistre des invitations envoyées (en lot)',
        params: idParams,
        body: invitationCreateSchema,
        response: { 201: invitationCreatedSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await recordInvitations(await context(request), request.params.id, request.body)),
  );

  app.put(
    '/api/cpts/:id/invitations/:invitationId',
    {
      schema: {
        tags: personal,
        summary: 'Enregistre la réponse à une invitation (acceptée, déclinée) ou la rouvre',
        params: idParams.extend({ invitationId: uuidSchema }),
        body: invitationAnswerSchema,
        response: { 200: invitationsSchema, ...errors },
      },
    },
    async (request) => {
      const c = await context(request);
      await answerInvitationOf(c, { cptsId: request.params.id, invitationId: request.params.invitationId }, request.body);
      return listInvitations(c, request.params.id);
    },
  );
}
