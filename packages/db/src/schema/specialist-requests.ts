import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cpts } from './cpts.ts';
import { slotBookings } from './slots.ts';

/** A physician's request for a specialist consultation or opinion within a target delay (docs/reference/specialist-access.md); pseudonymised patient. */
export const specialistRequests = pgTable(
  'specialist_requests',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    authorIdNatPs: text('author_id_nat_ps').notNull(),
    authorName: text('author_name').notNull(),
    specialtyCode: text('specialty_code').notNull(),
    kind: text('kind').notNull(),
    target: text('target').notNull(),
    patientInitials: text('patient_initials').notNull(),
    patientAgeBand: text('patient_age_band').notNull(),
    patientSex: text('patient_sex'),
    patientNeed: text('patient_need').notNull(),
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    settledByIdNatPs: text('settled_by_id_nat_ps'),
    settledByName: text('settled_by_name'),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    answerText: text('answer_text'),
    bookingId: uuid('booking_id').references(() => slotBookings.id, { onDelete: 'set null' }),
    achievedAt: timestamp('achieved_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('specialist_requests_cpts_idx').on(t.cptsId, t.specialtyCode, t.status),
    index('specialist_requests_author_idx').on(t.authorIdNatPs),
  ],
);
