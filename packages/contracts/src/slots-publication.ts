import { CONSULTATION_TYPES, SLOT_CHANNELS, SLOT_STATUSES } from '@maillon/domain';
import { z } from 'zod';
import { isoDateSchema, lineSchema, uuidSchema } from './common.ts';

/** Slot publication (issue #10 item 1, docs/reference/slots.md §1 and §5): what the web sends and receives. */

const timeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Heure invalide (HH:MM attendu).');
const channelsSchema = z.array(z.enum(SLOT_CHANNELS)).max(SLOT_CHANNELS.length);

/**
 * A publication: one slot, or a series when `rrule` is set (RFC 5545 RRULE). Date and time are
 * wall-clock in Europe/Paris, so that 18:00 means 18:00 whatever the season.
 */
export const publicationInputSchema = z.object({
  cptsId: uuidSchema,
  /** The practice commune the slot is held at (one of the professional's in the directory). */
  unitCode: lineSchema(10),
  date: isoDateSchema,
  time: timeSchema,
  durationMinutes: z.number().int().min(1).max(1440),
  consultationType: z.enum(CONSULTATION_TYPES),
  visibility: channelsSchema,
  rrule: lineSchema(500).nullable(),
});
export type PublicationInput = z.infer<typeof publicationInputSchema>;

export const slotDtoSchema = z.object({
  id: z.string(),
  cptsId: z.string(),
  seriesId: z.string().nullable(),
  startAt: z.string(),
  endAt: z.string(),
  unitCode: z.string(),
  address: z.string().nullable(),
  consultationType: z.enum(CONSULTATION_TYPES),
  visibility: z.array(z.enum(SLOT_CHANNELS)),
  /** A lapsed hold reads as free. */
  status: z.enum(SLOT_STATUSES),
  outsideSnpHours: z.boolean(),
  /** The channels it is still offered on once the week's quotas are counted. */
  openChannels: z.array(z.enum(SLOT_CHANNELS)),
  isDemo: z.boolean(),
});
export type SlotDto = z.infer<typeof slotDtoSchema>;

export const seriesDtoSchema = z.object({
  id: z.string(),
  cptsId: z.string(),
  rrule: z.string(),
  dtstart: z.string(),
  durationMinutes: z.number(),
  consultationType: z.enum(CONSULTATION_TYPES),
  visibility: z.array(z.enum(SLOT_CHANNELS)),
  endedAt: z.string().nullable(),
  isDemo: z.boolean(),
});

const quotasSchema = z.object(
  Object.fromEntries(SLOT_CHANNELS.map((c) => [c, z.number().int().min(0).max(500).nullable()])) as {
    [K in (typeof SLOT_CHANNELS)[number]]: z.ZodNullable<z.ZodNumber>;
  },
);
export type QuotasDto = z.infer<typeof quotasSchema>;
export { quotasSchema };

export const mySlotsQuerySchema = z.object({
  from: isoDateSchema.optional(),
  days: z.coerce.number().int().min(1).max(42).default(7),
});

/** The professional's page: who the directory says they are, their CPTS, slots of the window, series, quotas. */
export const mySlotsSchema = z.object({
  professional: z.object({
    idNatPs: z.string(),
    displayName: z.string(),
    professionLabel: z.string(),
    practices: z.array(z.object({ unitCode: z.string(), townLabel: z.string().nullable(), address: z.string().nullable() })),
  }),
  cpts: z.array(z.object({ id: z.string(), name: z.string(), unitCodes: z.array(z.string()), quotas: quotasSchema })),
  from: z.string(),
  to: z.string(),
  snpHours: z.string(),
  slots: z.array(slotDtoSchema),
  series: z.array(seriesDtoSchema),
});
export type MySlotsDto = z.infer<typeof mySlotsSchema>;

export const previewSchema = z.object({
  /** Occurrences within the publication horizon (12 weeks); later ones are published as days pass. */
  total: z.number(),
  beyondHorizon: z.boolean(),
  occurrences: z.array(z.object({ startAt: z.string(), endAt: z.string(), outsideSnpHours: z.boolean() })),
});
export type PreviewDto = z.infer<typeof previewSchema>;

export const publishedSchema = z.object({ created: z.number(), seriesId: z.string().nullable() });

export const slotEditSchema = z.object({ consultationType: z.enum(CONSULTATION_TYPES), visibility: channelsSchema });

export const withdrawalInputSchema = z.object({ ids: z.array(uuidSchema).min(1, 'Choisissez au moins un créneau.').max(500) });
export const seriesWithdrawalInputSchema = z.object({ from: isoDateSchema });
/** Booked slots are never withdrawn silently: they are listed, to be cancelled with the patient first. */
export const withdrawalSchema = z.object({ withdrawn: z.number(), needingCancellation: z.array(slotDtoSchema) });

export const quotasInputSchema = z.object({ quotas: quotasSchema });

export const feedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable(), lastReadAt: z.string().nullable() });
/** The feed's secret address, shown once when created. */
export const feedCreatedSchema = z.object({ path: z.string() });

export const calendarParams = z.object({
  file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'Adresse de calendrier invalide.'),
});

/** The CPTS's slot offer, counts only (no professional, no patient). */
export const offerQuerySchema = z.object({ from: isoDateSchema.optional(), days: z.coerce.number().int().min(1).max(42).default(14) });
export const offerSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(
    z.object({
      day: z.string(),
      total: z.number(),
      free: z.number(),
      booked: z.number(),
      byChannel: z.record(z.string(), z.number()),
      byType: z.record(z.string(), z.number()),
    }),
  ),
});
export type OfferDto = z.infer<typeof offerSchema>;

export const rotaQuerySchema = z.object({ week: isoDateSchema.optional() });
const intervalSchema = z.object({ startAt: z.string(), endAt: z.string() });
export const rotaShiftSchema = intervalSchema.extend({ id: z.string(), idNatPs: z.string(), displayName: z.string(), isDemo: z.boolean() });
export const rotaSchema = z.object({
  week: z.string(),
  snpHours: z.string(),
  periods: z.array(intervalSchema),
  shifts: z.array(rotaShiftSchema),
  gaps: z.array(intervalSchema),
  candidates: z.array(z.object({ idNatPs: z.string(), displayName: z.string() })),
});
export type RotaDto = z.infer<typeof rotaSchema>;
export const shiftInputSchema = z.object({ idNatPs: lineSchema(20), date: isoDateSchema, startTime: timeSchema, endTime: timeSchema });
export type ShiftInput = z.infer<typeof shiftInputSchema>;
