import { SPECIALIST_KINDS, SPECIALIST_SPECIALTY_CODES, SPECIALIST_STATUSES, SPECIALIST_TARGET_CODES } from '@maillon/domain';
import { z } from 'zod';
import { isoDateTimeSchema, multilineTextSchema, uuidSchema } from './common.ts';
import { patientSummarySchema } from './pro-requests.ts';

/** Access to specialists within a target delay (issue #10 item 6, docs/reference/specialist-access.md). */

const specialtySchema = z.enum(SPECIALIST_SPECIALTY_CODES as [string, ...string[]], 'Spécialité inconnue.');
const kindSchema = z.enum(SPECIALIST_KINDS, 'Type de demande inconnu (consultation ou avis).');
const targetSchema = z.enum(SPECIALIST_TARGET_CODES as [string, ...string[]], 'Délai cible inconnu (48 h, 7 jours ou 1 mois).');

export const specialistRequestInputSchema = z.object({
  cptsId: uuidSchema,
  specialtyCode: specialtySchema,
  kind: kindSchema,
  target: targetSchema,
  patient: patientSummarySchema,
});
export type SpecialistRequestInputDto = z.infer<typeof specialistRequestInputSchema>;

export const specialistAnswerSchema = z.object({ text: multilineTextSchema(4000) });
export const specialistBookSchema = z.object({ slotId: uuidSchema });

export const specialistRequestSchema = z.object({
  id: uuidSchema,
  cptsId: uuidSchema,
  authorName: z.string(),
  specialtyCode: z.string(),
  kind: kindSchema,
  target: targetSchema,
  patient: patientSummarySchema,
  status: z.enum(SPECIALIST_STATUSES),
  createdAt: isoDateTimeSchema,
  deadlineAt: isoDateTimeSchema,
  settledByName: z.string().nullable(),
  settledAt: isoDateTimeSchema.nullable(),
  answerText: z.string().nullable(),
  /** The booked consultation (slot of the specialist); null for an opinion or while open. */
  booking: z
    .object({
      startAt: isoDateTimeSchema,
      endAt: isoDateTimeSchema,
      practitioner: z.string(),
      address: z.string().nullable(),
      cancelled: z.boolean(),
    })
    .nullable(),
  achievedAt: isoDateTimeSchema.nullable(),
  /** Minutes from the request to the answer or the consultation's start; null while not settled. */
  achievedMinutes: z.number().int().nullable(),
  withinTarget: z.boolean().nullable(),
  /** Open past its deadline. */
  overdue: z.boolean(),
  isDemo: z.boolean(),
});
export type SpecialistRequestDto = z.infer<typeof specialistRequestSchema>;

export const dedicatedSlotSchema = z.object({
  id: uuidSchema,
  cptsId: uuidSchema,
  startAt: isoDateTimeSchema,
  endAt: isoDateTimeSchema,
  consultationType: z.string(),
});

export const mySpecialistRequestsSchema = z.object({
  me: z.object({
    displayName: z.string(),
    /** A physician may ask. */
    canAsk: z.boolean(),
    /** Their specialties (savoir-faire) one asks for: their inbox. */
    specialties: z.array(z.string()),
  }),
  cpts: z.array(z.object({ id: uuidSchema, name: z.string() })),
  posted: z.array(specialistRequestSchema),
  inbox: z.array(specialistRequestSchema),
  /** The specialist's own free future slots open to professionals (PRO), in the CPTS they are members of. */
  slots: z.array(dedicatedSlotSchema),
});

const countsSchema = z.object({
  requests: z.number().int(),
  settled: z.number().int(),
  withinTarget: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
  shareWithinTarget: z.number().nullable(),
});
export const specialistIndicatorSchema = z.object({
  total: countsSchema,
  bySpecialty: z.array(countsSchema.extend({ specialtyCode: z.string() })),
});
export type SpecialistIndicatorDto = z.infer<typeof specialistIndicatorSchema>;

export const teamSpecialistRequestsSchema = z.object({
  items: z.array(specialistRequestSchema),
  indicator: specialistIndicatorSchema,
});
