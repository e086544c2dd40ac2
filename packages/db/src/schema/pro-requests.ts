import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cpts } from './cpts.ts';
import { units } from './geography.ts';

/** Routing settings of requests between professionals, per CPTS (docs/reference/pro-requests.md §3). */
export const proRequestSettings = pgTable('pro_request_settings', {
  cptsId: uuid('cpts_id')
    .primaryKey()
    .references(() => cpts.id, { onDelete: 'cascade' }),
  usualDelayMinutes: integer('usual_delay_minutes').notNull(),
  escalatePercent: integer('escalate_percent').notNull(),
});

/** A need posted by a professional to the CPTS's professionals (issue #10 item 5); pseudonymised patient. */
export const proRequests = pgTable(
  'pro_requests',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    authorIdNatPs: text('author_id_nat_ps').notNull(),
    authorName: text('author_name').notNull(),
    professionCode: text('profession_code').notNull(),
    specialtyCode: text('specialty_code'),
    act: text('act').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    wantedOn: date('wanted_on', { mode: 'string' }).notNull(),
    windowStart: text('window_start').notNull(),
    windowEnd: text('window_end').notNull(),
    urgency: text('urgency').notNull(),
    patientInitials: text('patient_initials').notNull(),
    patientAgeBand: text('patient_age_band').notNull(),
    patientSex: text('patient_sex'),
    patientNeed: text('patient_need').notNull(),
    usualIdNatPs: text('usual_id_nat_ps'),
    stage: text('stage').notNull(),
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    broadenAt: timestamp('broaden_at', { withTimezone: true }),
    escalateAt: timestamp('escalate_at', { withTimezone: true }).notNull(),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    takenByIdNatPs: text('taken_by_id_nat_ps'),
    takenByName: text('taken_by_name'),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('pro_requests_cpts_idx').on(t.cptsId, t.status), index('pro_requests_author_idx').on(t.authorIdNatPs)],
);

export const proRequestOffers = pgTable(
  'pro_request_offers',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => proRequests.id, { onDelete: 'cascade' }),
    idNatPs: text('id_nat_ps').notNull(),
    displayName: text('display_name').notNull(),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'pro_request_offers_pk', columns: [t.requestId, t.idNatPs] }),
    index('pro_request_offers_ps_idx').on(t.idNatPs),
  ],
);

export const proRequestEvents = pgTable(
  'pro_request_events',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => proRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    idNatPs: text('id_nat_ps'),
    reason: text('reason'),
  },
  (t) => [index('pro_request_events_request_idx').on(t.requestId, t.at)],
);
