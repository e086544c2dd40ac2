import { errorBodySchema, loginRequestSchema, meSchema } from '@maillon/contracts';
import { createIdentityRepository } from '@maillon/db';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import { clientInfo, refuseThrottled } from '../http/auth-replies.ts';
import { secureCookies } from '../http/cookies.ts';
import type { App } from '../http/types.ts';
import { login } from '../use-cases/auth/login.ts';
import { type AuthenticatedSession, SESSION_COOKIE } from '../use-cases/auth/sessions.ts';

export function authRoutes(app: App, ctx: AppContext): void {
  const cookieOptions = (request: FastifyRequest) =>
    ({ path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(ctx.config.cookieSecure, request) }) as const;
  const me = (session: AuthenticatedSession) => ({
    user: { id: session.principal.userId, email: session.principal.email, displayName: session.principal.displayName },
    grants: [...session.principal.grants],
    csrfToken: session.csrfToken,
    demo: ctx.config.demo,
    hasPassword: session.hasPassword,
  });

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Ouvre une session (cookie HttpOnly), en fermant au besoin les autres sessions',
        body: loginRequestSchema,
        response: { 200: meSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const result = await login({
        db: ctx.database.db,
        credentials: request.body,
        client: clientInfo(request),
        now: ctx.clock(),
        settings: { ttlHours: ctx.config.sessionTtlHours, throttle: ctx.config.loginThrottle },
        log: request.log,
      });
      if (result.kind === 'throttled') refuseThrottled(reply, result);
      // A login from a browser that already had a session replaces it.
      if (request.auth) await createIdentityRepository(ctx.database.db).deleteSession(request.auth.tokenHash);
      reply.setCookie(SESSION_COOKIE, result.opened.token, { ...cookieOptions(request), expires: result.opened.expiresAt });
      return me(result.opened.session);
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Ferme la session' } }, async (request, reply) => {
    if (request.auth) await createIdentityRepository(ctx.database.db).deleteSession(request.auth.tokenHash);
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    return reply.status(204).send();
  });

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'Utilisateur connecté et jeton CSRF', response: { 200: meSchema, 401: errorBodySchema } } },
    async (request) => {
      requirePrincipal(request);
      return me(request.auth as AuthenticatedSession);
    },
  );

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'État du service',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), demo: z.boolean(), version: z.string() }),
        },
      },
    },
    async () => {
      await ctx.database.db.execute('select 1');
      return { status: 'ok' as const, database: ctx.database.kind, demo: ctx.config.demo, version: '0.1.0' };
    },
  );
}
