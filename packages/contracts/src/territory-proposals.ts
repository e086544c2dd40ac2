import { PROPOSAL_STATUSES } from '@maillon/domain';
import { z } from 'zod';
import { multilineTextSchema, regionCodeSchema, unitCodeSchema } from './common.ts';

export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export type ProposalStatusDto = z.infer<typeof proposalStatusSchema>;

export const approvalReasonSchema = z.enum(['validatedTerritory', 'crossRegion', 'unitsOfRegion']);

/** A commune named in a proposal or an overlap. */
export const unitRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string().nullable(),
  population: z.number().int(),
});
export type UnitRefDto = z.infer<typeof unitRefSchema>;

/**
 * Another CPTS claiming units of this territory. `cptsId` is given only to those who may open
 * that CPTS: a coordination team learns its name and the shared communes, nothing else.
 */
export const overlapWarningSchema = z.object({
  cptsId: z.string().nullable(),
  cptsName: z.string(),
  unitCodes: z.array(z.string()),
  population: z.number().int(),
  units: z.array(z.object({ code: z.string(), name: z.string(), claimedSince: z.string().nullable() })),
});
export type OverlapWarningDto = z.infer<typeof overlapWarningSchema>;

export const proposalApprovalSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  reason: approvalReasonSchema,
  reasonLabel: z.string(),
  decision: z.enum(['accepted', 'refused']).nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string().nullable(),
});

export const territoryProposalSchema = z.object({
  id: z.string(),
  cpts: z.object({ id: z.string(), name: z.string(), regionCode: z.string() }),
  status: proposalStatusSchema,
  statusLabel: z.string(),
  added: z.array(unitRefSchema),
  removed: z.array(unitRefSchema),
  populationBefore: z.number().int(),
  populationAfter: z.number().int(),
  sizeCategoryBefore: z.number().int(),
  sizeCategoryAfter: z.number().int(),
  /** Overlaps of the proposed territory with other CPTS (pending proposals only). */
  overlaps: z.array(overlapWarningSchema),
  /** The current territory is no longer the one the proposal was made against. */
  stale: z.boolean(),
  comment: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  approvals: z.array(proposalApprovalSchema),
  permissions: z.object({
    withdraw: z.boolean(),
    /** Regions the current user may decide for now. */
    decide: z.array(z.string()),
    /** Whether the current user may open the CPTS page. */
    openCpts: z.boolean(),
  }),
});
export type TerritoryProposalDto = z.infer<typeof territoryProposalSchema>;

export const territoryProposalListSchema = z.object({
  items: z.array(territoryProposalSchema),
  counts: z.object({ pending: z.number().int(), awaitingMe: z.number().int() }),
});
export type TerritoryProposalList = z.infer<typeof territoryProposalListSchema>;

export const territoryProposalSubmitSchema = z.object({
  units: z.array(unitCodeSchema).max(5000, 'Un territoire compte au plus 5 000 unités.'),
  comment: multilineTextSchema(2000).trim().optional(),
});

export const territoryProposalDecisionSchema = z.object({
  decision: z.enum(['accept', 'refuse'], 'Décision attendue : « accept » ou « refuse ».'),
  comment: multilineTextSchema(2000).trim().optional(),
  regionCode: regionCodeSchema.optional(),
});

export const territoryProposalQuerySchema = z.object({
  region: regionCodeSchema,
  status: proposalStatusSchema.optional(),
});

/** What saving a draft territory would do: nothing, apply at once, or ask these regions. */
export const territoryChangeSchema = z.object({
  kind: z.enum(['unchanged', 'direct', 'proposal']),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  approvals: z.array(z.object({ regionCode: z.string(), regionName: z.string(), reason: approvalReasonSchema, byAuthor: z.boolean() })),
});
export type TerritoryChangeDto = z.infer<typeof territoryChangeSchema>;
