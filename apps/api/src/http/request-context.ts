import type { Db } from '@maillon/db';
import type { Principal, TerritoryIndex } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import { type AppContext, todayIn } from '../context.ts';
import { type AuditRecorder, actorOf, createAuditRecorder } from '../use-cases/audit/audit-recorder.ts';
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
