import type { Writable } from 'node:stream';
import type { FastifyServerOptions } from 'fastify';
import { databaseFailureOf } from './database-errors.ts';

/**
 * The API's log never holds personal data (CNIL, « sécurité des traitements »; OWASP Logging
 * Cheat Sheet): no cookie, authorization or CSRF header, no Set-Cookie, no request body, no query
 * string value (search terms are names), and database failures reduced to their SQLSTATE and
 * constraint (database-errors.ts) since Drizzle's message carries the query's parameters.
 */
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.body',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'body',
  'password',
  'csrfToken',
  '*.password',
  '*.csrfToken',
];

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  routeOptions?: { url?: string | undefined };
}

/** Method, path and the names (not the values) of the query's parameters. */
export function serializeRequest(request: LoggedRequest) {
  const [path, query] = request.url.split('?', 2) as [string, string | undefined];
  const keys = query ? [...new URLSearchParams(query).keys()] : [];
  return {
    method: request.method,
    path,
    ...(keys.length ? { queryKeys: [...new Set(keys)] } : {}),
    ...(request.routeOptions?.url ? { route: request.routeOptions.url } : {}),
    remoteAddress: request.ip,
  };
}

interface LoggedError {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
  code?: unknown;
  statusCode?: unknown;
  cause?: unknown;
}

/** An error without what may quote data: a database failure keeps only its summary; others keep type, message, stack, code. */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  const failure = databaseFailureOf(error);
  if (failure) return { type: 'DatabaseError', ...failure };
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const e = error as LoggedError;
  return {
    type: typeof e.name === 'string' ? e.name : 'Error',
    message: e.message,
    stack: e.stack,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.statusCode !== undefined ? { statusCode: e.statusCode } : {}),
    ...(e.cause !== undefined && depth < 4 ? { cause: serializeError(e.cause, depth + 1) } : {}),
  };
}

/** Fastify's logger settings: level, optional destination (tests capture it), redaction, safe serializers. */
export function loggerOptions(level: string, stream?: Writable): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: '[masqué]' },
    serializers: {
      req: serializeRequest as never,
      err: serializeError as never,
      error: serializeError as never,
    },
  };
}
