import { INVITATION_CHANNEL_LABELS, INVITATION_CHANNELS, INVITATION_STATUSES, INVITEE_KINDS, MEMBER_STATUSES } from '@maillon/domain';
import { z } from 'zod';
import { inseeCodeSchema, isoDateSchema, lineSchema } from './common.ts';
import { directorySourcesSchema } from './diagnostic.ts';

export const engagementLineSchema = z.object({
  key: z.string(),
  label: z.string(),
  professionals: z.number().int(),
  members: z.number().int(),
  rate: z.number().nullable(),
});
export type EngagementLineDto = z.infer<typeof engagementLineSchema>;

export const invitationStatsSchema = z.object({
  sent: z.number().int(),
  pending: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  responseRate: z.number().nullable(),
  acceptanceRate: z.number().nullable(),
});
export type InvitationStatsDto = z.infer<typeof invitationStatsSchema>;

/** Aggregates only: readable by ARS/CPAM of the region too. */
export const engagementSummarySchema = z.object({
  professions: z.array(engagementLineSchema),
  total: engagementLineSchema,
  units: z.array(engagementLineSchema),
  series: z.array(z.object({ month: z.string(), asOf: z.string(), members: z.number().int(), membersOnTerritory: z.number().int() })),
  members: z.object({
    activeProfessionals: z.number().int(),
    activeStructures: z.number().int(),
    requested: z.number().int(),
    /** Active professional members not found among the professionals of the territory. */
    professionalsOffDirectory: z.number().int(),
  }),
  invitations: invitationStatsSchema,
  sources: directorySourcesSchema,
});
export type EngagementSummaryDto = z.infer<typeof engagementSummarySchema>;

/** Channels offered when recording invitations, with their French labels. */
export const INVITATION_CHANNEL_OPTIONS = INVITATION_CHANNELS.map((value) => ({ value, label: INVITATION_CHANNEL_LABELS[value] }));

export const invitationStatusSchema = z.enum(INVITATION_STATUSES);
export const invitationChannelSchema = z.enum(INVITATION_CHANNELS);
export const inviteeKindSchema = z.enum(INVITEE_KINDS);

export const invitationRefSchema = z.object({
  id: z.string(),
  status: invitationStatusSchema,
  statusLabel: z.string(),
  sentOn: z.string(),
});
export type InvitationRefDto = z.infer<typeof invitationRefSchema>;

export const nonMembersQuerySchema = z.object({
  profession: lineSchema(40).optional(),
  unit: inseeCodeSchema.optional(),
  invited: z.enum(['yes', 'no']).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type NonMembersQuery = z.input<typeof nonMembersQuerySchema>;

/** A professional to invite, with the structure's contacts published by the RPPS (public registry fields). */
export const nonMemberSchema = z.object({
  idNatPs: z.string(),
  civility: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  professionKey: z.string(),
  professionLabel: z.string(),
  specialtyLabel: z.string().nullable(),
  structureName: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  commune: z.string().nullable(),
  unitCode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Other communes of the territory where they also practise. */
  otherCommunes: z.array(z.string()),
  invitation: invitationRefSchema.nullable(),
});
export type NonMemberDto = z.infer<typeof nonMemberSchema>;

export const nonMembersPageSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  items: z.array(nonMemberSchema),
  /** Profession lines to filter on. */
  professions: z.array(z.object({ key: z.string(), label: z.string() })),
});
export type NonMembersPageDto = z.infer<typeof nonMembersPageSchema>;

export const invitationCreateSchema = z.object({
  invitees: z.array(z.object({ kind: inviteeKindSchema, id: lineSchema(40).trim().min(1) })).max(5000),
  sentOn: isoDateSchema.optional(),
  channel: invitationChannelSchema.default('email'),
});
export type InvitationCreateInput = z.input<typeof invitationCreateSchema>;

export const invitationCreatedSchema = z.object({ created: z.number().int(), alreadyPending: z.number().int() });
export type InvitationCreatedDto = z.infer<typeof invitationCreatedSchema>;

export const invitationAnswerSchema = z.object({ status: invitationStatusSchema, answeredOn: isoDateSchema.nullable().optional() });
export type InvitationAnswerInput = z.infer<typeof invitationAnswerSchema>;

export const invitationSchema = z.object({
  id: z.string(),
  invitee: z.object({ kind: inviteeKindSchema, id: z.string(), kindLabel: z.string() }),
  name: z.string().nullable(),
  professionLabel: z.string().nullable(),
  sentOn: z.string(),
  channel: invitationChannelSchema,
  channelLabel: z.string(),
  status: invitationStatusSchema,
  statusLabel: z.string(),
  answeredOn: z.string().nullable(),
});
export type InvitationDto = z.infer<typeof invitationSchema>;

export const invitationsSchema = z.object({ items: z.array(invitationSchema), stats: invitationStatsSchema });
export type InvitationsDto = z.infer<typeof invitationsSchema>;

export const memberLinkSchema = z.object({ status: z.enum(MEMBER_STATUSES), label: z.string() });

export const partnerSchema = z.object({
  kind: inviteeKindSchema,
  id: z.string(),
  name: z.string(),
  detail: z.string().nullable(),
  commune: z.string().nullable(),
  membership: memberLinkSchema.nullable(),
  invitation: invitationRefSchema.nullable(),
});
export type PartnerDto = z.infer<typeof partnerSchema>;

export const associationPartnerSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  structureTypeLabel: z.string(),
  membership: memberLinkSchema,
  joinedOn: z.string().nullable(),
});
export type AssociationPartnerDto = z.infer<typeof associationPartnerSchema>;

export const partnersSchema = z.object({
  establishments: z.array(partnerSchema),
  communes: z.array(partnerSchema),
  epcis: z.array(partnerSchema),
  associations: z.array(associationPartnerSchema),
});
export type PartnersDto = z.infer<typeof partnersSchema>;
