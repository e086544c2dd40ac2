import {
  GP_LOSS_REASONS,
  OUTBOX_STATES,
  PRIORITY_CRITERIA,
  REQUEST_ACTIONS,
  REQUEST_EVENT_KINDS,
  REQUEST_SOURCES,
  REQUEST_STATUSES,
} from '@maillon/domain';
import { z } from 'zod';
import { emailSchema, inseeCodeSchema, isoDateSchema, lineSchema, multilineTextSchema, uuidSchema } from './common.ts';

/** Médecin-traitant requests (issue #9; docs/reference/mt-requests.md). */

const optionalText = (max: number) =>
  lineSchema(max)
    .trim()
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null);

export const phoneSchema = lineSchema(30)
  .trim()
  .regex(/^(?:|[+\d][\d .-]{5,24})$/, 'Numéro de téléphone invalide (chiffres, espaces, + en tête).');

/** Identity and situation, as the form, the team or an edit send them. */
export const requestFieldsSchema = z.object({
  lastName: lineSchema(100).trim().min(1, 'Indiquez le nom.'),
  firstName: lineSchema(100).trim().min(1, 'Indiquez le prénom.'),
  birthDate: isoDateSchema,
  unitCode: inseeCodeSchema,
  email: z
    .union([emailSchema, z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
  phone: phoneSchema
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
  ald: z.boolean().default(false),
  c2s: z.boolean().default(false),
  ame: z.boolean().default(false),
  frailty: z.boolean().default(false),
  pregnancy: z.boolean().default(false),
  gpLostOn: isoDateSchema.nullable().default(null),
  gpLossReason: z.enum(GP_LOSS_REASONS).nullable().default(null),
  homeVisits: z.boolean().default(false),
  accessibilityNeeds: optionalText(500),
});
export type RequestFieldsInput = z.input<typeof requestFieldsSchema>;

/** The public form: the fields, the CPTS chosen, consent and the bot traps. */
export const publicRequestSchema = requestFieldsSchema.extend({
  cptsId: uuidSchema,
  consent: z.literal(true, 'Votre accord est nécessaire pour enregistrer la demande.'),
  /** Honeypot: hidden from people, left empty by them. */
  website: lineSchema(200).optional(),
  /** When the page showed the form (ms since epoch). */
  openedAt: z.number().int().min(0).max(8_640_000_000_000_000),
});

export const publicRequestReceiptSchema = z.object({
  number: z.string(),
  cptsName: z.string(),
  emailSent: z.boolean(),
});

export const statusLookupSchema = z.object({
  number: lineSchema(30).trim().min(1, 'Indiquez le numéro de demande.'),
  birthDate: isoDateSchema,
});

export const publicStatusSchema = z.object({
  number: z.string(),
  cptsName: z.string(),
  requestedOn: z.string(),
  status: z.enum(REQUEST_STATUSES),
  message: z.string(),
});

export const communeLookupQuerySchema = z.object({
  q: lineSchema(100).trim().min(2, 'Saisissez au moins deux caractères (nom de commune ou code postal).'),
});

export const communeMatchSchema = z.object({
  code: z.string(),
  name: z.string(),
  postalCodes: z.array(z.string()),
  departementCode: z.string().nullable(),
  cpts: z.array(z.object({ id: z.string(), name: z.string() })),
});
export const communeLookupSchema = z.object({ items: z.array(communeMatchSchema) });

/** What the form shows before it is filled: the controller and the retention period (consent text). */
export const publicDeskSchema = z.object({
  cptsId: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  cptsEmail: z.string().nullable(),
  retentionMonths: z.number(),
  responseDays: z.number(),
  communes: z.array(z.object({ code: z.string(), name: z.string() })),
});

const prioritySchema = z.object({
  groupId: z.string(),
  groupLabel: z.string(),
  groupRank: z.number(),
  points: z.number(),
  waitingDays: z.number(),
  score: z.number(),
  explanation: z.string(),
});

export const requestSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(REQUEST_STATUSES),
  source: z.enum(REQUEST_SOURCES),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  requestedOn: z.string(),
  closedOn: z.string().nullable(),
  hasDuplicates: z.boolean(),
  priority: prioritySchema,
});

export const requestListQuerySchema = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  source: z.enum(REQUEST_SOURCES).optional(),
  group: lineSchema(40).optional(),
  unit: inseeCodeSchema.optional(),
});

export const requestListSchema = z.object({
  items: z.array(requestSummarySchema),
  groups: z.array(z.object({ id: z.string(), label: z.string() })),
});

