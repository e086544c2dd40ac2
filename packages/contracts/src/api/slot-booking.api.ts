import { z } from 'zod';
import {
  emailSchema,
  inseeCodeSchema,
  isoDateSchema,
  isoDateTimeSchema,
  lineSchema,
  multilineTextSchema,
  regionCodeSchema,
  uuidSchema,
} from '../common.ts';
import { phoneSchema } from '../mt-requests.ts';
import { cptsParams } from './association-params.ts';
import { route } from './route.ts';

const tags = ['créneaux'];
const errors = [401, 403, 404, 409, 422] as const;

const CHANNELS = ['PUBLIC', 'PRO', 'SNP', 'CPTS'] as const;
const TYPES = ['office', 'home', 'teleconsultation'] as const;
const BOOKING_STATUSES = ['booked', 'fulfilled', 'noshow', 'cancelled'] as const;
const TIERS = ['commune', 'epci', 'departement', 'beyond'] as const;

export const slotSearchQuerySchema = z.object({
  unitCode: inseeCodeSchema,
  consultationType: z.enum(TYPES).default('office'),
  professionCode: lineSchema(10).optional(),
  specialtyCode: lineSchema(20).optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
});

/** A slot found: the practitioner's public directory data, never a patient. */
export const foundSlotSchema = z.object({
  slotId: z.string(),
  cptsId: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  practitionerName: z.string(),
  professionCode: z.string(),
  specialtyCode: z.string().nullable(),
  address: z.string().nullable(),
  unitCode: z.string(),
  communeName: z.string(),
  consultationType: z.enum(TYPES),
  channels: z.array(z.enum(CHANNELS)),
  distanceKm: z.number().nullable(),
  tier: z.enum(TIERS),
  isDemo: z.boolean(),
});

export const slotSearchSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** kilometres between centroids, or tiers when contours are not loaded. */
  distanceMode: z.enum(['kilometres', 'tiers']),
  items: z.array(foundSlotSchema),
});

export const slotHoldSchema = z.object({ slotId: z.string(), heldUntil: z.string() });

/** The patient's identity and need, as the regulator types it (docs/reference/slots.md §3). */
export const bookingInputSchema = z.object({
  lastName: lineSchema(100).trim().min(1, 'Indiquez le nom du patient.'),
  firstName: lineSchema(100).trim().min(1, 'Indiquez le prénom du patient.'),
  birthDate: isoDateSchema,
  phone: phoneSchema
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
  email: z
    .union([emailSchema, z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
  unitCode: inseeCodeSchema,
  need: multilineTextSchema(1000)
    .transform((v) => (v.trim() === '' ? null : v.trim()))
    .nullable()
    .default(null),
});

export const bookingSchema = z.object({
  id: z.string(),
  slotId: z.string(),
  cptsId: z.string(),
  status: z.enum(BOOKING_STATUSES),
  channel: z.enum(CHANNELS),
  startAt: z.string(),
  endAt: z.string(),
  practitionerName: z.string(),
  address: z.string().nullable(),
  communeName: z.string(),
  consultationType: z.enum(TYPES),
  patient: z.object({
    lastName: z.string().nullable(),
    firstName: z.string().nullable(),
    birthDate: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    unitCode: z.string().nullable(),
  }),
  need: z.string().nullable(),
  bookedAt: z.string(),
  statusAt: z.string(),
  cancelReason: z.string().nullable(),
  /** What the caller may do with it. */
  canCancel: z.boolean(),
  canRecordOutcome: z.boolean(),
  isDemo: z.boolean(),
});

export const bookingsSchema = z.object({ items: z.array(bookingSchema) });

export const cancelBookingSchema = z.object({ reason: lineSchema(300).trim().min(1, 'Indiquez le motif de l’annulation.') });
export const bookingOutcomeSchema = z.object({ status: z.enum(['fulfilled', 'noshow']) });

const countsSchema = z.object({
  offered: z.number().int(),
  booked: z.number().int(),
  honoured: z.number().int(),
  noshow: z.number().int(),
  cancelled: z.number().int(),
});

export const slotUseQuerySchema = z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() });

/** The team's slot-use feedback: counts per professional, day and channel (no patient). */
export const slotUseSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: countsSchema,
  byDay: z.array(countsSchema.extend({ day: z.string() })),
  byChannel: z.array(countsSchema.extend({ channel: z.enum(CHANNELS) })),
  byPractitioner: z.array(countsSchema.extend({ idNatPs: z.string(), practitionerName: z.string() })),
  rows: z.array(countsSchema.extend({ idNatPs: z.string(), practitionerName: z.string(), day: z.string(), channel: z.enum(CHANNELS) })),
  indicators: z.object({ snpSlotsOffered: z.number().int(), snpBookingsHonoured: z.number().int() }),
});

