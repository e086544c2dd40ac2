import type { accountSessionsApi } from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import { clientInfo, refuseThrottled } from '../http/auth-replies.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { listActiveSessions, revokeOtherSessions, revokeSession, type SessionActor } from '../use-cases/auth/active-sessions.ts';
import { changePassword } from '../use-cases/auth/change-password.ts';
import { type AuthenticatedSession, SESSION_COOKIE } from '../use-cases/auth/sessions.ts';

/** The signed-in user's own sessions and password (routes declared in packages/contracts/src/api/auth.api.ts). */
export function accountSessionsHandlers(ctx: AppContext): Handlers<typeof accountSessionsApi> {
  const actor = (request: FastifyRequest): SessionActor => {
    requirePrincipal(request);
    return { session: request.auth as AuthenticatedSession, client: clientInfo(request), log: request.log };
  };
  return {
    list: async (_input, request) => {
      const who = actor(request);
      return { items: await listActiveSessions(useCaseContext(ctx, request), who) };
    },
    revoke: async ({ params }, request, reply) => {
      const who = actor(request);
      const { current } = await revokeSession(useCaseContext(ctx, request), who, params.id);
      if (current) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
    revokeOthers: async (_input, request) => {
      const who = actor(request);
      return { closedSessions: await revokeOtherSessions(useCaseContext(ctx, request), who) };
    },
    changePassword: async ({ body }, request, reply) => {
      const who = actor(request);
      const result = await changePassword(useCaseContext(ctx, request), { actor: who, input: body, throttle: ctx.config.loginThrottle });
      if (result.kind === 'throttled') refuseThrottled(reply, result);
      return { closedSessions: result.closedSessions };
    },
  };
}
