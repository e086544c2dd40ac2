import { ASSEMBLY_KINDS, ASSEMBLY_STATUSES, ATTENDANCES, RESOLUTION_OUTCOMES } from '@maillon/domain';
import { z } from 'zod';
import { mandateRoleSchema } from './association-governance.ts';
import { majorityRuleSchema } from './association-members.ts';
import { isoDateTimeSchema, lineSchema, multilineTextSchema, uuidSchema } from './common.ts';

export const assemblyKindSchema = z.enum(ASSEMBLY_KINDS);
export type AssemblyKindDto = z.infer<typeof assemblyKindSchema>;
export const assemblyStatusSchema = z.enum(ASSEMBLY_STATUSES);
export const attendanceSchema = z.enum(ATTENDANCES);
export type AttendanceDto = z.infer<typeof attendanceSchema>;
export const outcomeSchema = z.enum(RESOLUTION_OUTCOMES);

export const convokeAssemblySchema = z.object({
  kind: assemblyKindSchema,
  title: lineSchema(200).trim().min(3, "Le titre de l'assemblée est obligatoire."),
  scheduledAt: isoDateTimeSchema,
  location: lineSchema(300).trim().optional(),
  agenda: multilineTextSchema(20_000).trim().min(3, "L'ordre du jour est obligatoire."),
  resolutions: z
    .array(
      z.object({
        title: lineSchema(300).trim().min(3, 'Intitulé de résolution obligatoire.'),
        text: multilineTextSchema(20_000).trim().optional(),
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
    .array(z.object({ memberId: uuidSchema, attendance: attendanceSchema, proxyHolderId: uuidSchema.nullable().optional() }))
    .min(1)
    .max(2000),
});
export type AttendanceUpdateInput = z.input<typeof attendanceUpdateSchema>;

/** A count of voices; bounded so that it always fits the database's integer. */
const voicesSchema = z.number().int('Nombre entier attendu.').min(0, 'Nombre positif attendu.').max(1_000_000, 'Au plus 1 000 000 voix.');

export const voteInputSchema = z.object({
  votesFor: voicesSchema,
  votesAgainst: voicesSchema,
  votesAbstain: voicesSchema,
});
export type VoteInput = z.input<typeof voteInputSchema>;

export const closeAssemblySchema = z.object({
  minutes: multilineTextSchema(50_000).trim().optional(),
  /** Constitutive assembly only: the first bureau and board, each citing its adopted election resolution. */
  firstBodies: z
    .array(
      z.object({
        kind: z.enum(['bureau', 'board']),
        name: lineSchema(160).trim(),
        resolutionId: uuidSchema,
        mandates: z.array(z.object({ memberId: uuidSchema, role: mandateRoleSchema })).max(200),
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
