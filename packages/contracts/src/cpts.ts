import { ACI_MISSIONS } from '@maillon/domain';
import { STAGES } from '@maillon/domain/stages';
import { z } from 'zod';
import { emailSchema, isoDateSchema, lineSchema, multilineTextSchema, regionCodeSchema, unitCodeSchema } from './common.ts';
import { overlapWarningSchema, territoryChangeSchema, territoryProposalSchema } from './territory-proposals.ts';

export const STAGE_VALUES = STAGES;
export const stageSchema = z.enum(STAGE_VALUES);
export type StageDto = z.infer<typeof stageSchema>;

const optionalText = (max: number) =>
  lineSchema(max)
    .trim()
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const cptsIdentitySchema = z.object({
  name: lineSchema(200).trim().min(3, 'Le nom doit comporter au moins 3 caractères.'),
  legalForm: lineSchema(100).trim().min(2).default('Association loi 1901'),
  siret: optionalText(20),
  finess: optionalText(12),
  email: z
    .union([emailSchema, z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  phone: optionalText(30),
  address: optionalText(300),
});
export type CptsIdentityInput = z.input<typeof cptsIdentitySchema>;

export const createCptsSchema = cptsIdentitySchema.extend({
  regionCode: regionCodeSchema,
  stage: stageSchema.default('contact'),
  /** The day of this first step (a history loaded late keeps its real dates); today when absent. */
  date: isoDateSchema.optional(),
  units: z.array(unitCodeSchema).max(5000).default([]),
});
export type CreateCptsInput = z.input<typeof createCptsSchema>;

export const territoryUpdateSchema = z.object({
  units: z.array(unitCodeSchema).max(5000, 'Un territoire compte au plus 5 000 unités.'),
});

export const transitionRequestSchema = z.object({
  to: stageSchema,
  date: isoDateSchema.optional(),
  comment: multilineTextSchema(2000).trim().optional(),
});
export type TransitionRequestInput = z.infer<typeof transitionRequestSchema>;

export const milestoneUpdateSchema = z.object({
  startedOn: isoDateSchema.nullable().optional(),
  deployedOn: isoDateSchema.nullable().optional(),
});

export const contiguitySchema = z.object({
  status: z.enum(['contiguous', 'fragmented', 'empty', 'unknown']),
  parts: z.number().int().nullable(),
  unitsWithoutShape: z.array(z.string()).optional(),
  /** Fragmented: the unit codes of each piece detached from the main one. */
  detached: z.array(z.array(z.string())).optional(),
});

export const territoryGroupSchema = z.object({ code: z.string(), name: z.string(), unitCount: z.number().int() });

export const cptsSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  stage: stageSchema,
  stageLabel: z.string(),
  population: z.number().int(),
  sizeCategory: z.number().int(),
  unitCount: z.number().int(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type CptsSummary = z.infer<typeof cptsSummarySchema>;

export const unitDtoSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  population: z.number().int(),
  departementCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  epciCode: z.string().nullable(),
  postalCodes: z.array(z.string()),
});
export type UnitDto = z.infer<typeof unitDtoSchema>;

export const territoryAssessmentSchema = z.object({
  unitCodes: z.array(z.string()),
  population: z.number().int(),
  sizeCategory: z.number().int(),
  contiguity: contiguitySchema,
  overlaps: z.array(overlapWarningSchema),
  unitsOutsideRegion: z.array(z.string()),
  departements: z.array(territoryGroupSchema),
  epcis: z.array(territoryGroupSchema),
});
export type TerritoryAssessmentDto = z.infer<typeof territoryAssessmentSchema>;

/** A draft territory's assessment, and what saving it would do. */
export const territoryPreviewSchema = territoryAssessmentSchema.extend({ change: territoryChangeSchema });
export type TerritoryPreviewDto = z.infer<typeof territoryPreviewSchema>;

export const transitionDtoSchema = z.object({
  id: z.string(),
  from: stageSchema.nullable(),
  to: stageSchema,
  toLabel: z.string(),
  occurredOn: z.string(),
  comment: z.string().nullable(),
  authorName: z.string().nullable(),
});

export const allowedTransitionSchema = z.object({
  to: stageSchema,
  label: z.string(),
  actor: z.enum(['coordinator', 'regulator']),
  commentRequired: z.boolean(),
  /** Whether the current user may perform it. */
  allowed: z.boolean(),
});

const deadlineStatusSchema = z.enum(['done', 'late', 'near', 'upcoming', 'notSet']);

/** A mission's deadlines: from the contract in force when there is one, else from the ACI signature step. */
export const deadlineSchema = z.object({
  mission: z.enum(ACI_MISSIONS),
  label: z.string(),
  /** Null: an optional mission whose contract writes no deadline. */
  startBy: z.string().nullable(),
  deployedBy: z.string().nullable(),
  startStatus: deadlineStatusSchema,
  deployStatus: deadlineStatusSchema,
  startedOn: z.string().nullable(),
  deployedOn: z.string().nullable(),
  /** Why the deadlines fall where they do (contract deadlines), in French. */
  explanation: z.string().nullable(),
});

export const cptsDetailSchema = cptsSummarySchema.extend({
  legalForm: z.string(),
  siret: z.string().nullable(),
  finess: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  units: z.array(unitDtoSchema),
  assessment: territoryAssessmentSchema,
  history: z.array(transitionDtoSchema),
  allowedTransitions: z.array(allowedTransitionSchema),
  aciSignedOn: z.string().nullable(),
  deadlines: z.array(deadlineSchema),
  /** The contract the deadlines come from (its page records the missions' progress); null: from the lifecycle. */
  deadlinesContractId: z.string().nullable(),
  /** Date the ARS validated the letter of intent, from which territory changes are proposals. */
  letterOfIntentValidatedOn: z.string().nullable(),
  pendingProposal: territoryProposalSchema.nullable(),
  permissions: z.object({
    /** The coordination team's own records (missions, association). */
    edit: z.boolean(),
    steer: z.boolean(),
    editIdentity: z.boolean(),
    editTerritory: z.boolean(),
    /** The current user is the ARS of the CPTS's region (or the admin). */
    decideTerritory: z.boolean(),
  }),
});
export type CptsDetail = z.infer<typeof cptsDetailSchema>;
