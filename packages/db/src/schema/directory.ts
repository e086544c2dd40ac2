import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * National directory, from the public RPPS extraction (PS_LibreAcces) and FINESS. Public
 * registry data: readable by signed-in users of the CPTS (issue #3, "Access").
 */
export const professionals = pgTable(
  'professionals',
  {
    /** Identification nationale PP (8 + RPPS, or 0 + ADELI): the stable key (docs/reference/directory.md §1). */
    idNatPs: text('id_nat_ps').primaryKey(),
    idType: text('id_type').notNull(),
    identifier: text('identifier').notNull(),
    civility: text('civility'),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    professionCode: text('profession_code').notNull(),
    professionLabel: text('profession_label').notNull(),
    categoryCode: text('category_code'),
    /** False once a newer national import no longer lists the person. */
    present: boolean('present').notNull().default(true),
    /** Import that last wrote the row. */
    lastImportId: uuid('last_import_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /**
     * 'national' (identity from a national file, authoritative) or 'territory' (inserted by a
     * coordination team's upload because no national file listed the person yet; the next
     * national file overrides it).
     */
    identitySource: text('identity_source').notNull().default('national'),
  },
  (t) => [index('professionals_profession_idx').on(t.professionCode)],
);

/** One line per professional × activity (situation d'exercice) of the extraction. */
export const professionalActivities = pgTable(
  'professional_activities',
  {
    idNatPs: text('id_nat_ps').notNull(),
    /** Stable key of the activity within the person: structure id, mode and site identifiers. */
    activityKey: text('activity_key').notNull(),
    professionCode: text('profession_code').notNull(),
    modeCode: text('mode_code'),
    modeLabel: text('mode_label'),
    specialtyCode: text('specialty_code'),
    specialtyLabel: text('specialty_label'),
    /** General practice: SM26 (médecine générale), SM53 and SM54 (docs/reference/directory.md §2). */
    generalPractice: boolean('general_practice').notNull().default(false),
    siret: text('siret'),
    finessSite: text('finess_site'),
    finessLegal: text('finess_legal'),
    structureId: text('structure_id'),
    structureName: text('structure_name'),
    address: text('address'),
    postalCode: text('postal_code'),
    /** Resolved territorial unit (commune or arrondissement). */
    unitCode: text('unit_code'),
    townLabel: text('town_label'),
    phone: text('phone'),
    email: text('email'),
    present: boolean('present').notNull().default(true),
    lastImportId: uuid('last_import_id'),
  },
  (t) => [primaryKey({ columns: [t.idNatPs, t.activityKey] }), index('activities_unit_idx').on(t.unitCode, t.professionCode)],
);

/** Savoir-faire (specialties, competences) per professional, from the SavoirFaire file. */
export const professionalSkills = pgTable(
  'professional_skills',
  {
    idNatPs: text('id_nat_ps').notNull(),
    typeCode: text('type_code').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    present: boolean('present').notNull().default(true),
    lastImportId: uuid('last_import_id'),
  },
  (t) => [primaryKey({ columns: [t.idNatPs, t.code] })],
);

export const establishments = pgTable(
  'establishments',
  {
    finessSite: text('finess_site').primaryKey(),
    finessLegal: text('finess_legal'),
    name: text('name').notNull(),
    longName: text('long_name'),
    categoryCode: text('category_code').notNull(),
    categoryLabel: text('category_label'),
    /** Maillon kind derived from the FINESS category (hospital, ehpad, msp, healthCentre, cpts…). */
    kind: text('kind').notNull(),
    siret: text('siret'),
    address: text('address'),
    postalCode: text('postal_code'),
    unitCode: text('unit_code'),
    lon: doublePrecision('lon'),
    lat: doublePrecision('lat'),
    openedOn: date('opened_on', { mode: 'string' }),
    present: boolean('present').notNull().default(true),
    lastImportId: uuid('last_import_id'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('establishments_unit_idx').on(t.unitCode, t.kind)],
);

/**
 * Every directory import, with its progress (polled by the UI from any API process) and its
 * state: created → reading (heartbeat) → previewed → applied, or cancelled, expired, failed,
 * interrupted (packages/domain/src/directory/import-run.ts).
 */
export const importRuns = pgTable(
  'import_runs',
  {
    id: uuid('id').primaryKey(),
    /** 'rpps', 'skills', 'finess', or 'rpps:<cpts id>' for a coordination team's territory upload. */
    kind: text('kind').notNull(),
    sourceName: text('source_name').notNull(),
    status: text('status').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    /** When the run reached a final state. */
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    bytesTotal: bigint('bytes_total', { mode: 'number' }),
    bytesDone: bigint('bytes_done', { mode: 'number' }).notNull().default(0),
    linesRead: integer('lines_read').notNull().default(0),
    accepted: integer('accepted').notNull().default(0),
    rejectedCount: integer('rejected_count').notNull().default(0),
    /** First rejected lines with line number and reason. */
    rejected: jsonb('rejected').notNull().default([]),
    stats: jsonb('stats').notNull().default({}),
    error: text('error'),
    startedBy: uuid('started_by'),
    /** Updated while the file is read: a run whose heartbeat is too old was abandoned by a crash. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    previewedAt: timestamp('previewed_at', { withTimezone: true }),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    appliedBy: uuid('applied_by'),
    /** Territory upload: the CPTS's units when the file was read (they must not change before apply). */
    scopeUnits: jsonb('scope_units'),
    /** Figures per kind of row comparing the staged file with the live directory. */
    preview: jsonb('preview'),
    /** Rows written by the apply step, per kind of row (added, updated, gone). */
    applied: jsonb('applied'),
    /** Staged rows may remain (discarded once the run is final). */
    hasStagedRows: boolean('has_staged_rows').notNull().default(false),
  },
  (t) => [index('import_runs_status_idx').on(t.status)],
);

/**
 * One row: bumped by triggers in the same transaction as any write to professionals,
 * professional_activities, establishments or an applied import run (migration 0028), so that every
 * API process knows when its copies of the diagnostic's directory counts are stale.
 */
export const directoryVersions = pgTable(
  'directory_versions',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [check('directory_versions_id_check', sql`${t.id} = 1`)],
);

/*
 * Staging tables (UNLOGGED in the migration): the rows a file gave, tagged with its run, until the
 * run is applied or discarded. Same columns as the live tables, without their bookkeeping; no key
 * (migration 0030): `seq` orders the rows of a key the file listed twice, the highest kept.
 */
export const importStagedProfessionals = pgTable('import_staged_professionals', {
  runId: uuid('run_id').notNull(),
  idNatPs: text('id_nat_ps').notNull(),
  idType: text('id_type').notNull(),
  identifier: text('identifier').notNull(),
  civility: text('civility'),
  lastName: text('last_name').notNull(),
  firstName: text('first_name').notNull(),
  professionCode: text('profession_code').notNull(),
  professionLabel: text('profession_label').notNull(),
  categoryCode: text('category_code'),
  isDemo: boolean('is_demo').notNull().default(false),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
});

export const importStagedActivities = pgTable('import_staged_activities', {
  runId: uuid('run_id').notNull(),
  idNatPs: text('id_nat_ps').notNull(),
  activityKey: text('activity_key').notNull(),
  professionCode: text('profession_code').notNull(),
  modeCode: text('mode_code'),
  modeLabel: text('mode_label'),
  specialtyCode: text('specialty_code'),
  specialtyLabel: text('specialty_label'),
  generalPractice: boolean('general_practice').notNull().default(false),
  siret: text('siret'),
  finessSite: text('finess_site'),
  finessLegal: text('finess_legal'),
  structureId: text('structure_id'),
  structureName: text('structure_name'),
  address: text('address'),
  postalCode: text('postal_code'),
  unitCode: text('unit_code'),
  townLabel: text('town_label'),
  phone: text('phone'),
  email: text('email'),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
});

export const importStagedSkills = pgTable('import_staged_skills', {
  runId: uuid('run_id').notNull(),
  idNatPs: text('id_nat_ps').notNull(),
  code: text('code').notNull(),
  typeCode: text('type_code').notNull(),
  label: text('label').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
});

export const importStagedEstablishments = pgTable('import_staged_establishments', {
  runId: uuid('run_id').notNull(),
  finessSite: text('finess_site').notNull(),
  finessLegal: text('finess_legal'),
  name: text('name').notNull(),
  longName: text('long_name'),
  categoryCode: text('category_code').notNull(),
  categoryLabel: text('category_label'),
  kind: text('kind').notNull(),
  siret: text('siret'),
  address: text('address'),
  postalCode: text('postal_code'),
  unitCode: text('unit_code'),
  lon: doublePrecision('lon'),
  lat: doublePrecision('lat'),
  openedOn: date('opened_on', { mode: 'string' }),
  isDemo: boolean('is_demo').notNull().default(false),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
});
