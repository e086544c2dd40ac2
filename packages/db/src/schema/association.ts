import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cpts } from './cpts.ts';

/** Statutes settings the association rules read (quorum, proxies, majority). */
export const associationSettings = pgTable('association_settings', {
  cptsId: uuid('cpts_id')
    .primaryKey()
    .references(() => cpts.id, { onDelete: 'cascade' }),
  /** Percentage of voting members present or represented for a valid assembly. */
  quorumPercent: integer('quorum_percent').notNull().default(25),
  maxProxiesPerHolder: integer('max_proxies_per_holder').notNull().default(2),
  /** 'simple' (majority of votes cast, default), 'absolute' (of voters), 'twoThirds'. */
  majorityRule: text('majority_rule').notNull().default('simple'),
});

/** Membership categories (colleges), with or without vote, and yearly dues. */
export const membershipCategories = pgTable('membership_categories', {
  id: uuid('id').primaryKey(),
  cptsId: uuid('cpts_id')
    .notNull()
    .references(() => cpts.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  voting: boolean('voting').notNull(),
  yearlyDuesCents: integer('yearly_dues_cents').notNull().default(0),
  position: integer('position').notNull().default(0),
});

export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    /** 'professional' or 'structure'. */
    kind: text('kind').notNull(),
    /** RPPS identity when known (professionals.id_nat_ps). */
    idNatPs: text('id_nat_ps'),
    /** FINESS site of a member structure, when known. */
    finessSite: text('finess_site'),
    /** msp, healthCentre, primaryCareTeam, hospital, medicoSocial, prevention, patientAssociation, commune, epci, other. */
    structureType: text('structure_type'),
    displayName: text('display_name').notNull(),
    professionLabel: text('profession_label'),
    categoryId: uuid('category_id').references(() => membershipCategories.id),
    /** requested, active, refused, left. */
    status: text('status').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    joinedOn: date('joined_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
    /** Personal contact data: visible to the CPTS coordination team only. */
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    unitCode: text('unit_code'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('members_cpts_idx').on(t.cptsId, t.status), index('members_id_nat_ps_idx').on(t.idNatPs)],
);

/** Membership history: requests, validations, refusals, departures, category changes. */
export const memberEvents = pgTable(
  'member_events',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    byUserId: uuid('by_user_id'),
    comment: text('comment'),
  },
  (t) => [index('member_events_member_idx').on(t.memberId)],
);

export const dues = pgTable(
  'dues',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    receiptNumber: text('receipt_number'),
  },
  (t) => [unique('dues_member_year').on(t.memberId, t.year)],
);

/** Bureau, board, comité d'animation, coordination team, working groups. */
export const bodies = pgTable('bodies', {
  id: uuid('id').primaryKey(),
  cptsId: uuid('cpts_id')
    .notNull()
    .references(() => cpts.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  createdOn: date('created_on', { mode: 'string' }).notNull(),
  endedOn: date('ended_on', { mode: 'string' }),
});

export const mandates = pgTable('mandates', {
  id: uuid('id').primaryKey(),
  bodyId: uuid('body_id')
    .notNull()
    .references(() => bodies.id, { onDelete: 'cascade' }),
  memberId: uuid('member_id')
    .notNull()
    .references(() => members.id),
  role: text('role').notNull(),
  startOn: date('start_on', { mode: 'string' }).notNull(),
  endOn: date('end_on', { mode: 'string' }),
});

export const assemblies = pgTable('assemblies', {
  id: uuid('id').primaryKey(),
  cptsId: uuid('cpts_id')
    .notNull()
    .references(() => cpts.id, { onDelete: 'cascade' }),
  /** ordinary, extraordinary, constitutive. */
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
  location: text('location'),
  agenda: text('agenda').notNull(),
  /** convened, open, closed. */
  status: text('status').notNull(),
  quorumPercent: integer('quorum_percent').notNull(),
  maxProxiesPerHolder: integer('max_proxies_per_holder').notNull(),
  majorityRule: text('majority_rule').notNull(),
  convenedAt: timestamp('convened_at', { withTimezone: true }).notNull(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  minutes: text('minutes'),
});

/** Members entitled to vote, frozen at convocation, with attendance and proxies. */
export const assemblyVoters = pgTable(
  'assembly_voters',
  {
    assemblyId: uuid('assembly_id')
      .notNull()
      .references(() => assemblies.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull(),
    displayName: text('display_name').notNull(),
    categoryName: text('category_name'),
    /** absent, present, represented. */
    attendance: text('attendance').notNull().default('absent'),
    proxyHolderId: uuid('proxy_holder_id'),
  },
  (t) => [primaryKey({ columns: [t.assemblyId, t.memberId] })],
);

export const resolutions = pgTable('resolutions', {
  id: uuid('id').primaryKey(),
  assemblyId: uuid('assembly_id')
    .notNull()
    .references(() => assemblies.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  text: text('text'),
  majorityRule: text('majority_rule').notNull(),
  votesFor: integer('votes_for'),
  votesAgainst: integer('votes_against'),
  votesAbstain: integer('votes_abstain'),
  /** adopted, rejected (null until voted). */
  outcome: text('outcome'),
  votedAt: timestamp('voted_at', { withTimezone: true }),
});

/** Invitations sent to non-member professionals of the territory, and their answers. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    idNatPs: text('id_nat_ps').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    /** sent, accepted, declined. */
    status: text('status').notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
  },
  (t) => [index('invitations_cpts_idx').on(t.cptsId)],
);

/** Accounts signed in through an OpenID Connect provider (Pro Santé Connect). */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    idNatPs: text('id_nat_ps'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('user_identities_provider_subject').on(t.provider, t.subject)],
);
