import type { GpLossReason, PriorityRule, RequestAction, RequestEventKind, RequestSource, RequestStatus } from '@maillon/domain';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cpts } from './cpts.ts';
import { units } from './geography.ts';

/** Médecin-traitant requests (migration 0012, docs/reference/mt-requests.md). */
export const mtRequests = pgTable(
  'mt_requests',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    status: text('status').$type<RequestStatus>().notNull(),
    source: text('source').$type<RequestSource>().notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    email: text('email'),
    phone: text('phone'),
    ald: boolean('ald').notNull().default(false),
    c2s: boolean('c2s').notNull().default(false),
    ame: boolean('ame').notNull().default(false),
    frailty: boolean('frailty').notNull().default(false),
    pregnancy: boolean('pregnancy').notNull().default(false),
    gpLostOn: date('gp_lost_on', { mode: 'string' }),
    gpLossReason: text('gp_loss_reason').$type<GpLossReason>(),
    homeVisits: boolean('home_visits').notNull().default(false),
    accessibilityNeeds: text('accessibility_needs'),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    mergedInto: uuid('merged_into').references((): AnyPgColumn => mtRequests.id, { onDelete: 'set null' }),
    duplicateKey: text('duplicate_key').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('mt_requests_number_idx').on(t.number),
    index('mt_requests_cpts_status_idx').on(t.cptsId, t.status),
    index('mt_requests_duplicate_idx').on(t.cptsId, t.duplicateKey),
  ],
);

export const mtRequestNotes = pgTable(
  'mt_request_notes',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => mtRequests.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mt_request_notes_request_idx').on(t.requestId)],
);

export const mtRequestEvents = pgTable(
  'mt_request_events',
  {
    id: uuid('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => mtRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    kind: text('kind').$type<RequestEventKind>().notNull(),
    action: text('action').$type<RequestAction>(),
    fromStatus: text('from_status').$type<RequestStatus>(),
    toStatus: text('to_status').$type<RequestStatus>(),
    detail: text('detail'),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [index('mt_request_events_request_idx').on(t.requestId, t.seq)],
);

export const mtRequestSettings = pgTable('mt_request_settings', {
  cptsId: uuid('cpts_id')
    .primaryKey()
    .references(() => cpts.id, { onDelete: 'cascade' }),
  priorityRule: jsonb('priority_rule').$type<PriorityRule>().notNull(),
  responseDays: integer('response_days').notNull(),
  retentionMonths: integer('retention_months').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});

/** Fixed-window counters of the public form's limits. */
export const publicThrottles = pgTable(
  'public_throttles',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }),
  },
  (t) => [index('public_throttles_window_idx').on(t.windowStartedAt)],
);

/** Every outgoing e-mail, written before it is sent. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    cptsId: uuid('cpts_id').references(() => cpts.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    state: text('state').$type<'pending' | 'sent' | 'failed'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('mail_outbox_created_idx').on(t.createdAt)],
);
