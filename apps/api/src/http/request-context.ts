import { type CacheKeys, readCacheKeys } from '@maillon/db';
import type { Principal } from '@maillon/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cachedCptsList } from '../composition/cached-cpts-list.ts';
import { cachedGeography, cachedMatchingUnits, cachedUnits } from '../composition/cached-geography.ts';
import type { Ports } from '../composition/ports.ts';
import { buildSteppedContext, buildTerritorialContext, buildUseCaseContext } from '../composition/use-case-context.ts';
import { type AppContext, todayIn } from '../context.ts';
import type { TerritorialContext, UseCaseContext } from '../use-cases/use-case-context.ts';
import { requirePrincipal } from './auth-hooks.ts';
import { negotiatedEncoding } from './content-encoding.ts';
import { SerialisedJson } from './register-routes.ts';
import { requestAudit } from './request-audit.ts';

export { requestAudit };

/** The context of a use case called by this request: ports, transactions, who asks and when. */
export function useCaseContext(ctx: AppContext, request: FastifyRequest): UseCaseContext<Ports> {
  const context = buildUseCaseContext({
    db: ctx.database.db,
    audit: requestAudit(ctx, request),
    principal: requirePrincipal(request),
    now: ctx.clock(),
    today: todayIn(ctx.clock),
    mailer: ctx.mailer,
  });
  // The national unit list (directory imports) from the process's copy of the reference geography.
  const geography = context.ports.geography;
  context.ports.geography = { ...geography, units: cachedUnits(geography, ctx.territoryIndex, ctx.database.db) };
  return context;
}

/** Who asks on a public page without an account: no grant at all. */
export const ANONYMOUS: Principal = { userId: '', email: '', displayName: 'public (sans compte)', grants: [] };

/**
 * The context of a public page (no account needed): the signed-in user if there is one (the
 * audit entry names them), else the anonymous principal, who has no grant.
 */
export function publicUseCaseContext(ctx: AppContext, request: FastifyRequest): UseCaseContext<Ports> {
  return buildUseCaseContext({
    db: ctx.database.db,
    audit: requestAudit(ctx, request),
    principal: request.auth?.principal ?? ANONYMOUS,
    now: ctx.clock(),
    today: todayIn(ctx.clock),
    mailer: ctx.mailer,
  });
}

/** The same with the reference geography's index, for use cases that work on territories. */
export async function territorialUseCaseContext(ctx: AppContext, request: FastifyRequest): Promise<TerritorialContext<Ports>> {
  return (await territorialRequest(ctx, request)).context;
}

/**
 * The versions of everything this process keeps a copy of, as committed at the start of this
 * request: read with the session on a signed-in GET (auth-hooks.ts), else now. A handler that
 * keeps whole answers keys them with these, then hands them to territorialRequest.
 */
export async function currentCacheKeys(ctx: AppContext, request: FastifyRequest): Promise<CacheKeys> {
  return request.cacheKeys ?? readCacheKeys(ctx.database.db);
}

/**
 * A GET's answer kept whole by this process (composition/cpts-page-cache.ts): built, its read
 * checked, once per key — which must name every version the answer is made of and who reads —
 * then served as the route's serializer made it (docs/decisions/0007).
 */
export async function keptAnswer(
  ctx: AppContext,
  http: { request: FastifyRequest; reply: FastifyReply },
  keyOf: (keys: CacheKeys, principal: Principal) => string,
  build: (context: TerritorialContext<Ports>, keys: CacheKeys) => Promise<unknown>,
): Promise<SerialisedJson> {
  const { request, reply } = http;
  const keys = await currentCacheKeys(ctx, request);
  const answer = await ctx.keptPages.get(
    keyOf(keys, requirePrincipal(request)),
    async () => {
      const { context } = await territorialRequest(ctx, request, keys);
      return String(reply.serialize(await build(context, keys)));
    },
    negotiatedEncoding(request),
  );
  return new SerialisedJson(answer.body, answer.encoding);
}

/**
 * The territorial context and the cache keys it was built with (the coverage route keys its
 * coverage index with the same territories version). On a GET both versions are read in one
 * query (readCacheKeys), once per request.
 */
export async function territorialRequest(
  ctx: AppContext,
  request: FastifyRequest,
  knownKeys?: CacheKeys,
): Promise<{ context: TerritorialContext<Ports>; keys: CacheKeys | undefined }> {
  const { db } = ctx.database;
  const base = { db, audit: requestAudit(ctx, request), principal: requirePrincipal(request) };
  // A GET changes no territory and no geography: versions read at its start hold for all of it.
  // A write may change them before its answer is read, so there each copy checks its version when used.
  const keys = request.method === 'GET' ? (knownKeys ?? (await currentCacheKeys(ctx, request))) : undefined;
  const index = await ctx.territoryIndex.get(db, keys?.geography);
  const context = buildTerritorialContext({ ...base, now: ctx.clock(), today: todayIn(ctx.clock), index });
  // Outside a transaction, every CPTS's territory comes from the version-keyed copy this process
  // keeps (composition/coverage-index-cache.ts) instead of reading them all.
  // Transactions keep reading the database, so that they see their own writes.
  const territories = () => ctx.coverageIndex.territories(db, keys?.territories);
  const stored = context.ports.cpts;
  context.ports.cpts = { ...stored, territories, ...(keys ? { list: cachedCptsList(stored, territories) } : {}) };
  // Reference names and units likewise from the geography's version-keyed copy; the version's
  // own reference_meta rows (COG and contour sources) as read with it.
  const geography = cachedGeography(context.ports.geography, ctx.territoryIndex, db, index);
  context.ports.geography = {
    ...geography,
    meta: async (key) => (keys?.meta.has(key) ? (keys.meta.get(key) ?? null) : geography.meta(key)),
  };
  if (keys) {
    const reference = context.ports.aciReference;
    context.ports.aciReference = { ...reference, changes: () => ctx.aciReference.changes(reference, keys.aciReference) };
  }
  context.ports.mtMatching = {
    ...context.ports.mtMatching,
    matchingUnits: cachedMatchingUnits(ctx.territoryIndex, db, index),
  };
  return { context, keys };
}

/** The same with savepoints inside one transaction (registry import: a refused line is undone alone). */
export async function steppedUseCaseContext(ctx: AppContext, request: FastifyRequest) {
  return buildSteppedContext({
    db: ctx.database.db,
    audit: requestAudit(ctx, request),
    principal: requirePrincipal(request),
    now: ctx.clock(),
    today: todayIn(ctx.clock),
    index: await ctx.territoryIndex.get(ctx.database.db),
  });
}
