import { z } from 'zod';
import { mandateRoleSchema } from './association-governance.ts';
import { majorityRuleSchema } from './association-members.ts';

export const assemblyKindSchema = z.enum(['ordinary', 'extraordinary', 'constitutive']);
export type AssemblyKindDto = z.infer<typeof assemblyKindSchema>;
export const assemblyStatusSchema = z.enum(['convened', 'open', 'closed']);
export const attendanceSchema = z.enum(['absent', 'present', 'represented']);
export type AttendanceDto = z.infer<typeof attendanceSchema>;
export const outcomeSchema = z.enum(['adopted', 'rejected']);

export const convokeAssemblySchema = z.object({
  kind: assemblyKindSchema,
  title: z.string().trim().min(3, "Le titre de l'assemblée est obligatoire.").max(200),
  scheduledAt: z.iso.datetime({ offset: true, message: 'Date et heure ISO 8601 attendues.' }),
  location: z.string().trim().max(300).optional(),
  agenda: z.string().trim().min(3, "L'ordre du jour est obligatoire.").max(20_000),
  resolutions: z
    .array(
      z.object({
        title: z.string().trim().min(3, 'Intitulé de résolution obligatoire.').max(300),
        text: z.string().trim().max(20_000).optional(),
        /** Defaults to the statutes' rule. */
        majorityRule: majorityRuleSchema.optional(),
      }),
    )
    .min(1, "Inscrivez au moins une résolution à l'ordre du jour.")
    .max(100),
});
export type ConvokeAssemblyInput = z.input<typeof convokeAssemblySchema>;

export const attendanceUpdateSchema = z.object({
  changes: z
    .array(
      z.object({ memberId: z.uuid('Identifiant invalide.'), attendance: attendanceSchema, proxyHolderId: z.uuid().nullable().optional() }),
    )
    .min(1)
    .max(2000),
});
export type AttendanceUpdateInput = z.input<typeof attendanceUpdateSchema>;

export const voteInputSchema = z.object({
  votesFor: z.number().int('Nombre entier attendu.').min(0, 'Nombre positif attendu.'),
  votesAgainst: z.number().int('Nombre entier attendu.').min(0, 'Nombre positif attendu.'),
  votesAbstain: z.number().int('Nombre entier attendu.').min(0, 'Nombre positif attendu.'),
});
export type VoteInput = z.input<typeof voteInputSchema>;

export const closeAssemblySchema = z.object({
  minutes: z.string().trim().max(50_000).optional(),
  /** Constitutive assembly only: the first bureau and board, each citing its adopted election resolution. */
  firstBodies: z
    .array(
      z.object({
        kind: z.enum(['bureau', 'board']),
        name: z.string().trim().max(160),
        resolutionId: z.uuid('Identifiant invalide.'),
        mandates: z.array(z.object({ memberId: z.uuid('Identifiant invalide.'), role: mandateRoleSchema })).max(200),
      }),
    )
    .max(2)
    .optional(),
});
export type CloseAssemblyInput = z.input<typeof closeAssemblySchema>;

export const quorumDtoSchema = z.object({
  voters: z.number().int(),
  present: z.number().int(),
  represented: z.number().int(),
  voices: z.number().int(),
  required: z.number().int(),
  reached: z.boolean(),
  quorumPercent: z.number().int(),
});
export type QuorumDto = z.infer<typeof quorumDtoSchema>;

export const resolutionDtoSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  text: z.string().nullable(),
  majorityRule: majorityRuleSchema,
  majorityRuleLabel: z.string(),
  votesFor: z.number().int().nullable(),
  votesAgainst: z.number().int().nullable(),
  votesAbstain: z.number().int().nullable(),
  outcome: outcomeSchema.nullable(),
  outcomeLabel: z.string().nullable(),
  votedAt: z.string().nullable(),
});
export type ResolutionDto = z.infer<typeof resolutionDtoSchema>;

export const voterDtoSchema = z.object({
  memberId: z.string(),
  displayName: z.string(),
  categoryName: z.string().nullable(),
  attendance: attendanceSchema,
  proxyHolderId: z.string().nullable(),
  proxiesCarried: z.number().int(),
});
export type VoterDto = z.infer<typeof voterDtoSchema>;

export const assemblySummarySchema = z.object({
  id: z.string(),
  kind: assemblyKindSchema,
  kindLabel: z.string(),
  title: z.string(),
  scheduledAt: z.string(),
  location: z.string().nullable(),
  status: assemblyStatusSchema,
  statusLabel: z.string(),
  resolutionCount: z.number().int(),
  adoptedCount: z.number().int(),
});
export type AssemblySummaryDto = z.infer<typeof assemblySummarySchema>;

export const assemblyDetailSchema = assemblySummarySchema.extend({
  agenda: z.string(),
  majorityRule: majorityRuleSchema,
  maxProxiesPerHolder: z.number().int(),
  convenedAt: z.string(),
  closedAt: z.string().nullable(),
  minutes: z.string().nullable(),
  quorum: quorumDtoSchema,
  voters: z.array(voterDtoSchema),
  resolutions: z.array(resolutionDtoSchema),
});
export type AssemblyDetailDto = z.infer<typeof assemblyDetailSchema>;
