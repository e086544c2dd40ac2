import { ACI_MISSIONS, INDICATOR_DATA_SOURCES, MAILLON_METRICS } from '@maillon/domain';
import { z } from 'zod';
import { isoDateSchema, lineSchema, multilineTextSchema } from './common.ts';

/** Indicator lines, yearly assessments, evidence files and the annual report (docs/reference/aci.md §5). */

/** A measured value or threshold: bounded (a count of patients, a percentage, a number of meetings). */
const finite = z.number().min(-1_000_000_000).max(1_000_000_000);

export const indicatorInputSchema = z.object({
  /** Code of the line (used by the CPAM file); derived from the label when absent. */
  id: z
    .string()
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'Code attendu : lettres minuscules sans accent, chiffres et tirets.')
    .optional(),
  mission: z.enum(ACI_MISSIONS),
  label: lineSchema(300).trim().min(1, "Le libellé de l'indicateur est obligatoire."),
  unit: lineSchema(40).trim().min(1, "L'unité de l'indicateur est obligatoire."),
  direction: z.enum(['higher', 'lower']),
  baseline: finite.nullable(),
  tiers: z
    .array(z.object({ threshold: finite, amountCents: z.number().int().min(1).max(100_000_000) }))
    .min(1, 'Un indicateur a au moins un palier.')
    .max(10),
  dataSource: z.enum(INDICATOR_DATA_SOURCES),
  evidence: z.array(lineSchema(300).trim()).max(20).default([]),
  metric: z.enum(MAILLON_METRICS).nullable().optional(),
});
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

export const indicatorSchema = z.object({
  id: z.string(),
  mission: z.enum(ACI_MISSIONS),
  missionLabel: z.string(),
  label: z.string(),
  unit: z.string(),
  direction: z.enum(['higher', 'lower']),
  directionLabel: z.string(),
  baseline: z.number().nullable(),
  baselineText: z.string(),
  tiers: z.array(z.object({ threshold: z.number(), amountCents: z.number(), text: z.string() })),
  dataSource: z.enum(INDICATOR_DATA_SOURCES),
  evidence: z.array(z.string()),
  metric: z.enum(MAILLON_METRICS).nullable(),
  metricLabel: z.string().nullable(),
  /** A value of the line was used by a closed assessment: it is no longer edited or removed. */
  locked: z.boolean(),
});
export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const indicatorsViewSchema = z.object({
  contractId: z.string(),
  items: z.array(indicatorSchema),
  missions: z.array(z.object({ mission: z.enum(ACI_MISSIONS), label: z.string() })),
  metrics: z.array(z.object({ metric: z.enum(MAILLON_METRICS), label: z.string() })),
  /** Lines of the ACI examples not yet in the contract. */
  defaultsAvailable: z.number(),
  permissions: z.object({ edit: z.boolean() }),
});
export type IndicatorsViewDto = z.infer<typeof indicatorsViewSchema>;

export const evidenceSchema = z.object({
  id: z.string(),
  indicatorId: z.string().nullable(),
  fileName: z.string(),
  contentType: z.string(),
  typeLabel: z.string(),
  sizeBytes: z.number(),
  sizeText: z.string(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type EvidenceDto = z.infer<typeof evidenceSchema>;

export const assessmentSchema = z.object({
  contractId: z.string(),
  year: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(['notStarted', 'inProgress', 'closed']),
  statusLabel: z.string(),
  assessedOn: z.string().nullable(),
  lines: z.array(
    z.object({
      indicatorId: z.string(),
      mission: z.enum(ACI_MISSIONS),
      missionLabel: z.string(),
      label: z.string(),
      unit: z.string(),
      dataSource: z.enum(INDICATOR_DATA_SOURCES),
      targetText: z.string(),
      value: z.number().nullable(),
      valueText: z.string(),
      source: z.enum(['typed', 'imported', 'computed']).nullable(),
      sourceLabel: z.string().nullable(),
      note: z.string().nullable(),
      /** What Maillon computes for the line now, with how (lines with a metric). */
      computed: z.object({ value: z.number(), explanation: z.string() }).nullable(),
      tierIndex: z.number().nullable(),
      tierText: z.string(),
      earnedCents: z.number(),
      earnedText: z.string(),
      explanation: z.string(),
      evidenceExpected: z.array(z.string()),
    }),
  ),
  missions: z.array(
    z.object({
      mission: z.enum(ACI_MISSIONS),
      label: z.string(),
      earnedText: z.string(),
      envelopeText: z.string(),
      payableCents: z.number().nullable(),
      payableText: z.string(),
      explanation: z.string(),
    }),
  ),
  totalPayableText: z.string(),
  evidence: z.array(evidenceSchema),
  permissions: z.object({ edit: z.boolean(), close: z.boolean() }),
  isDemo: z.boolean(),
});
export type AssessmentDto = z.infer<typeof assessmentSchema>;

export const assessmentValuesInputSchema = z.object({
  values: z
    .array(
      z.object({
        indicatorId: lineSchema(60),
        value: finite.nullable(),
        note: multilineTextSchema(1000).trim().nullable().optional(),
      }),
    )
    .max(200),
});

export const assessmentImportInputSchema = z.object({
  /** The CSV text as read from the file (UTF-8). */
  content: z.string().max(1_000_000, 'Fichier trop volumineux : 1 Mo de texte au plus.'),
  /** false: preview only; true: write the lines understood (never erasing the others). */
  apply: z.boolean().default(false),
});

export const assessmentImportSchema = z.object({
  applied: z.boolean(),
  columns: z.array(z.object({ header: z.string(), readAsLabel: z.string() })),
  rows: z.array(
    z.object({
      line: z.number(),
      indicatorId: z.string(),
      label: z.string(),
      valueText: z.string(),
      previousText: z.string(),
      note: z.string().nullable(),
    }),
  ),
  rejections: z.array(z.object({ line: z.number(), message: z.string() })),
  assessment: assessmentSchema,
});
export type AssessmentImportDto = z.infer<typeof assessmentImportSchema>;

export const assessmentCloseInputSchema = z.object({ assessedOn: isoDateSchema });

export const evidenceUploadQuerySchema = z.object({
  name: lineSchema(255).trim().min(1, 'Le nom du fichier est obligatoire.'),
  indicatorId: lineSchema(60).optional(),
});
