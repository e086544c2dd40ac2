import { PLAN_MODALITIES, PLAN_STATUSES } from '@maillon/domain';
import { z } from 'zod';
import { isoDateSchema, lineSchema, multilineTextSchema, regionCodeSchema } from './common.ts';

export const planModalitySchema = z.enum(PLAN_MODALITIES);
export const planStatusSchema = z.enum(PLAN_STATUSES);

export const createPlanSchema = z.object({
  regionCode: regionCodeSchema,
  zoneKey: lineSchema(200).min(1),
  modality: planModalitySchema,
  owner: lineSchema(200).trim().min(2, 'Le responsable est obligatoire.'),
  dueOn: isoDateSchema,
  status: planStatusSchema.default('planned'),
  notes: multilineTextSchema(5000).trim().optional(),
});

export const updatePlanSchema = z.object({
  modality: planModalitySchema,
  owner: lineSchema(200).trim().min(2, 'Le responsable est obligatoire.'),
  dueOn: isoDateSchema,
  status: planStatusSchema,
  notes: multilineTextSchema(5000).trim().nullable().optional(),
});

export const planDtoSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  zoneKey: z.string(),
  zoneLabel: z.string(),
  unitCodes: z.array(z.string()),
  population: z.number().int(),
  modality: planModalitySchema,
  modalityLabel: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  status: planStatusSchema,
  statusLabel: z.string(),
  notes: z.string().nullable(),
  overdue: z.boolean(),
  /** False when the units are now covered: the zone the plan was made for no longer exists. */
  zoneStillUncovered: z.boolean(),
});
export type PlanDto = z.infer<typeof planDtoSchema>;
