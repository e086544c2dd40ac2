import { createHash, randomBytes } from 'node:crypto';
import type { IdentityRepository, UserRecord } from '@maillon/domain';
import { deviceLabel, type Principal } from '@maillon/domain';
import { hashPassword } from './passwords.ts';

export const SESSION_COOKIE = 'maillon_session';

/**
 * A session's last activity is written at most this often: the list of active sessions stays
 * accurate to a few minutes without a database write on every request.
 */
export const LAST_SEEN_REFRESH_MINUTES = 5;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Who is calling, as the HTTP layer sees it: the address (after trusted proxies) and the User-Agent. */
export interface ClientInfo {
  address: string;
  userAgent: string | undefined;
}

export interface AuthenticatedSession {
  principal: Principal;
  csrfToken: string;
  tokenHash: string;
  /** Public id of this session (marks "cette session" in the list, kept when closing the others). */
  sessionId: string;
  /** False for accounts that sign in through Pro Santé Connect only. */
  hasPassword: boolean;
}

export interface OpenedSession {
  /** Goes into the HttpOnly session cookie; only its SHA-256 is stored. */
  token: string;
  session: AuthenticatedSession;
  expiresAt: Date;
}

/**
 * Opens a server-side session for an authenticated user: password login and Pro Santé
 * Connect (OIDC) end here alike. Records the address and a short device label for the owner's
 * list of active sessions.
 */
export async function openSession(
  repo: Pick<IdentityRepository, 'createSession' | 'deleteExpiredSessions' | 'grantsOf'>,
  options: {
    user: UserRecord;
    now: Date;
    ttlHours: number;
    client: ClientInfo;
  },
): Promise<OpenedSession> {
  const { user, now } = options;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + options.ttlHours * 3_600_000);
  const sessionId = crypto.randomUUID();
  await repo.createSession(tokenHash(token), {
    id: sessionId,
    userId: user.id,
    csrfToken,
    expiresAt,
    createdAt: now,
    sourceAddress: options.client.address,
    deviceLabel: deviceLabel(options.client.userAgent),
  });
  await repo.deleteExpiredSessions(now);
  const grants = await repo.grantsOf(user.id);
  return {
    token,
    expiresAt,
    session: {
      principal: { userId: user.id, email: user.email, displayName: user.displayName, grants },
      csrfToken,
      tokenHash: tokenHash(token),
      sessionId,
      hasPassword: user.passwordHash !== null,
    },
  };
}

/** The session of a cookie token, or null (unknown, expired or revoked); refreshes its last activity. */
export async function resolveSession(
  repo: Pick<IdentityRepository, 'findSessionWithUser' | 'touchSession'>,
  token: string,
  now: Date,
): Promise<AuthenticatedSession | null> {
  const hashed = tokenHash(token);
  const found = await repo.findSessionWithUser(hashed, now);
  if (!found) return null;
  const { session, user, grants } = found;
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_REFRESH_MINUTES * 60_000) await repo.touchSession(hashed, now);
  return {
    principal: { userId: user.id, email: user.email, displayName: user.displayName, grants },
    csrfToken: session.csrfToken,
    tokenHash: hashed,
    sessionId: session.id,
    hasPassword: user.hasPassword,
  };
}

export { hashPassword };
