import { DUES_STATUSES, MAJORITY_RULES, MEMBER_KINDS, MEMBER_STATUSES, STRUCTURE_TYPES } from '@maillon/domain';
import { z } from 'zod';
import { emailSchema, isoDateSchema, lineSchema, multilineTextSchema, uuidSchema } from './common.ts';

export const memberKindSchema = z.enum(MEMBER_KINDS);
export const structureTypeSchema = z.enum(STRUCTURE_TYPES);
export const memberStatusSchema = z.enum(MEMBER_STATUSES);
export type MemberStatusDto = z.infer<typeof memberStatusSchema>;
export const duesStatusSchema = z.enum(DUES_STATUSES);
export type DuesStatusDto = z.infer<typeof duesStatusSchema>;
export const majorityRuleSchema = z.enum(MAJORITY_RULES);
export type MajorityRuleDto = z.infer<typeof majorityRuleSchema>;

const optionalEmail = z
  .union([emailSchema, z.literal('')])
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();
const optionalPhone = lineSchema(30)
  .trim()
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const associationSettingsSchema = z.object({
  quorumPercent: z.number().int('Pourcentage entier attendu.').min(0, 'Entre 0 et 100 %.').max(100, 'Entre 0 et 100 %.'),
  maxProxiesPerHolder: z.number().int('Nombre entier attendu.').min(0, 'Entre 0 et 10 pouvoirs.').max(10, 'Entre 0 et 10 pouvoirs.'),
  majorityRule: majorityRuleSchema,
});
export type AssociationSettingsDto = z.infer<typeof associationSettingsSchema>;

export const categoryInputSchema = z.object({
  name: lineSchema(120).trim().min(2, 'Le nom de la catégorie est obligatoire.'),
  voting: z.boolean(),
  yearlyDuesCents: z.number().int('Montant en centimes entier attendu.').min(0, 'Le montant ne peut pas être négatif.').max(10_000_000),
  /** Display order; a new category goes last by default. */
  position: z.number().int().min(0).max(1000).optional(),
});
export type CategoryInput = z.input<typeof categoryInputSchema>;

export const categoryDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  voting: z.boolean(),
  yearlyDuesCents: z.number().int(),
  position: z.number().int(),
  activeMembers: z.number().int(),
});
export type CategoryDto = z.infer<typeof categoryDtoSchema>;

/** The coordination team adds a member directly (active) or records a request received (e.g. a paper form). */
export const addMemberSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('professional'),
    idNatPs: lineSchema(20)
      .trim()
      .regex(/^\d{9,12}$/, 'Identifiant national (RPPS ou ADELI) invalide.'),
    categoryId: uuidSchema.optional(),
    status: z.enum(['active', 'requested']).default('active'),
    joinedOn: isoDateSchema.optional(),
    contactEmail: optionalEmail,
    contactPhone: optionalPhone,
  }),
  z.object({
    kind: z.literal('structure'),
    displayName: lineSchema(200).trim().min(2, 'Le nom de la structure est obligatoire.'),
    structureType: structureTypeSchema,
    finessSite: lineSchema(20)
      .trim()
      .regex(/^(?:[0-9]{2}|2[AB])[0-9]{7}$/, 'Numéro FINESS invalide (9 caractères).')
      .optional(),
    categoryId: uuidSchema.optional(),
    status: z.enum(['active', 'requested']).default('active'),
    joinedOn: isoDateSchema.optional(),
    contactEmail: optionalEmail,
    contactPhone: optionalPhone,
  }),
]);
export type AddMemberInput = z.input<typeof addMemberSchema>;

export const membershipRequestSchema = z.object({
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
  comment: multilineTextSchema(2000).trim().optional(),
});

export const memberDecisionSchema = z.object({
  decision: z.enum(['accept', 'refuse']),
  categoryId: uuidSchema.optional(),
  joinedOn: isoDateSchema.optional(),
  comment: multilineTextSchema(2000).trim().optional(),
});
export type MemberDecisionInput = z.input<typeof memberDecisionSchema>;

