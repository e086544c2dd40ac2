import {
  activeSessionListSchema,
  changePasswordRequestSchema,
  closedSessionsSchema,
  errorBodySchema,
  PERSONAL_DATA_TAG,
  sessionIdParamsSchema,
} from '@maillon/contracts';
import { createIdentityRepository } from '@maillon/db';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import { clientInfo, refuseThrottled } from '../http/auth-replies.ts';
import { requestAudit } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { listActiveSessions, revokeOtherSessions, revokeSession, type SessionActor } from '../use-cases/auth/active-sessions.ts';
import { changePassword } from '../use-cases/auth/change-password.ts';
import { type AuthenticatedSession, SESSION_COOKIE } from '../use-cases/auth/sessions.ts';

const tags = ['auth', PERSONAL_DATA_TAG];

/** The signed-in user's own sessions ("Sessions actives") and password. */
export function accountSessionsRoutes(app: App, ctx: AppContext): void {
  const store = () => createIdentityRepository(ctx.database.db);
  const actor = (request: FastifyRequest): SessionActor => {
    requirePrincipal(request);
    const recorder = requestAudit(ctx, request);
    return {
      session: request.auth as AuthenticatedSession,
      client: clientInfo(request),
      log: request.log,
      audit: (event) => recorder.record(ctx.database.db, event),
    };
  };

  app.get(
    '/api/auth/sessions',
    {
      schema: {
        tags,
        summary: 'Sessions ouvertes de l’utilisateur connecté',
        response: { 200: activeSessionListSchema, 401: errorBodySchema },
      },
    },
    async (request) => ({ items: await listActiveSessions(store(), actor(request), ctx.clock()) }),
  );

  app.delete(
    '/api/auth/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Ferme une de ses sessions (sa prochaine requête reçoit 401)',
        params: sessionIdParamsSchema,
        response: { 204: z.null(), 401: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { current } = await revokeSession(store(), actor(request), request.params.id);
      if (current) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/sessions/revoke-others',
    { schema: { tags, summary: 'Ferme toutes ses autres sessions', response: { 200: closedSessionsSchema, 401: errorBodySchema } } },
    async (request) => ({ closedSessions: await revokeOtherSessions(store(), actor(request)) }),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change son mot de passe (mot de passe actuel requis), en fermant par défaut les autres sessions',
        body: changePasswordRequestSchema,
        response: { 200: closedSessionsSchema, 401: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const result = await changePassword({
        db: ctx.database.db,
        actor: actor(request),
        input: request.body,
        now: ctx.clock(),
        throttle: ctx.config.loginThrottle,
      });
      if (result.kind === 'throttled') refuseThrottled(reply, result);
      return { closedSessions: result.closedSessions };
    },
  );
}
