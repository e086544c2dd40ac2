import { z } from 'zod';
import { emailSchema } from './common.ts';

export const loginRequestSchema = z.object({
  email: emailSchema,
  // Any character: a password is only hashed, never stored nor shown, and narrowing its alphabet
  // weakens it (OWASP ASVS V2.1); the length is capped so that hashing stays cheap.
  password: z.string().min(1, 'Mot de passe requis.').max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const grantSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('admin') }),
  z.object({ role: z.enum(['ars', 'cpam']), regionCode: z.string() }),
  z.object({ role: z.literal('coordinator'), cptsId: z.string() }),
]);

export const meSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }),
  grants: z.array(grantSchema),
  /** Send back in the `x-csrf-token` header on every POST/PUT/PATCH/DELETE. */
  csrfToken: z.string(),
  demo: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;
