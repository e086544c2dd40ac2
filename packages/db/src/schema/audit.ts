import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only audit trail of personal data (migration 0008: a trigger refuses every UPDATE,
 * DELETE and TRUNCATE, whoever asks). No foreign key: entries outlive accounts and CPTS.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Null for a request without an account (public pages). */
    actorUserId: uuid('actor_user_id'),
    /** The actor's name and role when the entry was written (accounts may be deleted later). */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    recordIds: text('record_ids').array().notNull(),
    recordCount: integer('record_count').notNull(),
    cptsId: uuid('cpts_id'),
    /** Method and route pattern, e.g. `GET /api/cpts/:id/members`, or `cli …` for the command line. */
    route: text('route').notNull(),
    sourceIp: text('source_ip'),
    details: jsonb('details'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_cpts_idx').on(t.cptsId, t.at),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
  ],
);
