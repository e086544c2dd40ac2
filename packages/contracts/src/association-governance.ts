import { BODY_KINDS, MANDATE_ROLES } from '@maillon/domain';
import { z } from 'zod';
import { isoDateSchema, lineSchema, uuidSchema } from './common.ts';

export const bodyKindSchema = z.enum(BODY_KINDS);
export type BodyKindDto = z.infer<typeof bodyKindSchema>;
export const mandateRoleSchema = z.enum(MANDATE_ROLES);
export type MandateRoleDto = z.infer<typeof mandateRoleSchema>;

export const bodyInputSchema = z.object({
  kind: bodyKindSchema,
  name: lineSchema(160).trim().min(2, "Le nom de l'instance est obligatoire."),
  createdOn: isoDateSchema,
  endedOn: isoDateSchema.nullable().optional(),
});
export type BodyInput = z.input<typeof bodyInputSchema>;

export const bodyUpdateSchema = z.object({
  name: lineSchema(160).trim().min(2, "Le nom de l'instance est obligatoire."),
  endedOn: isoDateSchema.nullable(),
});

export const mandateInputSchema = z.object({
  memberId: uuidSchema,
  role: mandateRoleSchema,
  startOn: isoDateSchema,
  endOn: isoDateSchema.nullable().optional(),
});
export type MandateInputDto = z.input<typeof mandateInputSchema>;

export const mandateUpdateSchema = z.object({
  role: mandateRoleSchema,
  startOn: isoDateSchema,
  endOn: isoDateSchema.nullable(),
});

export const mandateDtoSchema = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  role: mandateRoleSchema,
  roleLabel: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  current: z.boolean(),
});
export type MandateDto = z.infer<typeof mandateDtoSchema>;

export const bodyDtoSchema = z.object({
  id: z.string(),
  kind: bodyKindSchema,
  kindLabel: z.string(),
  name: z.string(),
  createdOn: z.string(),
  endedOn: z.string().nullable(),
  /** Roles this kind of body has. */
  roles: z.array(mandateRoleSchema),
  /** A seat requires a member with a vote (bureau, board). */
  votingSeatsOnly: z.boolean(),
  mandates: z.array(mandateDtoSchema),
});
export type BodyDto = z.infer<typeof bodyDtoSchema>;
