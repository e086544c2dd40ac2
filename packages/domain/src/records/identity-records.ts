/** Records the identity repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface UserRecord {
  id: string;
  email: string;
  /** Null for accounts that sign in only through OpenID Connect. */
  passwordHash: string | null;
  displayName: string;
  isDemo: boolean;
  idNatPs?: string | null;
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
