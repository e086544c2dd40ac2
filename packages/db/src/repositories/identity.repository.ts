import type { Grant } from '@maillon/domain';
import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { loginAttempts, sessions, userGrants, users } from '../schema/index.ts';

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
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface IdentityRepository {
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUserById(id: string): Promise<UserRecord | null>;
  createUser(user: UserRecord & { createdAt: Date }, grants: readonly Grant[]): Promise<void>;
  grantsOf(userId: string): Promise<Grant[]>;
  createSession(tokenHash: string, session: SessionRecord & { createdAt: Date }): Promise<void>;
  findSession(tokenHash: string, now: Date): Promise<SessionRecord | null>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<void>;
  recordLoginAttempt(attempt: { id: string; email: string; ip: string; succeeded: boolean; at: Date }): Promise<void>;
  countFailedAttempts(filter: { email?: string; ip?: string; since: Date }): Promise<number>;
}

function toGrant(row: typeof userGrants.$inferSelect): Grant | null {
  if (row.role === 'admin') return { role: 'admin' };
  if ((row.role === 'ars' || row.role === 'cpam') && row.regionCode) return { role: row.role, regionCode: row.regionCode };
  if (row.role === 'coordinator' && row.cptsId) return { role: 'coordinator', cptsId: row.cptsId };
  return null;
}

export function createIdentityRepository(db: Db): IdentityRepository {
  return {
    async findUserByEmail(email) {
      const rows = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
      return rows[0] ?? null;
    },
    async findUserById(id) {
      const rows = await db.select().from(users).where(eq(users.id, id));
      return rows[0] ?? null;
    },
    async createUser(user, grants) {
      await db.insert(users).values({ ...user, email: user.email.toLowerCase() });
      if (grants.length === 0) return;
      await db.insert(userGrants).values(
        grants.map((g) => ({
          id: crypto.randomUUID(),
          userId: user.id,
          role: g.role,
          regionCode: g.role === 'ars' || g.role === 'cpam' ? g.regionCode : null,
          cptsId: g.role === 'coordinator' ? g.cptsId : null,
        })),
      );
    },
    async grantsOf(userId) {
      const rows = await db.select().from(userGrants).where(eq(userGrants.userId, userId));
      return rows.map(toGrant).filter((g): g is Grant => g !== null);
    },
    async createSession(tokenHash, session) {
      await db.insert(sessions).values({ tokenHash, ...session });
    },
    async findSession(tokenHash, now) {
      const rows = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
      return rows[0] ?? null;
    },
    async deleteSession(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteExpiredSessions(now) {
      await db.delete(sessions).where(lt(sessions.expiresAt, now));
    },
    async recordLoginAttempt(a) {
      await db
        .insert(loginAttempts)
        .values({ id: a.id, email: a.email.toLowerCase(), ip: a.ip, succeeded: a.succeeded, attemptedAt: a.at });
    },
    async countFailedAttempts(filter) {
      const conditions = [eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, filter.since)];
      if (filter.email) conditions.push(eq(loginAttempts.email, filter.email.toLowerCase()));
      if (filter.ip) conditions.push(eq(loginAttempts.ip, filter.ip));
      const rows = await db
        .select({ n: count() })
        .from(loginAttempts)
        .where(and(...conditions));
      return rows[0]?.n ?? 0;
    },
  };
}
