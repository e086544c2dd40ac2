/** What Maillon keeps from a Pro Santé Connect identity. */
export interface PscIdentity {
  /** The provider's `sub`: the stable key of `user_identities`. */
  subject: string;
  /** National professional id (idNatPs): `8` + RPPS or `0` + ADELI, taken as given, never rebuilt. */
  idNatPs: string;
  displayName: string;
  /** Only an address the provider says is verified (never trusted to link accounts). */
  email: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * Reads the identity from the ID token claims merged with userinfo. Pro Santé Connect gives
 * the national id in `SubjectNameID` (docs/reference/pro-sante-connect.md); other providers (and the test provider)
 * may only give `preferred_username`. Null when no subject or no national id is present.
 */
export function pscIdentityFromClaims(claims: Readonly<Record<string, unknown>>): PscIdentity | null {
  const subject = text(claims.sub);
  const idNatPs = text(claims.SubjectNameID) ?? text(claims.preferred_username);
  if (!subject || !idNatPs) return null;
  const names = [text(claims.given_name), text(claims.family_name)].filter((part): part is string => part !== null);
  const email = text(claims.email);
  return {
    subject,
    idNatPs,
    displayName: names.length > 0 ? names.join(' ') : `Professionnel ${idNatPs}`,
    email: email && claims.email_verified !== false ? email.toLowerCase() : null,
  };
}

/**
 * E-mail of an account created from Pro Santé Connect when the provider gives none (or one
 * already used by another account): `.invalid` is reserved and never routable (RFC 2606 §2),
 * so nothing is ever sent there; users.email stays unique because idNatPs is.
 */
export function placeholderEmail(idNatPs: string): string {
  return `psc-${idNatPs.toLowerCase().replace(/[^a-z0-9-]/g, '-')}@psc.invalid`;
}
