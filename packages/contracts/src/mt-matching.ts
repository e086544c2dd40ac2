import { DECLINE_REASONS, DISTANCE_TIERS, MATCHING_PHASES, MT_PROPOSAL_STATUSES } from '@maillon/domain';
import { z } from 'zod';
import { lineSchema, multilineTextSchema, unitCodeSchema } from './common.ts';

const places = z.number().int().min(0).max(500);
const age = z.number().int().min(0).max(120).nullable();

/** What a GP declares (issue #9 item 3); bounds are checked again by the domain's `checkGpCapacity`. */
export const capacityInputSchema = z.object({
  practiceUnitCode: unitCodeSchema,
  availableNow: places,
  perMonth: places,
  unitCodes: z.array(unitCodeSchema).max(200).nullable(),
  maxDistanceKm: z.number().int().min(1).max(200).nullable(),
  maxTier: z.enum(DISTANCE_TIERS),
  minAge: age,
  maxAge: age,
  homeVisits: z.boolean(),
});
export type CapacityInput = z.infer<typeof capacityInputSchema>;

export const capacityDtoSchema = capacityInputSchema.extend({
  declaredAt: z.string(),
  /** Places left after the proposals sent or accepted since the declaration / this month. */
  remainingNow: z.number().int(),
  remainingThisMonth: z.number().int(),
});
export type CapacityDto = z.infer<typeof capacityDtoSchema>;

export const gpPracticeSchema = z.object({ unitCode: z.string(), townLabel: z.string().nullable(), structureName: z.string().nullable() });

/** A GP's own page: who the directory says they are, and their declaration to each CPTS of their practice. */
export const gpSelfSchema = z.object({
  gp: z.object({ idNatPs: z.string(), displayName: z.string(), practices: z.array(gpPracticeSchema) }),
  cpts: z.array(z.object({ id: z.string(), name: z.string(), capacity: capacityDtoSchema.nullable() })),
});
export type GpSelfDto = z.infer<typeof gpSelfSchema>;

/** The coordination team's view of the capacities declared to its CPTS. */
export const teamCapacitySchema = capacityDtoSchema.extend({ idNatPs: z.string(), displayName: z.string(), isDemo: z.boolean() });
export const teamCapacitiesSchema = z.object({ items: z.array(teamCapacitySchema) });
export type TeamCapacityDto = z.infer<typeof teamCapacitySchema>;

/** A pseudonymised candidate a GP may take (no name, no birth date, no contact). */
export const candidateSchema = z.object({
  /** The proposal-to-be's handle: an opaque id of the request. */
  requestId: z.string(),
  ageBand: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  priorityGroup: z.string(),
  waitingDays: z.number().int(),
  homeVisits: z.boolean(),
  distanceKm: z.number().nullable(),
  tier: z.enum(DISTANCE_TIERS),
});
export const candidatesSchema = z.object({ cptsId: z.string(), items: z.array(candidateSchema) });
export type CandidateDto = z.infer<typeof candidateSchema>;

export const takeCandidateSchema = z.object({ requestId: z.uuid('Identifiant invalide.') });

export const matchingRunSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  phase: z.enum(MATCHING_PHASES).nullable(),
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.string(),
  /** Who launched it (display name), for the runs' history; null when unknown or a system run. */
  startedByName: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  summary: z
    .object({
      patients: z.number().int(),
      gps: z.number().int(),
      placements: z.number().int(),
      distanceMode: z.enum(['kilometres', 'tiers']),
      totalDistanceKm: z.number().nullable(),
    })
    .nullable(),
});
export const matchingRunsSchema = z.object({ items: z.array(matchingRunSchema) });
export type MatchingRunDto = z.infer<typeof matchingRunSchema>;

/** A proposal as the coordination team sees it (the patient's name: the team may see identities). */
export const teamProposalSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  patientName: z.string(),
  gp: z.object({ idNatPs: z.string(), displayName: z.string() }),
  status: z.enum(MT_PROPOSAL_STATUSES),
  origin: z.enum(['run', 'pull']),
  priorityGroup: z.string(),
  distanceKm: z.number().nullable(),
  tier: z.enum(DISTANCE_TIERS).nullable(),
  explanation: z.string(),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  declineComment: z.string().nullable(),
  sentOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
});
export type TeamProposalDto = z.infer<typeof teamProposalSchema>;

export const unmatchedSchema = z.object({
  requestId: z.string(),
  patientName: z.string(),
  priorityGroup: z.string(),
  reason: z.string(),
  explanation: z.string(),
});
export const runResultSchema = z.object({
  run: matchingRunSchema,
  proposals: z.array(teamProposalSchema),
  unmatched: z.array(unmatchedSchema),
});
export type RunResultDto = z.infer<typeof runResultSchema>;

export const sendProposalsSchema = z.object({ proposalIds: z.array(z.uuid('Identifiant invalide.')).min(1).max(1000) });

/** A proposal as its GP sees it: identity only once accepted (issue #9 item 7). */
export const gpProposalSchema = z.object({
  id: z.string(),
  cptsName: z.string(),
  status: z.enum(MT_PROPOSAL_STATUSES),
  ageBand: z.string(),
  unitName: z.string(),
  priorityGroup: z.string(),
  explanation: z.string(),
  expiresOn: z.string().nullable(),
  patient: z.object({ name: z.string(), birthDate: z.string(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
});
export const gpProposalsSchema = z.object({ items: z.array(gpProposalSchema) });
export type GpProposalDto = z.infer<typeof gpProposalSchema>;

export const proposalDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept') }),
  z.object({ decision: z.literal('decline'), reason: z.enum(DECLINE_REASONS), comment: multilineTextSchema(1000).nullable() }),
  z.object({ decision: z.literal('consulted') }),
  z.object({ decision: z.literal('declared') }),
]);

export const withdrawProposalSchema = z.object({ comment: lineSchema(300).nullable() });

export const followUpSettingsSchema = z.object({
  responseDays: z.number().int().min(1).max(365),
  proposalDays: z.number().int().min(1).max(90),
  reminderDays: z.number().int().min(0).max(89),
});

const counted = z.object({ baseline: z.number().int(), stillWaiting: z.number().int() });
/** Counts only: what the ARS and the CPAM may read too (issue #9 item 6). */
export const waitingListIndicatorsSchema = z.object({
  cptsId: z.string(),
  cptsName: z.string(),
  waiting: z.number().int(),
  waitingByGroup: z.array(z.object({ label: z.string(), count: z.number().int() })),
  waitingByUnit: z.array(z.object({ unitCode: z.string(), unitName: z.string(), count: z.number().int() })),
  placedByMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  placed: z.number().int(),
  medianWaitDays: z.number().nullable(),
  p90WaitDays: z.number().nullable(),
  answeredInTime: z.number().int(),
  answeredInTimeRate: z.number().nullable(),
  responseDays: z.number().int(),
  ald: counted,
  seniors: counted,
});
export type WaitingListIndicatorsDto = z.infer<typeof waitingListIndicatorsSchema>;
