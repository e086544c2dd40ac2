/**
 * Security events of authentication, written through the request logger (OWASP Logging Cheat
 * Sheet, "Which events to log": authentication successes and failures, session management).
 * They name the user by id and the client by address, never by e-mail, and never a password.
 */
export type AuthEvent =
  | { event: 'login.succeeded'; userId: string; source: string; method: 'password' | 'psc' }
  | { event: 'login.failed'; userId: string | null; source: string }
  | { event: 'login.throttled'; userId: string | null; source: string; retryAfterSeconds: number; limitedBy: 'pair' | 'source' }
  | { event: 'session.revoked'; userId: string; source: string; sessions: number; reason: 'user' | 'login' | 'password-change' }
  | { event: 'password.changed'; userId: string; source: string };

/** The part of a logger (pino, Fastify's request.log) the events need. */
export interface AuthEventLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export function logAuthEvent(log: AuthEventLog, fields: AuthEvent): void {
  const warning = fields.event === 'login.failed' || fields.event === 'login.throttled';
  if (warning) log.warn(fields, `auth: ${fields.event}`);
  else log.info(fields, `auth: ${fields.event}`);
}
