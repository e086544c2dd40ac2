import type { Grant } from '../access/principal.ts';
/** The storage contract of identity: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export interface UserRecord {
  id: string;
  email: string;
  /** Null for accounts that sign in only through OpenID Connect. */
  passwordHash: string | null;
  displayName: string;
  isDemo: boolean;
  idNatPs?: string | null;
}

/** What a request needs of the user of its session: never the password hash itself. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  /** False for accounts that sign in only through OpenID Connect. */
  hasPassword: boolean;
}

export interface SessionRecord {
  /** Public id of the session (what its owner sees and revokes). */
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

export interface NewSession {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
  sourceAddress: string | null;
  deviceLabel: string | null;
}

/** One line of a user's active sessions. */

export interface ActiveSessionRecord {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  sourceAddress: string | null;
  deviceLabel: string | null;
}

export interface IdentityRepository {
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUserById(id: string): Promise<UserRecord | null>;
  /** Display names of these users (history authors, deciders); removed accounts are absent. */
  displayNames(ids: readonly string[]): Promise<Map<string, string>>;
  createUser(user: UserRecord & { createdAt: Date }, grants: readonly Grant[]): Promise<void>;
  grantsOf(userId: string): Promise<Grant[]>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  createSession(tokenHash: string, session: NewSession): Promise<void>;
  /**
   * The unexpired session with its user and grants, in one round trip: every API request
   * resolves its session (issue #11 item 3).
   */
  findSessionWithUser(tokenHash: string, now: Date): Promise<{ session: SessionRecord; user: SessionUser; grants: Grant[] } | null>;
  /** Records activity on a session (callers refresh it at most every few minutes). */
  touchSession(tokenHash: string, now: Date): Promise<void>;
  /** The user's unexpired sessions, most recently active first. */
  listSessions(userId: string, now: Date): Promise<ActiveSessionRecord[]>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Deletes one of the user's sessions by its public id; false when the user has no such session. */
  deleteUserSession(userId: string, sessionId: string): Promise<boolean>;
  /** Deletes every session of the user but `keepSessionId`; returns how many were closed. */
  deleteOtherSessions(userId: string, keepSessionId: string): Promise<number>;
  deleteExpiredSessions(now: Date): Promise<void>;
  recordLoginAttempt(attempt: { id: string; email: string; ip: string; succeeded: boolean; at: Date }): Promise<void>;
}
