import { DomainError, type LoginThrottlePolicy } from '@maillon/domain';
import { type AuthEventLog, logAuthEvent } from './auth-events.ts';
import type { SignInContext } from './auth-ports.ts';
import { type ClientInfo, type OpenedSession, openSession } from './sessions.ts';
import { checkPasswordThrottled, type Throttled, throttledOutcome, throttleKeys } from './throttled-password-check.ts';

export type LoginResult = { kind: 'opened'; opened: OpenedSession; closedSessions: number } | Throttled;

/**
 * Password login under the throttle (login-throttle.ts in the domain): a wrong password or an
 * unknown e-mail is the same 401; every password check is kept in `login_attempts`. With
 * `closeOtherSessions`, the user's other sessions end once the new one is open; the session the
 * browser had before (`replacedSession`, its token hash) ends too.
 */
export async function login(
  ctx: SignInContext,
  options: {
    credentials: { email: string; password: string; closeOtherSessions?: boolean | undefined };
    client: ClientInfo;
    settings: { ttlHours: number; throttle: LoginThrottlePolicy };
    log: AuthEventLog;
    replacedSession?: string | undefined;
  },
): Promise<LoginResult> {
  const { client, log } = options;
  const { now } = ctx;
  const { identity, loginThrottle: throttle } = ctx.ports;
  const email = options.credentials.email.trim().toLowerCase();
  const user = await identity.findUserByEmail(email);
  const check = await checkPasswordThrottled({
    throttle,
    keys: throttleKeys(email, client.address),
    passwordHash: user?.passwordHash ?? null,
    password: options.credentials.password,
    now,
    policy: options.settings.throttle,
  });
  const source = client.address;
  if (check.kind === 'throttled') return throttledOutcome(log, { userId: user?.id ?? null, source, check });
  await identity.recordLoginAttempt({ id: crypto.randomUUID(), email, ip: source, succeeded: check.ok, at: now });
  if (!check.ok || !user) {
    logAuthEvent(log, { event: 'login.failed', userId: user?.id ?? null, source });
    throw new DomainError('UNAUTHENTICATED', 'Adresse e-mail ou mot de passe incorrect.', 'password');
  }
  const opened = await openSession(identity, { user, now, ttlHours: options.settings.ttlHours, client });
  logAuthEvent(log, { event: 'login.succeeded', userId: user.id, source, method: 'password' });
  const closedSessions = options.credentials.closeOtherSessions ? await identity.deleteOtherSessions(user.id, opened.session.sessionId) : 0;
  if (closedSessions > 0)
    logAuthEvent(log, { event: 'session.revoked', userId: user.id, source, sessions: closedSessions, reason: 'login' });
  await throttle.deleteForgotten(new Date(now.getTime() - options.settings.throttle.forgetAfterHours * 3_600_000));
  // A login from a browser that already had a session replaces it.
  if (options.replacedSession) await identity.deleteSession(options.replacedSession);
  return { kind: 'opened', opened, closedSessions };
}
