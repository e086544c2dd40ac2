import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull().unique(),
  /** Null for accounts that only sign in through OpenID Connect (Pro Santé Connect). */
  passwordHash: text('password_hash'),
  /** National professional id (from RPPS / Pro Santé Connect), links a user to directory and memberships. */
  idNatPs: text('id_nat_ps').unique(),
  displayName: text('display_name').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** A role with its scope: admin (none), ars (region), cpam (département and its region), coordinator (CPTS). */
export const userGrants = pgTable(
  'user_grants',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    regionCode: text('region_code'),
    departementCode: text('departement_code'),
    cptsId: uuid('cpts_id'),
  },
  (t) => [index('user_grants_user_idx').on(t.userId)],
);

/**
 * Server-side sessions: the cookie carries a random token, only its SHA-256 is stored. `id` is
 * what the owner's list of active sessions shows and revokes (the hash never leaves the server).
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Last request seen, refreshed at most every few minutes (not on every request). */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** Client address at login (null for sessions opened before it was recorded). */
    sourceAddress: text('source_address'),
    /** Short label of the device ("Firefox sur Windows"), never the whole User-Agent. */
    deviceLabel: text('device_label'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), uniqueIndex('sessions_id_idx').on(t.id)],
);

/** Password checks made at login (a record; the throttle counts in `login_throttles`). */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.attemptedAt), index('login_attempts_ip_idx').on(t.ip, t.attemptedAt)],
);

/**
 * Failed password checks per throttle key (`pair:<source> <e-mail>`, `source:<source>`,
 * `account:<e-mail>`), the counters of packages/domain/src/auth/login-throttle.ts. In the
 * database so that limits hold across API processes; a row is locked while an attempt is reserved.
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  },
  (t) => [index('login_throttles_last_failure_idx').on(t.lastFailureAt)],
);
