import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cpts } from './cpts.ts';
import { units } from './geography.ts';
import { users } from './identity.ts';
import { mtRequests } from './mt-requests.ts';

/** A GP's declared capacity for one CPTS (issue #9 item 3): read by its coordination team only. */
export const gpCapacities = pgTable(
  'gp_capacities',
  {
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    idNatPs: text('id_nat_ps').notNull(),
    displayName: text('display_name').notNull(),
    practiceUnitCode: text('practice_unit_code')
      .notNull()
      .references(() => units.code),
    availableNow: integer('available_now').notNull(),
    perMonth: integer('per_month').notNull(),
    unitCodes: text('unit_codes').array(),
    maxDistanceKm: integer('max_distance_km'),
    maxTier: text('max_tier').notNull(),
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    homeVisits: boolean('home_visits').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
    declaredBy: uuid('declared_by').references(() => users.id, { onDelete: 'set null' }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [primaryKey({ name: 'gp_capacities_pk', columns: [t.cptsId, t.idNatPs] })],
);

export const mtFollowUpSettings = pgTable('mt_follow_up_settings', {
  cptsId: uuid('cpts_id')
    .primaryKey()
    .references(() => cpts.id, { onDelete: 'cascade' }),
  proposalDays: integer('proposal_days').notNull(),
  reminderDays: integer('reminder_days').notNull(),
});

export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    phase: text('phase'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    summary: jsonb('summary'),
    unmatched: jsonb('unmatched'),
    error: text('error'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('matching_runs_cpts_idx').on(t.cptsId, t.startedAt)],
);

export const mtProposals = pgTable(
  'mt_proposals',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => mtRequests.id, { onDelete: 'cascade' }),
    runId: uuid('run_id').references(() => matchingRuns.id, { onDelete: 'set null' }),
    idNatPs: text('id_nat_ps').notNull(),
    origin: text('origin').notNull(),
    status: text('status').notNull(),
    priorityGroup: text('priority_group').notNull(),
    weight: integer('weight').notNull(),
    distanceKm: doublePrecision('distance_km'),
    tier: text('tier'),
    explanation: text('explanation').notNull(),
    declineReason: text('decline_reason'),
    declineComment: text('decline_comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentOn: date('sent_on', { mode: 'string' }),
    expiresOn: date('expires_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    remindedOn: date('reminded_on', { mode: 'string' }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('mt_proposals_cpts_idx').on(t.cptsId, t.status), index('mt_proposals_gp_idx').on(t.idNatPs, t.status)],
);

export const mtProposalEvents = pgTable(
  'mt_proposal_events',
  {
    id: uuid('id').primaryKey(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => mtProposals.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actor: text('actor').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mt_proposal_events_proposal_idx').on(t.proposalId, t.at)],
);

export const mtReminders = pgTable(
  'mt_reminders',
  {
    subjectId: uuid('subject_id').notNull(),
    kind: text('kind').notNull(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'mt_reminders_pk', columns: [t.subjectId, t.kind] })],
);