export const requestNoteSchema = z.object({
  id: z.string(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

export const requestEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  kind: z.enum(REQUEST_EVENT_KINDS),
  action: z.enum(REQUEST_ACTIONS).nullable(),
  fromStatus: z.enum(REQUEST_STATUSES).nullable(),
  toStatus: z.enum(REQUEST_STATUSES).nullable(),
  detail: z.string().nullable(),
});

export const requestDetailSchema = requestSummarySchema.extend({
  cptsId: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  ald: z.boolean(),
  c2s: z.boolean(),
  ame: z.boolean(),
  frailty: z.boolean(),
  pregnancy: z.boolean(),
  gpLostOn: z.string().nullable(),
  gpLossReason: z.enum(GP_LOSS_REASONS).nullable(),
  homeVisits: z.boolean(),
  accessibilityNeeds: z.string().nullable(),
  mergedInto: z.string().nullable(),
  consentedAt: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  allowedActions: z.array(z.enum(REQUEST_ACTIONS)),
  duplicates: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      status: z.enum(REQUEST_STATUSES),
      source: z.enum(REQUEST_SOURCES),
      requestedOn: z.string(),
    }),
  ),
  notes: z.array(requestNoteSchema),
  history: z.array(requestEventSchema),
});

export const noteInputSchema = z.object({ body: multilineTextSchema(2000).trim().min(1, 'La note est vide.') });

/** Status moves the team makes from the desk (the placement moves come with matching). */
export const TEAM_ACTIONS = ['withdraw', 'reopen', 'expire', 'requeue'] as const;
export const requestActionSchema = z.object({
  action: z.enum(TEAM_ACTIONS),
  comment: optionalText(300),
});

export const mergeInputSchema = z.object({ duplicateId: uuidSchema });

/** Erasure needs the request number typed again (confirmation). */
export const eraseInputSchema = z.object({
  confirmNumber: lineSchema(30).trim().min(1, 'Recopiez le numéro de la demande pour confirmer.'),
});

export const cpamImportInputSchema = z.object({
  /** The CSV file's text (UTF-8). */
  content: z.string().min(1, 'Fichier vide.').max(5_000_000, 'Fichier trop gros : 5 Mo au plus.'),
  fileName: lineSchema(200).default('liste-cpam.csv'),
});

export const cpamImportReportSchema = z.object({
  applied: z.boolean(),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  /** Lines that are new requests. */
  created: z.number(),
  /** Lines already imported from the CPAM or matching a request from another door (kept, never erased). */
  existing: z.number(),
  rejections: z.array(z.object({ line: z.number(), field: z.string().nullable(), message: z.string() })),
  sample: z.array(
    z.object({
      line: z.number(),
      lastName: z.string(),
      firstName: z.string(),
      birthDate: z.string(),
      unitCode: z.string(),
      outcome: z.enum(['new', 'existing']),
    }),
  ),
});

export const priorityRuleSchema = z.object({
  groups: z
    .array(
      z.object({
        id: lineSchema(40),
        label: lineSchema(80),
        requires: z.array(z.enum(PRIORITY_CRITERIA)).max(PRIORITY_CRITERIA.length),
      }),
    )
    .min(1)
    .max(20),
  factors: z.array(z.object({ criterion: z.enum(PRIORITY_CRITERIA), points: z.number().int() })).max(PRIORITY_CRITERIA.length),
  seniorAge: z.number().int(),
  childUnderAge: z.number().int(),
  recentGpLossMonths: z.number().int(),
});

export const deskSettingsSchema = z.object({
  priorityRule: priorityRuleSchema,
  responseDays: z.number().int(),
  retentionMonths: z.number().int(),
});
export const deskSettingsDtoSchema = deskSettingsSchema.extend({ isDefault: z.boolean(), updatedAt: z.string().nullable() });

export const requestCountsQuerySchema = z.object({
  region: z
    .string()
    .regex(/^\d{2}$/, 'Code région invalide (2 chiffres attendus).')
    .optional(),
});
export const requestCountsSchema = z.object({
  items: z.array(
    z.object({
      cptsId: z.string(),
      cptsName: z.string(),
      total: z.number(),
      byStatus: z.record(z.string(), z.number()),
      bySource: z.record(z.string(), z.number()),
      waitingByGroup: z.array(z.object({ groupId: z.string(), label: z.string(), count: z.number() })),
    }),
  ),
});

export const outboxMessageSchema = z.object({
  id: z.string(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  state: z.enum(OUTBOX_STATES),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
});
export const outboxQuerySchema = z.object({ state: z.enum(OUTBOX_STATES).optional() });
export const outboxListSchema = z.object({ items: z.array(outboxMessageSchema), delivers: z.boolean() });
