import type { Db } from '@maillon/db';
import type { Principal, TerritoryIndex } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import { type AppContext, todayIn } from '../context.ts';
import { requirePrincipal } from './auth-hooks.ts';

/** What a use case gets from a request: the database, who asks, and when. */
export interface RequestContext {
  db: Db;
  principal: Principal;
  now: Date;
  today: string;
}

export function requestContext(ctx: AppContext, request: FastifyRequest): RequestContext {
  return { db: ctx.database.db, principal: requirePrincipal(request), now: ctx.clock(), today: todayIn(ctx.clock) };
}

/** The same, with the reference geography for use cases that work on territories. */
export async function territorialContext(ctx: AppContext, request: FastifyRequest): Promise<RequestContext & { index: TerritoryIndex }> {
  const base = requestContext(ctx, request);
  return { ...base, index: await ctx.territoryIndex.get(base.db) };
}
