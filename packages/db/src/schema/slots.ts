import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cpts } from './cpts.ts';
import { units } from './geography.ts';
import { users } from './identity.ts';

/** Unscheduled-care slots and what hangs on them (issue #10, migration 0019, docs/reference/slots.md). */
const owner = {
  idNatPs: text('id_nat_ps').notNull(),
  displayName: text('display_name').notNull(),
  professionCode: text('profession_code').notNull(),
  specialtyCode: text('specialty_code'),
  unitCode: text('unit_code')
    .notNull()
    .references(() => units.code),
  address: text('address'),
  consultationType: text('consultation_type').notNull(),
  /** TRE_R314 slot types: PUBLIC, PRO, SNP, CPTS (one or more). */
  visibility: text('visibility').array().notNull(),
};

const cptsRef = () =>
  uuid('cpts_id')
    .notNull()
    .references(() => cpts.id, { onDelete: 'cascade' });

/** A recurring publication (RFC 5545 RRULE in `tzid`), materialised into `slots`. */
export const slotSeries = pgTable(
  'slot_series',
  {
    id: uuid('id').primaryKey(),
    cptsId: cptsRef(),
    ...owner,
    dtstart: timestamp('dtstart', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    rrule: text('rrule').notNull(),
    tzid: text('tzid').notNull().default('Europe/Paris'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('slot_series_owner_idx').on(t.idNatPs, t.cptsId)],
);

export const slots = pgTable(
  'slots',
  {
    id: uuid('id').primaryKey(),
    cptsId: cptsRef(),
    seriesId: uuid('series_id').references(() => slotSeries.id, { onDelete: 'set null' }),
    ...owner,
    /** Copied from the unit so that a département-wide search reads one index range. */
    departementCode: text('departement_code').notNull(),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true }).notNull(),
    /** free | held | booked | withdrawn (packages/domain/src/slots/slot-vocabulary.ts). */
    status: text('status').notNull().default('free'),
    heldUntil: timestamp('held_until', { withTimezone: true }),
    heldBy: uuid('held_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('slots_search_idx').on(t.departementCode, t.startAt).where(sql`${t.status} IN ('free', 'held')`),
    index('slots_owner_idx').on(t.idNatPs, t.startAt),
    index('slots_cpts_idx').on(t.cptsId, t.startAt),
    uniqueIndex('slots_series_occurrence').on(t.seriesId, t.startAt).where(sql`${t.seriesId} IS NOT NULL`),
  ],
);

/** A booking of a slot; holds the patient's identity (personal data). */
export const slotBookings = pgTable(
  'slot_bookings',
  {
    id: uuid('id').primaryKey(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => slots.id, { onDelete: 'cascade' }),
    cptsId: cptsRef(),
    /** The channel the slot was booked through (a TRE_R314 code). */
    channel: text('channel').notNull(),
    /** booked | fulfilled | noshow | cancelled (the SAS guide's appointment statuses). */
    status: text('status').notNull(),
    /** 'maillon' (booked in Maillon) or 'sas' (appointment feedback through /fhir). */
    source: text('source').notNull(),
    externalId: text('external_id'),
    /** The SAS regulator who booked (FrAppointmentOperator), "<system>|<value>" (migration 0025). */
    operatorIdentifier: text('operator_identifier'),
    patientLastName: text('patient_last_name'),
    patientFirstName: text('patient_first_name'),
    patientBirthDate: date('patient_birth_date', { mode: 'string' }),
    patientPhone: text('patient_phone'),
    patientEmail: text('patient_email'),
    patientUnitCode: text('patient_unit_code'),
    need: text('need'),
    bookedBy: uuid('booked_by').references(() => users.id, { onDelete: 'set null' }),
    bookedAt: timestamp('booked_at', { withTimezone: true }).notNull(),
    statusAt: timestamp('status_at', { withTimezone: true }).notNull(),
    cancelReason: text('cancel_reason'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    uniqueIndex('slot_bookings_one_live').on(t.slotId).where(sql`${t.status} <> 'cancelled'`),
    uniqueIndex('slot_bookings_external_id').on(t.source, t.externalId).where(sql`${t.externalId} IS NOT NULL`),
    index('slot_bookings_cpts_idx').on(t.cptsId, t.bookedAt),
  ],
);

export const slotQuotas = pgTable(
  'slot_quotas',
  {
    cptsId: cptsRef(),
    idNatPs: text('id_nat_ps').notNull(),
    channel: text('channel').notNull(),
    perWeek: integer('per_week').notNull(),
  },
  (t) => [primaryKey({ name: 'slot_quotas_pk', columns: [t.cptsId, t.idNatPs, t.channel] })],
);

/** A professional's iCal feed: the URL's random token, only its SHA-256 stored. */
export const calendarFeeds = pgTable('calendar_feeds', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  idNatPs: text('id_nat_ps').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  lastReadAt: timestamp('last_read_at', { withTimezone: true }),
});

/** The CPTS's rota of on-duty GPs for unscheduled-care hours. */
export const rotaShifts = pgTable(
  'rota_shifts',
  {
    id: uuid('id').primaryKey(),
    cptsId: cptsRef(),
    idNatPs: text('id_nat_ps').notNull(),
    displayName: text('display_name').notNull(),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('rota_shifts_cpts_idx').on(t.cptsId, t.startAt)],
);

/** Software clients of /fhir (the SAS platform): a bearer token, only its SHA-256 stored. */
export const fhirClients = pgTable('fhir_clients', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  /** Départements whose slots the client reads; null for all. */
  departementCodes: text('departement_codes').array(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  /** The demo SAS client (migration 0025), removed outside demo mode. */
  isDemo: boolean('is_demo').notNull().default(false),
});
