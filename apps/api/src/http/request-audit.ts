import type { FastifyRequest } from 'fastify';
import { type AuditRecorder, actorOf, createAuditRecorder } from '../composition/audit-recorder.ts';
import type { Ports } from '../composition/ports.ts';
import { buildPublicContext } from '../composition/use-case-context.ts';
import { type AppContext, todayIn } from '../context.ts';
import type { PublicContext } from '../use-cases/use-case-context.ts';

/** The audit recorder of a request, with or without a signed-in user (public pages). */
export function requestAudit(ctx: AppContext, request: FastifyRequest): AuditRecorder {
  return createAuditRecorder({
    actor: actorOf(request.auth?.principal ?? null),
    origin: { route: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`, sourceIp: request.ip ?? null },
    clock: ctx.clock,
  });
}

/** The context of a use case run before anyone is known (sign-in, the session of a cookie). */
export function publicUseCaseContext(ctx: AppContext, request: FastifyRequest): PublicContext<Ports> {
  return buildPublicContext({ db: ctx.database.db, audit: requestAudit(ctx, request), now: ctx.clock(), today: todayIn(ctx.clock) });
}
