import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { cpts } from './cpts.ts';

/** Raw bytes (evidence files are stored with the data, so that backups hold them). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** An ACI contract (docs/reference/aci.md): three dated signatures, the taille fixed at signature. */
export const aciContracts = pgTable(
  'aci_contracts',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    cptsSignedOn: date('cpts_signed_on', { mode: 'string' }),
    cptsSignatory: text('cpts_signatory'),
    cpamSignedOn: date('cpam_signed_on', { mode: 'string' }),
    cpamSignatory: text('cpam_signatory'),
    arsSignedOn: date('ars_signed_on', { mode: 'string' }),
    arsSignatory: text('ars_signatory'),
    population: integer('population').notNull(),
    populationVintage: integer('population_vintage').notNull(),
    sizeCategory: integer('size_category').notNull(),
    renewsId: uuid('renews_id'),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    terminationReason: text('termination_reason'),
    terminationComment: text('termination_comment'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('aci_contracts_cpts_idx').on(t.cptsId)],
);

/** The missions of a contract (socle ones always; optional ones chosen, with their months) and their progress. */
export const aciContractMissions = pgTable(
  'aci_contract_missions',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => aciContracts.id, { onDelete: 'cascade' }),
    mission: text('mission').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    deployedOn: date('deployed_on', { mode: 'string' }),
    startWithinMonths: integer('start_within_months'),
    deployedWithinMonths: integer('deployed_within_months'),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.mission] })],
);

/** A dated amendment changing the taille. */
export const aciSizeAmendments = pgTable('aci_size_amendments', {
  id: uuid('id').primaryKey(),
  contractId: uuid('contract_id')
    .notNull()
    .references(() => aciContracts.id, { onDelete: 'cascade' }),
  signedOn: date('signed_on', { mode: 'string' }).notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  population: integer('population').notNull(),
  populationVintage: integer('population_vintage').notNull(),
  sizeCategory: integer('size_category').notNull(),
  reason: text('reason'),
});

/** The indicator lines of a contract's variable part. */
export const aciIndicators = pgTable(
  'aci_indicators',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => aciContracts.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    mission: text('mission').notNull(),
    label: text('label').notNull(),
    unit: text('unit').notNull(),
    direction: text('direction').notNull(),
    baseline: doublePrecision('baseline'),
    /** [{ threshold, amountCents }] from the easiest tier to the target. */
    tiers: jsonb('tiers').notNull(),
    dataSource: text('data_source').notNull(),
    /** Evidence expected (livrables). */
    evidence: jsonb('evidence').notNull(),
    /** What Maillon computes for a line of source « Maillon » (indicator-metrics.ts); null when typed or imported. */
    metric: text('metric'),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.id] })],
);

/** The yearly assessment of a contract's variable part. */
export const aciAssessments = pgTable(
  'aci_assessments',
  {
    id: uuid('id').primaryKey(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => aciContracts.id, { onDelete: 'cascade' }),
    contractYear: integer('contract_year').notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('aci_assessments_year_unique').on(t.contractId, t.contractYear)],
);

/** An indicator's value for a year: typed in, imported from a CPAM file, or computed by Maillon. */
export const aciAssessmentValues = pgTable(
  'aci_assessment_values',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => aciAssessments.id, { onDelete: 'cascade' }),
    indicatorId: text('indicator_id').notNull(),
    value: doublePrecision('value'),
    source: text('source').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.indicatorId] })],
);

/** Evidence files of an assessment, stored in the database (included in backups). */
export const aciEvidenceFiles = pgTable(
  'aci_evidence_files',
  {
    id: uuid('id').primaryKey(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => aciAssessments.id, { onDelete: 'cascade' }),
    indicatorId: text('indicator_id'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('aci_evidence_assessment_idx').on(t.assessmentId)],
);

/** Every edit of the ACI reference data (append-only: who changed which value, from what to what). */
export const aciReferenceChanges = pgTable('aci_reference_changes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  key: jsonb('key').notNull(),
  previous: jsonb('previous').notNull(),
  next: jsonb('next').notNull(),
  authorId: uuid('author_id'),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
});