/** The ARS/CPAM view: counts per CPTS of the region (or the CPAM's département), nothing finer. */
export const regionSlotUseSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: countsSchema,
  byCpts: z.array(countsSchema.extend({ cptsId: z.string(), cptsName: z.string() })),
});

const slotParams = z.object({ slotId: uuidSchema });
const bookingParams = z.object({ bookingId: uuidSchema });

/**
 * Regulation and booking of unscheduled-care slots (issue #10 items 2–3,
 * docs/reference/slots.md §2–3, §6): the SAS regulator (and the team, professionals for PRO
 * slots) searches and books for a patient; the slot's professional and the team see the
 * booking and record its outcome; the team and ARS/CPAM read slot-use counts.
 */
export const slotBookingApi = {
  search: route({
    method: 'GET',
    path: '/api/regulation/slots',
    tags,
    summary: 'Créneaux libres visibles du demandeur pour la commune du patient, par heure puis distance',
    query: slotSearchQuerySchema,
    response: slotSearchSchema,
    errors,
  }),
  hold: route({
    method: 'POST',
    path: '/api/regulation/slots/:slotId/hold',
    tags,
    summary: 'Retient un créneau 5 minutes le temps de saisir le patient',
    params: slotParams,
    response: slotHoldSchema,
    errors,
  }),
  book: route({
    method: 'POST',
    path: '/api/regulation/slots/:slotId/booking',
    tags,
    personalData: true,
    summary: 'Réserve le créneau pour le patient (après une retenue, ou directement)',
    params: slotParams,
    body: bookingInputSchema,
    status: 201,
    response: bookingSchema,
    errors,
  }),
  mine: route({
    method: 'GET',
    path: '/api/regulation/bookings',
    tags,
    personalData: true,
    summary: 'Mes réservations récentes et à venir',
    response: bookingsSchema,
    errors,
  }),
  professional: route({
    method: 'GET',
    path: '/api/professional/slot-bookings',
    tags,
    personalData: true,
    summary: 'Les rendez-vous pris sur mes créneaux',
    response: bookingsSchema,
    errors,
  }),
  ofCpts: route({
    method: 'GET',
    path: '/api/cpts/:id/slot-bookings',
    tags,
    personalData: true,
    summary: 'Rendez-vous pris sur les créneaux de la CPTS (équipe de coordination)',
    params: cptsParams,
    query: slotUseQuerySchema,
    response: bookingsSchema,
    errors,
  }),
  detail: route({
    method: 'GET',
    path: '/api/slot-bookings/:bookingId',
    tags,
    personalData: true,
    summary: 'Détail d’un rendez-vous',
    params: bookingParams,
    response: bookingSchema,
    errors,
  }),
  cancel: route({
    method: 'POST',
    path: '/api/slot-bookings/:bookingId/cancel',
    tags,
    personalData: true,
    summary: 'Annule le rendez-vous (motif obligatoire) et libère le créneau',
    params: bookingParams,
    body: cancelBookingSchema,
    response: bookingSchema,
    errors,
  }),
  outcome: route({
    method: 'POST',
    path: '/api/slot-bookings/:bookingId/outcome',
    tags,
    personalData: true,
    summary: 'Indique si le patient est venu (honoré) ou non (absent)',
    params: bookingParams,
    body: bookingOutcomeSchema,
    response: bookingSchema,
    errors,
  }),
  slotUse: route({
    method: 'GET',
    path: '/api/cpts/:id/slot-use',
    tags,
    summary: 'Usage des créneaux : proposés, réservés, honorés, absences, annulations (comptes)',
    params: cptsParams,
    query: slotUseQuerySchema,
    response: slotUseSchema,
    errors,
  }),
  slotUseCsv: route({
    method: 'GET',
    path: '/api/cpts/:id/slot-use.csv',
    tags,
    summary: 'Usage des créneaux (CSV, comptes par professionnel, jour et canal)',
    params: cptsParams,
    query: slotUseQuerySchema,
    file: true,
    errors,
  }),
  regionSlotUse: route({
    method: 'GET',
    path: '/api/regions/:code/slot-use',
    tags,
    summary: 'Usage des créneaux par CPTS de la région (ARS, CPAM : comptes seulement)',
    params: z.object({ code: regionCodeSchema }),
    query: slotUseQuerySchema,
    response: regionSlotUseSchema,
    errors,
  }),
} as const;

export type FoundSlotDto = z.infer<typeof foundSlotSchema>;
export type SlotSearchDto = z.infer<typeof slotSearchSchema>;
export type BookingDto = z.infer<typeof bookingSchema>;
export type BookingInput = z.infer<typeof bookingInputSchema>;
export type SlotUseDto = z.infer<typeof slotUseSchema>;
export type RegionSlotUseDto = z.infer<typeof regionSlotUseSchema>;
