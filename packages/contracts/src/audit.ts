import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '@maillon/domain';
import { z } from 'zod';
import { isoDateSchema, uuidSchema } from './common.ts';

/**
 * The OpenAPI tag of every route that returns, exports or changes personal data. Each call of
 * such a route writes an entry in the audit trail (a test holds every tagged route to it).
 */
export const PERSONAL_DATA_TAG = 'données personnelles';

export const auditQuerySchema = z.object({
  /** Required for a coordination team (its CPTS); the admin may leave it out for every entry. */
  cptsId: uuidSchema.optional(),
  from: isoDateSchema.optional(),
  /** Inclusive day (Europe/Paris). */
  to: isoDateSchema.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  entity: z.enum(AUDIT_ENTITIES).optional(),
  actorUserId: uuidSchema.optional(),
  // No trim: trimming would strip a control character (vertical tab…) and accept it (fuzz test).
  recordId: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[\w:.-]+$/, 'Identifiant d’enregistrement invalide.')
    .optional(),
  /** Keyset paging: the `nextBefore` of the previous page. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  actionLabel: z.string(),
  entity: z.enum(AUDIT_ENTITIES),
  entityLabel: z.string(),
  /** The first record ids (at most 20); `recordCount` tells how many the entry names. */
  recordIds: z.array(z.string()),
  recordCount: z.number().int(),
  cptsId: z.string().nullable(),
  route: z.string(),
  sourceIp: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  nextBefore: z.number().int().nullable(),
});
export type AuditPageDto = z.infer<typeof auditPageSchema>;
