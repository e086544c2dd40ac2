import type { Principal } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import { cachedGeography, cachedMatchingUnits, cachedUnits } from '../composition/cached-geography.ts';
import type { Ports } from '../composition/ports.ts';
import { buildSteppedContext, buildTerritorialContext, buildUseCaseContext } from '../composition/use-case-context.ts';
import { type AppContext, todayIn } from '../context.ts';
import type { TerritorialContext, UseCaseContext } from '../use-cases/use-case-context.ts';
import { requirePrincipal } from './auth-hooks.ts';
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
  const base = { db: ctx.database.db, audit: requestAudit(ctx, request), principal: requirePrincipal(request) };
  const index = await ctx.territoryIndex.get(ctx.database.db);
  const context = buildTerritorialContext({ ...base, now: ctx.clock(), today: todayIn(ctx.clock), index });
  // Outside a transaction, every CPTS's territory comes from the version-keyed copy this process
  // keeps (composition/coverage-index-cache.ts): one small query instead of reading them all.
  // Transactions keep reading the database, so that they see their own writes.
  context.ports.cpts = { ...context.ports.cpts, territories: () => ctx.coverageIndex.territories(ctx.database.db) };
  // Reference names and units likewise from the geography's version-keyed copy.
  context.ports.geography = cachedGeography(context.ports.geography, ctx.territoryIndex, ctx.database.db, index);
  context.ports.mtMatching = {
    ...context.ports.mtMatching,
    matchingUnits: cachedMatchingUnits(ctx.territoryIndex, ctx.database.db, index),
  };
  return context;
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
