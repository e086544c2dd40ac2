import { createHash, randomBytes } from 'node:crypto';
import { createIdentityRepository, type Db, type UserRecord } from '@maillon/db';
import { DomainError, type Principal } from '@maillon/domain';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './passwords.ts';

export const SESSION_COOKIE = 'maillon_session';

/** Brute-force limits (counted in the database, so they hold across API processes). */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 30 } as const;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface AuthenticatedSession {
  principal: Principal;
  csrfToken: string;
  tokenHash: string;
}

export async function login(options: {
  db: Db;
  email: string;
  password: string;
  ip: string;
  now: Date;
  ttlHours: number;
}): Promise<OpenedSession> {
  const repo = createIdentityRepository(options.db);
  const email = options.email.trim().toLowerCase();
  const since = new Date(options.now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const [byEmail, byIp] = await Promise.all([
    repo.countFailedAttempts({ email, since }),
    repo.countFailedAttempts({ ip: options.ip, since }),
  ]);
  if (byEmail >= LOGIN_LIMITS.perEmail || byIp >= LOGIN_LIMITS.perIp) {
    throw new DomainError('RATE_LIMITED', `Trop de tentatives de connexion. Réessayez dans ${LOGIN_LIMITS.windowMinutes} minutes.`);
  }
  const user = await repo.findUserByEmail(email);
  const ok = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, options.password);
  await repo.recordLoginAttempt({ id: crypto.randomUUID(), email, ip: options.ip, succeeded: ok && user !== null, at: options.now });
  if (!ok || !user) throw new DomainError('UNAUTHENTICATED', 'Adresse e-mail ou mot de passe incorrect.', 'password');
  return openSession({ db: options.db, user, now: options.now, ttlHours: options.ttlHours });
}

export interface OpenedSession {
  /** Goes into the HttpOnly session cookie; only its SHA-256 is stored. */
  token: string;
  session: AuthenticatedSession;
  expiresAt: Date;
}

/**
 * Opens a server-side session for an authenticated user: password login and Pro Santé
 * Connect (OIDC) end here alike.
 */
export async function openSession(options: { db: Db; user: UserRecord; now: Date; ttlHours: number }): Promise<OpenedSession> {
  const { user } = options;
  const repo = createIdentityRepository(options.db);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(options.now.getTime() + options.ttlHours * 3_600_000);
  await repo.createSession(tokenHash(token), { userId: user.id, csrfToken, expiresAt, createdAt: options.now });
  await repo.deleteExpiredSessions(options.now);
  const grants = await repo.grantsOf(user.id);
  return {
    token,
    expiresAt,
    session: {
      principal: { userId: user.id, email: user.email, displayName: user.displayName, grants },
      csrfToken,
      tokenHash: tokenHash(token),
    },
  };
}

export async function resolveSession(db: Db, token: string, now: Date): Promise<AuthenticatedSession | null> {
  const repo = createIdentityRepository(db);
  const hashed = tokenHash(token);
  const session = await repo.findSession(hashed, now);
  if (!session) return null;
  const user = await repo.findUserById(session.userId);
  if (!user) return null;
  const grants = await repo.grantsOf(user.id);
  return {
    principal: { userId: user.id, email: user.email, displayName: user.displayName, grants },
    csrfToken: session.csrfToken,
    tokenHash: hashed,
  };
}

export { hashPassword };
