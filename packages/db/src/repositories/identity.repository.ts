import type { Grant, IdentityRepository, SessionRecord, SessionUser } from '@maillon/domain';
import { and, desc, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { preparedPerDb } from '../prepared.ts';
import { loginAttempts, sessions, userGrants, users } from '../schema/index.ts';

function toGrant(row: typeof userGrants.$inferSelect): Grant | null {
  if (row.role === 'admin') return { role: 'admin' };
  if (row.role === 'ars' && row.regionCode) return { role: 'ars', regionCode: row.regionCode };
  // A CPAM grant without its département (recorded before roles were split) grants nothing.
  if (row.role === 'cpam' && row.regionCode && row.departementCode)
    return { role: 'cpam', regionCode: row.regionCode, departementCode: row.departementCode };
  if (row.role === 'coordinator' && row.cptsId) return { role: 'coordinator', cptsId: row.cptsId };
  if (row.role === 'sas' && row.departementCode && !row.cptsId) return { role: 'sas', departementCode: row.departementCode, cptsId: null };
  if (row.role === 'sas' && row.cptsId && !row.departementCode) return { role: 'sas', departementCode: null, cptsId: row.cptsId };
  return null;
}

/** What resolving a session reads: the session, its user, and one row per grant. */
export const SESSION_COLUMNS = {
  session: {
    id: sessions.id,
    userId: sessions.userId,
    csrfToken: sessions.csrfToken,
    expiresAt: sessions.expiresAt,
    lastSeenAt: sessions.lastSeenAt,
  },
  user: {
    id: users.id,
    email: users.email,
    displayName: users.displayName,
    hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  },
  grant: userGrants,
};

/** The unexpired session of the `tokenHash` placeholder at the `now` placeholder. */
const unexpiredSession = () => and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now')));

type SessionRow = { session: SessionRecord; user: SessionUser; grant: typeof userGrants.$inferSelect | null };

/** The session, user and grants of the rows of a session query (no row: no such session). */
export function sessionWithUserOf(rows: readonly SessionRow[]): { session: SessionRecord; user: SessionUser; grants: Grant[] } | null {
  const first = rows[0];
  if (!first) return null;
  // A grant once per row it appears in (a query joined to other rows repeats it).
  const grants = new Map<string, Grant>();
  for (const row of rows) {
    const grant = row.grant ? toGrant(row.grant) : null;
    if (row.grant && grant) grants.set(row.grant.id, grant);
  }
  return { session: first.session, user: first.user, grants: [...grants.values()] };
}

/** Every API request resolves its session: the query is built once (prepared.ts). */
const sessionWithUser = preparedPerDb((db: Db) =>
  db
    .select(SESSION_COLUMNS)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(userGrants, eq(userGrants.userId, users.id))
    .where(unexpiredSession())
    .prepare('maillon_session_with_user'),
);

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
          departementCode: g.role === 'cpam' || g.role === 'sas' ? g.departementCode : null,
          cptsId: g.role === 'coordinator' || g.role === 'sas' ? g.cptsId : null,
        })),
      );
    },
    async displayNames(ids) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async grantsOf(userId) {
      const rows = await db.select().from(userGrants).where(eq(userGrants.userId, userId));
      return rows.map(toGrant).filter((g): g is Grant => g !== null);
    },
    async setPasswordHash(userId, passwordHash) {
      await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
    },
    async createSession(tokenHash, session) {
      await db.insert(sessions).values({ tokenHash, ...session, lastSeenAt: session.createdAt });
    },
    async findSessionWithUser(tokenHash, now) {
      return sessionWithUserOf(await sessionWithUser(db).execute({ tokenHash, now: now.toISOString() }));
    },
    async touchSession(tokenHash, now) {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    },
    async listSessions(userId, now) {
      return db
        .select({
          id: sessions.id,
          createdAt: sessions.createdAt,
          lastSeenAt: sessions.lastSeenAt,
          sourceAddress: sessions.sourceAddress,
          deviceLabel: sessions.deviceLabel,
        })
        .from(sessions)
        .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
        .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
    },
    async deleteSession(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteUserSession(userId, sessionId) {
      const rows = await db
        .delete(sessions)
        .where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
        .returning({ id: sessions.id });
      return rows.length > 0;
    },
    async deleteOtherSessions(userId, keepSessionId) {
      const rows = await db
        .delete(sessions)
        .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
        .returning({ id: sessions.id });
      return rows.length;
    },
    async deleteExpiredSessions(now) {
      await db.delete(sessions).where(lt(sessions.expiresAt, now));
    },
    async recordLoginAttempt(a) {
      await db
        .insert(loginAttempts)
        .values({ id: a.id, email: a.email.toLowerCase(), ip: a.ip, succeeded: a.succeeded, attemptedAt: a.at });
    },
  };
}
