import type { authApi, systemApi } from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import { clientInfo, refuseThrottled } from '../http/auth-replies.ts';
import { secureCookies } from '../http/cookies.ts';
import type { Handlers } from '../http/register-routes.ts';
import { publicUseCaseContext } from '../http/request-audit.ts';
import { logout } from '../use-cases/auth/active-sessions.ts';
import { login } from '../use-cases/auth/login.ts';
import { type AuthenticatedSession, SESSION_COOKIE } from '../use-cases/auth/sessions.ts';
import { checkHealth } from '../use-cases/system/health.ts';

/** Password sign-in and the session (routes declared in packages/contracts/src/api/auth.api.ts). */
export function authHandlers(ctx: AppContext): Handlers<typeof authApi> {
  const cookieOptions = (request: FastifyRequest) =>
    ({ path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(ctx.config.cookieSecure, request) }) as const;
  const me = (session: AuthenticatedSession) => ({
    user: { id: session.principal.userId, email: session.principal.email, displayName: session.principal.displayName },
    grants: [...session.principal.grants],
    csrfToken: session.csrfToken,
    demo: ctx.config.demo,
    hasPassword: session.hasPassword,
  });
  return {
    login: async ({ body }, request, reply) => {
      const result = await login(publicUseCaseContext(ctx, request), {
        credentials: body,
        client: clientInfo(request),
        settings: { ttlHours: ctx.config.sessionTtlHours, throttle: ctx.config.loginThrottle },
        log: request.log,
        replacedSession: request.auth?.tokenHash,
      });
      if (result.kind === 'throttled') refuseThrottled(reply, result);
      reply.setCookie(SESSION_COOKIE, result.opened.token, { ...cookieOptions(request), expires: result.opened.expiresAt });
      return me(result.opened.session);
    },
    logout: async (_input, request, reply) => {
      await logout(publicUseCaseContext(ctx, request), request.auth?.tokenHash);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    },
    me: async (_input, request) => {
      requirePrincipal(request);
      return me(request.auth as AuthenticatedSession);
    },
    // Pro Santé Connect is offered when it is configured (oidc.routes.ts).
    options: async () => ({ oidcEnabled: ctx.config.oidc !== undefined }),
  };
}

/** The service's health (routes declared in packages/contracts/src/api/auth.api.ts). */
export function systemHandlers(ctx: AppContext): Handlers<typeof systemApi> {
  return {
    health: async (_input, request) => {
      await checkHealth(publicUseCaseContext(ctx, request));
      return { status: 'ok' as const, database: ctx.database.kind, demo: ctx.config.demo, version: '0.1.0' };
    },
  };
}
