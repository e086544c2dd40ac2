import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * National directory, from the public RPPS extraction (PS_LibreAcces) and FINESS. Public
 * registry data: readable by signed-in users of the CPTS (issue #3, "Access").
 */
export const professionals = pgTable(
  'professionals',
  {
    /** Identification nationale PP (8 + RPPS, or 0 + ADELI): the stable key (interop.md §1). */
    idNatPs: text('id_nat_ps').primaryKey(),
    idType: text('id_type').notNull(),
    identifier: text('identifier').notNull(),
    civility: text('civility'),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    professionCode: text('profession_code').notNull(),
    professionLabel: text('profession_label').notNull(),
    categoryCode: text('category_code'),
    /** False once a newer import no longer lists the person. */
    present: boolean('present').notNull().default(true),
    lastImportId: uuid('last_import_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
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
    /** General practice: SM26 (médecine générale), SM53 and SM54 (domain.md / issue #3). */
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

/** Every directory import, with its progress (polled by the UI from any API process). */
export const importRuns = pgTable('import_runs', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  sourceName: text('source_name').notNull(),
  status: text('status').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  bytesTotal: integer('bytes_total'),
  bytesDone: integer('bytes_done').notNull().default(0),
  linesRead: integer('lines_read').notNull().default(0),
  accepted: integer('accepted').notNull().default(0),
  rejectedCount: integer('rejected_count').notNull().default(0),
  /** First rejected lines with line number and reason. */
  rejected: jsonb('rejected').notNull().default([]),
  stats: jsonb('stats').notNull().default({}),
  error: text('error'),
  startedBy: uuid('started_by'),
});
