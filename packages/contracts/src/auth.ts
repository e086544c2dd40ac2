import { z } from 'zod';
import { emailSchema, uuidSchema } from './common.ts';

export const loginRequestSchema = z.object({
  email: emailSchema,
  // Any character: a password is only hashed, never stored nor shown, and narrowing its alphabet
  // weakens it (OWASP ASVS V2.1); the length is capped so that hashing stays cheap.
  password: z.string().min(1, 'Mot de passe requis.').max(1024),
  /** Close the user's other sessions once this one is open. */
  closeOtherSessions: z.boolean().optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const grantSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('admin') }),
  z.object({ role: z.literal('ars'), regionCode: z.string() }),
  z.object({ role: z.literal('cpam'), regionCode: z.string(), departementCode: z.string() }),
  z.object({ role: z.literal('coordinator'), cptsId: z.string() }),
  z.object({ role: z.literal('sas'), departementCode: z.string().nullable(), cptsId: z.string().nullable() }),
]);

export const meSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }),
  grants: z.array(grantSchema),
  /** Send back in the `x-csrf-token` header on every POST/PUT/PATCH/DELETE. */
  csrfToken: z.string(),
  demo: z.boolean(),
  /** False for accounts that sign in through Pro Santé Connect only (no password to change). */
  hasPassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

/** One of the current user's open sessions ("Sessions actives"). */
export const activeSessionSchema = z.object({
  id: z.string(),
  /** "Firefox sur Windows"; null when the browser sent no User-Agent. */
  device: z.string().nullable(),
  /** Client address at login; null for sessions older than its recording. */
  sourceAddress: z.string().nullable(),
  createdAt: z.string(),
  /** Last activity, accurate to a few minutes. */
  lastSeenAt: z.string(),
  /** The session making this request. */
  current: z.boolean(),
});
export type ActiveSessionDto = z.infer<typeof activeSessionSchema>;
export const activeSessionListSchema = z.object({ items: z.array(activeSessionSchema) });

export const sessionIdParamsSchema = z.object({ id: uuidSchema });

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, 'Mot de passe actuel requis.').max(1024),
  /** At least 12 characters and different from the current one (checked by the domain). */
  newPassword: z.string().min(1, 'Nouveau mot de passe requis.').max(1024),
  /** « Fermer mes autres sessions », checked by default. */
  closeOtherSessions: z.boolean().default(true),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** How many other sessions a password change or « Fermer toutes les autres sessions » ended. */
export const closedSessionsSchema = z.object({ closedSessions: z.number().int() });