export const memberLeaveSchema = z.object({ leftOn: isoDateSchema.optional(), comment: multilineTextSchema(2000).trim().optional() });

export const memberUpdateSchema = z.object({
  categoryId: uuidSchema.nullable().optional(),
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
});
export type MemberUpdateInput = z.input<typeof memberUpdateSchema>;

export const duesPaymentSchema = z.object({
  /** Null cancels the payment; the receipt number stays reserved. */
  paidOn: isoDateSchema.nullable(),
  amountCents: z.number().int().min(0).max(10_000_000).optional(),
});

export const duesDtoSchema = z.object({
  year: z.number().int(),
  status: duesStatusSchema,
  amountCents: z.number().int(),
  paidOn: z.string().nullable(),
  receiptNumber: z.string().nullable(),
});
export type DuesDto = z.infer<typeof duesDtoSchema>;

export const memberDtoSchema = z.object({
  id: z.string(),
  kind: memberKindSchema,
  displayName: z.string(),
  idNatPs: z.string().nullable(),
  finessSite: z.string().nullable(),
  structureType: structureTypeSchema.nullable(),
  typeLabel: z.string(),
  professionLabel: z.string().nullable(),
  category: z.object({ id: z.string(), name: z.string(), voting: z.boolean() }).nullable(),
  status: memberStatusSchema,
  statusLabel: z.string(),
  requestedAt: z.string(),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  /** Personal contact data: coordination team only. */
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  unitCode: z.string().nullable(),
  dues: duesDtoSchema,
  isDemo: z.boolean(),
});
export type MemberDto = z.infer<typeof memberDtoSchema>;

export const memberListQuerySchema = z.object({
  status: memberStatusSchema.optional(),
  categoryId: uuidSchema.optional(),
  dues: duesStatusSchema.optional(),
  q: lineSchema(100).trim().optional(),
});

export const memberListSchema = z.object({ year: z.number().int(), items: z.array(memberDtoSchema) });
export type MemberListDto = z.infer<typeof memberListSchema>;

export const memberDetailSchema = memberDtoSchema.extend({
  history: z.array(
    z.object({
      event: z.string(),
      label: z.string(),
      occurredAt: z.string(),
      comment: z.string().nullable(),
      byUserId: z.string().nullable(),
    }),
  ),
  duesByYear: z.array(duesDtoSchema),
  mandates: z.array(z.object({ bodyName: z.string(), roleLabel: z.string(), startOn: z.string(), endOn: z.string().nullable() })),
});
export type MemberDetailDto = z.infer<typeof memberDetailSchema>;

/** Counts and rates only: what ARS and CPAM see of a CPTS association (no names, no contacts). */
export const membersSummarySchema = z.object({
  year: z.number().int(),
  byStatus: z.record(memberStatusSchema, z.number().int()),
  byCategory: z.array(z.object({ name: z.string(), voting: z.boolean(), active: z.number().int() })),
  professionals: z.number().int(),
  structures: z.number().int(),
  duesPaid: z.number().int(),
  duesOwed: z.number().int(),
  /** Share of active members owing dues who paid this year; null when nobody owes. */
  duesPaidRate: z.number().nullable(),
  bodies: z.number().int(),
  assembliesHeld: z.number().int(),
  lastAssemblyOn: z.string().nullable(),
});
export type MembersSummaryDto = z.infer<typeof membersSummarySchema>;

export const directoryHitSchema = z.object({
  idNatPs: z.string(),
  displayName: z.string(),
  professionLabel: z.string(),
  townLabel: z.string().nullable(),
  inTerritory: z.boolean(),
  memberStatus: memberStatusSchema.nullable(),
});
export type DirectoryHitDto = z.infer<typeof directoryHitSchema>;
