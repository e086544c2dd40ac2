import { DomainError } from '@maillon/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ClientInfo } from '../use-cases/auth/sessions.ts';

/** The client of a request: its address (X-Forwarded-For only from trusted proxies) and User-Agent. */
export function clientInfo(request: FastifyRequest): ClientInfo {
  return { address: request.ip, userAgent: request.headers['user-agent'] };
}

/** 429 with `Retry-After` in seconds (RFC 9110 §10.2.3) and a French message saying when to retry. */
export function refuseThrottled(reply: FastifyReply, throttled: { retryAfterSeconds: number; message: string }): never {
  reply.header('retry-after', String(throttled.retryAfterSeconds));
  throw new DomainError('RATE_LIMITED', throttled.message);
}
