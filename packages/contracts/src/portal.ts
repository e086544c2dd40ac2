import { z } from 'zod';
import { assemblyKindSchema, assemblyStatusSchema, attendanceSchema } from './association-assemblies.ts';
import { duesStatusSchema, memberStatusSchema } from './association-members.ts';
import './common.ts';

/** Sign-in methods offered on the login page (`GET /api/auth/options`). */
export const authOptionsSchema = z.object({
  /** Pro Santé Connect (OpenID Connect) is configured on this instance. */
  oidcEnabled: z.boolean(),
});
export type AuthOptions = z.infer<typeof authOptionsSchema>;

/**
 * Why a Pro Santé Connect sign-in was refused, sent back to `/connexion?erreur=<code>`:
 * the user declined at the provider, the provider answered another error, the callback does
 * not belong to the login this browser started (state), the login took too long, the tokens
 * were refused (code exchange, ID token, userinfo), no national professional id was given,
 * the provider could not be reached, or Maillon failed to record the account.
 */
export const oidcErrorCodeSchema = z.enum([
  'access_denied',
  'provider_error',
  'invalid_state',
  'expired',
  'token_rejected',
  'missing_identity',
  'unavailable',
  'internal',
]);
export type OidcErrorCode = z.infer<typeof oidcErrorCodeSchema>;

export const portalDuesSchema = z.object({
  year: z.number().int(),
  /** `exempt`: the member's category has no dues. */
  status: duesStatusSchema,
  amountCents: z.number().int(),
  paidOn: z.string().nullable(),
  receiptNumber: z.string().nullable(),
});

export const portalMembershipSchema = z.object({
  memberId: z.string(),
  cpts: z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), isDemo: z.boolean() }),
  status: memberStatusSchema,
  statusLabel: z.string(),
  category: z.object({ name: z.string(), voting: z.boolean(), yearlyDuesCents: z.number().int() }).nullable(),
  requestedAt: z.string(),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  /** Most recent year first; an active member's current year is listed even before any payment. */
  dues: z.array(portalDuesSchema),
});
export type PortalMembership = z.infer<typeof portalMembershipSchema>;

export const portalAssemblySchema = z.object({
  id: z.string(),
  cptsId: z.string(),
  cptsName: z.string(),
  kind: assemblyKindSchema,
  title: z.string(),
  scheduledAt: z.string(),
  location: z.string().nullable(),
  status: assemblyStatusSchema,
  /** Attendance recorded on the voter list; null while the list is not frozen. */
  attendance: attendanceSchema.nullable(),
  /** `voterList`: on the list frozen at convocation; `membership`: active voting member, list not frozen. */
  entitledBy: z.enum(['voterList', 'membership']),
});
export type PortalAssembly = z.infer<typeof portalAssemblySchema>;

/** `GET /api/portal`: the signed-in professional's CPTS, memberships, dues and assemblies. */
export const portalSchema = z.object({
  user: z.object({ displayName: z.string(), idNatPs: z.string().nullable() }),
  memberships: z.array(portalMembershipSchema),
  assemblies: z.array(portalAssemblySchema),
});
export type PortalDto = z.infer<typeof portalSchema>;
