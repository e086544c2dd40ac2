import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from './geography.ts';
import { users } from './identity.ts';

export const cpts = pgTable(
  'cpts',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    legalForm: text('legal_form').notNull(),
    siret: text('siret'),
    finess: text('finess'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    regionCode: text('region_code').notNull(),
    stage: text('stage').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('cpts_region_idx').on(t.regionCode)],
);

export const cptsUnits = pgTable(
  'cpts_units',
  {
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    // Since when the CPTS claims the unit (docs/reference/coverage.md §1: a territory is commune codes with
    // validity dates); shown with overlap warnings. Rows older than 0005 got the CPTS's last update.
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cptsId, t.unitCode] }), index('cpts_units_unit_idx').on(t.unitCode)],
);

export const cptsTransitions = pgTable(
  'cpts_transitions',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    comment: text('comment'),
    // History outlives accounts: a removed author leaves the step, without a name.
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('cpts_transitions_cpts_idx').on(t.cptsId, t.seq)],
);

/** Start and deployment dates the CPTS records for each ACI core mission. */
export const cptsMissionMilestones = pgTable(
  'cpts_mission_milestones',
  {
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    mission: text('mission').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    deployedOn: date('deployed_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.cptsId, t.mission] })],
);

export const whiteZonePlans = pgTable(
  'white_zone_plans',
  {
    id: uuid('id').primaryKey(),
    regionCode: text('region_code').notNull(),
    zoneKey: text('zone_key').notNull(),
    unitCodes: text('unit_codes').array().notNull(),
    modality: text('modality').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('white_zone_plans_region_idx').on(t.regionCode)],
);

/**
 * One row: bumped by triggers in the same transaction as any write to `cpts` or `cpts_units`
 * (migration 0026), so that every API process knows when to rebuild its coverage index
 * (docs/reference/coverage.md §7).
 */
export const territoryVersions = pgTable(
  'territory_versions',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [check('territory_versions_id_check', sql`${t.id} = 1`)],
);

/**
 * One row: bumped by triggers in the same transaction as any write to what a CPTS page shows
 * beyond its territory and the reference data (identity, lifecycle, milestones, proposals, ACI
 * contracts, authors' names: migration 0029), so that every API process knows when a page it
 * keeps is out of date (apps/api/src/composition/cpts-page-cache.ts).
 */
export const cptsPageVersions = pgTable(
  'cpts_page_versions',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [check('cpts_page_versions_id_check', sql`${t.id} = 1`)],
);
