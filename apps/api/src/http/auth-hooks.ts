import { type CacheKeys, createIdentityRepository, readSessionsWithCacheKeys } from '@maillon/db';
import { DomainError, type Principal } from '@maillon/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { type AuthenticatedSession, resolveSession, SESSION_COOKIE } from '../use-cases/auth/sessions.ts';
import { tickBatcher } from './tick-batch.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthenticatedSession | null;
    /** On a signed-in GET, the cache keys read with the session (readSessionsWithCacheKeys). */
    cacheKeys: CacheKeys | null;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie on every API request and enforces CSRF protection on
 * state-changing requests: the session's token must come back in `x-csrf-token`
 * (synchronizer token pattern, OWASP CSRF cheat sheet). Login has no session yet: there the
 * Origin header, when sent, must be this host.
 */
export function registerAuthHooks(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('cacheKeys', null);
  // Every request reads its session: the repository alone, not a whole use-case context (issue #11 item 3).
  const { db } = ctx.database;
  const identity = createIdentityRepository(db);
  // A GET reads the versions of the copies this process keeps in the same query (one round trip per cached page),
  // and the GETs that arrived together share it.
  const readSessions = tickBatcher((hashes: readonly string[]) => readSessionsWithCacheKeys(db, hashes));
  const sessionsFor = (request: FastifyRequest) =>
    request.method === 'GET'
      ? {
          touchSession: identity.touchSession,
          findSessionWithUser: async (hash: string, now: Date) => {
            const read = await readSessions(hash);
            const session = read.sessionOf(hash, now);
            request.cacheKeys = session ? read.keys : null;
            return session;
          },
        }
      : identity;
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await resolveSession(sessionsFor(request), token, ctx.clock()) : null;
    if (!MUTATING.has(request.method)) return;
    if (request.url.startsWith('/api/auth/login')) {
      const origin = request.headers.origin;
      // An opaque origin (`Origin: null`, sent from sandboxed frames, file: pages or some
      // redirects) or an unparsable one is refused like a foreign one.
      if (origin && (!URL.canParse(origin) || new URL(origin).host !== request.headers.host)) {
        throw new DomainError('FORBIDDEN', 'Origine de la requête refusée.');
      }
      return;
    }
    if (request.auth && request.headers['x-csrf-token'] !== request.auth.csrfToken) {
      throw new DomainError('FORBIDDEN', 'Jeton CSRF manquant ou invalide : rechargez la page.');
    }
  });
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.auth) throw new DomainError('UNAUTHENTICATED', 'Connexion requise.');
  return request.auth.principal;
}
