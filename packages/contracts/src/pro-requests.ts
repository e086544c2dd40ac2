import { PATIENT_AGE_BANDS, PRO_REQUEST_EVENTS, PRO_REQUEST_STATUSES } from '@maillon/domain';
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, lineSchema, uuidSchema } from './common.ts';

/** Requests between professionals (issue #10 item 5, docs/reference/pro-requests.md). */

const idNatPsSchema = z.string().regex(/^[0-9A-Za-z]{6,20}$/, 'Identifiant national de professionnel invalide.');
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure au format HH:MM attendue.');

export const patientSummarySchema = z.object({
  initials: lineSchema(8),
  ageBand: z.enum(PATIENT_AGE_BANDS, 'Tranche d’âge inconnue.'),
  sex: z.enum(['F', 'M']).nullable(),
  need: lineSchema(200),
});

export const proRequestInputSchema = z.object({
  cptsId: uuidSchema,
  professionCode: z.enum(['10', '21', '60', '70'], 'Profession inconnue.'),
  specialtyCode: lineSchema(10).nullable(),
  act: lineSchema(200),
  unitCode: z.string().regex(/^(?:\d{5}|2[AB]\d{3})$/, 'Code INSEE invalide (5 caractères attendus).'),
  wantedOn: isoDateSchema,
  windowStart: timeSchema,
  windowEnd: timeSchema,
  urgency: z.enum(['h24', 'h48', 'd7'], 'Urgence inconnue.'),
  patient: patientSummarySchema,
  usualIdNatPs: idNatPsSchema.nullable(),
});
export type ProRequestInputDto = z.infer<typeof proRequestInputSchema>;

export const proRequestDeclineSchema = z.object({ reason: lineSchema(200) });

export const proRequestEventSchema = z.object({
  at: isoDateTimeSchema,
  kind: z.enum(PRO_REQUEST_EVENTS),
  who: z.string().nullable(),
  reason: z.string().nullable(),
});

export const proRequestSchema = z.object({
  id: uuidSchema,
  cptsId: uuidSchema,
  authorName: z.string(),
  professionCode: z.string(),
  specialtyCode: z.string().nullable(),
  act: z.string(),
  unitCode: z.string(),
  communeLabel: z.string().nullable(),
  wantedOn: isoDateSchema,
  windowStart: z.string(),
  windowEnd: z.string(),
  urgency: z.enum(['h24', 'h48', 'd7']),
  /** Null for a receiver once a colleague took it: the summary is no longer theirs to see. */
  patient: patientSummarySchema.nullable(),
  stage: z.enum(['usual', 'broad']),
  status: z.enum(PRO_REQUEST_STATUSES),
  escalated: z.boolean(),
  deadlineAt: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  takenByName: z.string().nullable(),
  /** For a receiver: taken by someone else ("prise par un confrère"). */
  takenByOther: z.boolean(),
  /** The signed-in professional may accept it now. */
  canAccept: z.boolean(),
  isDemo: z.boolean(),
});
export type ProRequestDto = z.infer<typeof proRequestSchema>;

export const proRequestDetailSchema = proRequestSchema.extend({ timeline: z.array(proRequestEventSchema) });
export type ProRequestDetailDto = z.infer<typeof proRequestDetailSchema>;
export type ProRequestEventDto = z.infer<typeof proRequestEventSchema>;

export const myProRequestsSchema = z.object({
  me: z.object({ idNatPs: z.string(), displayName: z.string() }),
  cpts: z.array(
    z.object({
      id: uuidSchema,
      name: z.string(),
      colleagues: z.array(z.object({ idNatPs: z.string(), displayName: z.string(), professionCode: z.string() })),
      communes: z.array(z.object({ code: z.string(), label: z.string() })),
    }),
  ),
  posted: z.array(proRequestSchema),
  received: z.array(proRequestSchema),
});
export type MyProRequestsDto = z.infer<typeof myProRequestsSchema>;

const countsSchema = z.object({
  posted: z.number().int(),
  taken: z.number().int(),
  expired: z.number().int(),
  escalated: z.number().int(),
  open: z.number().int(),
  medianMinutesToAccept: z.number().nullable(),
});
export const proRequestFiguresSchema = countsSchema.extend({
  byProfession: z.array(countsSchema.extend({ professionCode: z.string() })),
});
export type ProRequestFiguresDto = z.infer<typeof proRequestFiguresSchema>;

export const teamProRequestsSchema = z.object({
  items: z.array(proRequestDetailSchema),
  figures: proRequestFiguresSchema,
});
export type TeamProRequestsDto = z.infer<typeof teamProRequestsSchema>;

export { idNatPsSchema };
