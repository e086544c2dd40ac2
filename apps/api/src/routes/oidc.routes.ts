import { authOptionsSchema, errorBodySchema } from '@maillon/contracts';
import { createIdentityRepository } from '@maillon/db';
import { DomainError } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { clientInfo } from '../http/auth-replies.ts';
import { secureCookies } from '../http/cookies.ts';
import type { App } from '../http/types.ts';
import { logAuthEvent } from '../use-cases/auth/auth-events.ts';
import { SESSION_COOKIE } from '../use-cases/auth/sessions.ts';
import { finishOidcLogin } from '../use-cases/oidc/finish-oidc-login.ts';
import { createOidcClient } from '../use-cases/oidc/oidc-client.ts';
import { createTransactionSealer, OIDC_TRANSACTION_COOKIE, OIDC_TRANSACTION_TTL_MINUTES } from '../use-cases/oidc/oidc-transaction.ts';
import { startOidcLogin } from '../use-cases/oidc/start-oidc-login.ts';

const tags = ['auth'];
const TRANSACTION_PATH = '/api/auth/oidc';

/**
 * Pro Santé Connect sign-in (OpenID Connect authorization code flow). Both routes are
 * browser navigations: they answer with redirects, to the provider, to `/portail` once signed
 * in, or to `/connexion?erreur=<code>` when the login is refused.
 */
export function oidcRoutes(app: App, ctx: AppContext): void {
  const settings = ctx.config.oidc;
  const client = settings ? createOidcClient(settings) : null;
  const sealer = settings ? createTransactionSealer(settings.clientSecret) : null;
  const secure = (request: FastifyRequest) => secureCookies(ctx.config.cookieSecure, request);
  // Lax, not Strict: the provider sends the browser back with a cross-site top-level GET.
  const transactionCookie = (request: FastifyRequest) =>
    ({ path: TRANSACTION_PATH, httpOnly: true, sameSite: 'lax', secure: secure(request) }) as const;
  const notConfigured = () => new DomainError('NOT_FOUND', 'La connexion par Pro Santé Connect n’est pas configurée sur cette instance.');

  app.get(
    '/api/auth/options',
    { schema: { tags, summary: 'Modes de connexion proposés', response: { 200: authOptionsSchema } } },
    async () => ({ oidcEnabled: client !== null }),
  );

  app.get(
    '/api/auth/oidc/start',
    { schema: { tags, summary: 'Redirige vers Pro Santé Connect (code + PKCE, state, nonce)', response: { 404: errorBodySchema } } },
    async (request, reply) => {
      if (!client || !sealer) throw notConfigured();
      try {
        const { url, transaction } = await startOidcLogin(client, ctx.clock());
        reply.setCookie(OIDC_TRANSACTION_COOKIE, sealer.seal(transaction), {
          ...transactionCookie(request),
          maxAge: OIDC_TRANSACTION_TTL_MINUTES * 60,
        });
        return reply.redirect(url.href);
      } catch (cause) {
        request.log.error({ err: cause }, 'OIDC provider metadata unavailable');
        return reply.redirect('/connexion?erreur=unavailable');
      }
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    { schema: { tags, summary: 'Retour de Pro Santé Connect : ouvre la session', response: { 404: errorBodySchema } } },
    async (request, reply) => {
      if (!client || !sealer) throw notConfigured();
      const now = ctx.clock();
      const result = await finishOidcLogin({
        db: ctx.database.db,
        client,
        callbackQuery: new URLSearchParams(request.url.split('?')[1] ?? ''),
        transaction: sealer.open(request.cookies[OIDC_TRANSACTION_COOKIE], now),
        now,
        ttlHours: ctx.config.sessionTtlHours,
        browser: clientInfo(request),
      });
      // One transaction, one answer: a replayed callback finds no transaction.
      reply.clearCookie(OIDC_TRANSACTION_COOKIE, transactionCookie(request));
      if (!result.ok) {
        request.log.warn({ reason: result.reason, err: result.cause }, 'Pro Santé Connect login refused');
        return reply.redirect(`/connexion?erreur=${result.reason}`);
      }
      logAuthEvent(request.log, {
        event: 'login.succeeded',
        userId: result.opened.session.principal.userId,
        source: request.ip,
        method: 'psc',
      });
      if (request.auth) await createIdentityRepository(ctx.database.db).deleteSession(request.auth.tokenHash);
      reply.setCookie(SESSION_COOKIE, result.opened.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(request),
        expires: result.opened.expiresAt,
      });
      return reply.redirect('/portail');
    },
  );
}
