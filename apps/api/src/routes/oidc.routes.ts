import type { oidcApi } from '@maillon/contracts';
import { DomainError } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import { createOidcClient } from '../adapters/oidc-client.ts';
import type { AppContext } from '../context.ts';
import { clientInfo } from '../http/auth-replies.ts';
import { secureCookies } from '../http/cookies.ts';
import { createTransactionSealer, OIDC_TRANSACTION_COOKIE, OIDC_TRANSACTION_TTL_MINUTES } from '../http/oidc-transaction-cookie.ts';
import type { Handlers } from '../http/register-routes.ts';
import { publicUseCaseContext } from '../http/request-audit.ts';
import { logAuthEvent } from '../use-cases/auth/auth-events.ts';
import { SESSION_COOKIE } from '../use-cases/auth/sessions.ts';
import { finishOidcLogin } from '../use-cases/oidc/finish-oidc-login.ts';
import { startOidcLogin } from '../use-cases/oidc/start-oidc-login.ts';

const TRANSACTION_PATH = '/api/auth/oidc';

/**
 * Pro Santé Connect sign-in (routes declared in packages/contracts/src/api/auth.api.ts). Both
 * routes are browser navigations: they answer with redirects, to the provider, to `/portail`
 * once signed in, or to `/connexion?erreur=<code>` when the login is refused.
 */
export function oidcHandlers(ctx: AppContext): Handlers<typeof oidcApi> {
  const settings = ctx.config.oidc;
  const client = settings ? createOidcClient(settings) : null;
  const sealer = settings ? createTransactionSealer(settings.clientSecret) : null;
  const secure = (request: FastifyRequest) => secureCookies(ctx.config.cookieSecure, request);
  // Lax, not Strict: the provider sends the browser back with a cross-site top-level GET.
  const transactionCookie = (request: FastifyRequest) =>
    ({ path: TRANSACTION_PATH, httpOnly: true, sameSite: 'lax', secure: secure(request) }) as const;
  const notConfigured = () => new DomainError('NOT_FOUND', 'La connexion par Pro Santé Connect n’est pas configurée sur cette instance.');

  return {
    start: async (_input, request, reply) => {
      if (!client || !sealer) throw notConfigured();
      try {
        const { url, transaction } = await startOidcLogin(client, ctx.clock());
        reply.setCookie(OIDC_TRANSACTION_COOKIE, sealer.seal(transaction), {
          ...transactionCookie(request),
          maxAge: OIDC_TRANSACTION_TTL_MINUTES * 60,
        });
        return { redirect: url.href };
      } catch (cause) {
        request.log.error({ err: cause }, 'OIDC provider metadata unavailable');
        return { redirect: '/connexion?erreur=unavailable' };
      }
    },
    callback: async (_input, request, reply) => {
      if (!client || !sealer) throw notConfigured();
      const c = publicUseCaseContext(ctx, request);
      const result = await finishOidcLogin(c, {
        provider: client,
        callbackQuery: new URLSearchParams(request.url.split('?')[1] ?? ''),
        transaction: sealer.open(request.cookies[OIDC_TRANSACTION_COOKIE], c.now),
        ttlHours: ctx.config.sessionTtlHours,
        browser: clientInfo(request),
        replacedSession: request.auth?.tokenHash,
      });
      // One transaction, one answer: a replayed callback finds no transaction.
      reply.clearCookie(OIDC_TRANSACTION_COOKIE, transactionCookie(request));
      if (!result.ok) {
        request.log.warn({ reason: result.reason, err: result.cause }, 'Pro Santé Connect login refused');
        return { redirect: `/connexion?erreur=${result.reason}` };
      }
      logAuthEvent(request.log, {
        event: 'login.succeeded',
        userId: result.opened.session.principal.userId,
        source: request.ip,
        method: 'psc',
      });
      reply.setCookie(SESSION_COOKIE, result.opened.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(request),
        expires: result.opened.expiresAt,
      });
      return { redirect: '/portail' };
    },
  };
}
