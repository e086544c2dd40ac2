import type { Db } from '@maillon/db';
import type { Principal, TerritoryIndex } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import type { Ports } from '../composition/ports.ts';
import { buildTerritorialContext, buildUseCaseContext } from '../composition/use-case-context.ts';
import { type AppContext, todayIn } from '../context.ts';
import { type AuditRecorder, actorOf, createAuditRecorder } from '../use-cases/audit/audit-recorder.ts';
import type { TerritorialContext, UseCaseContext } from '../use-cases/use-case-context.ts';
import { requirePrincipal } from './auth-hooks.ts';

/** What a use case gets from a request: the database, who asks, when, and the audit trail. */
export interface RequestContext {
  db: Db;
  principal: Principal;
  now: Date;
  today: string;
  audit: AuditRecorder;
}

/** The audit recorder of a request, with or without a signed-in user (public pages). */
export function requestAudit(ctx: AppContext, request: FastifyRequest): AuditRecorder {
  return createAuditRecorder({
    actor: actorOf(request.auth?.principal ?? null),
    origin: { route: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`, sourceIp: request.ip ?? null },
    clock: ctx.clock,
  });
}

export function requestContext(ctx: AppContext, request: FastifyRequest): RequestContext {
  return {
    db: ctx.database.db,
    principal: requirePrincipal(request),
    now: ctx.clock(),
    today: todayIn(ctx.clock),
    audit: requestAudit(ctx, request),
  };
}

/** The same, with the reference geography for use cases that work on territories. */
export async function territorialContext(ctx: AppContext, request: FastifyRequest): Promise<RequestContext & { index: TerritoryIndex }> {
  const base = requestContext(ctx, request);
  return { ...base, index: await ctx.territoryIndex.get(base.db) };
}

/** The context of a use case called by this request: ports, transactions, who asks and when. */
export function useCaseContext(ctx: AppContext, request: FastifyRequest): UseCaseContext<Ports> {
  return buildUseCaseContext({
    db: ctx.database.db,
    audit: requestAudit(ctx, request),
    principal: requirePrincipal(request),
    now: ctx.clock(),
    today: todayIn(ctx.clock),
    mailer: ctx.mailer,
  });
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
  return buildTerritorialContext({
    ...base,
    now: ctx.clock(),
    today: todayIn(ctx.clock),
    index: await ctx.territoryIndex.get(ctx.database.db),
  });
}
