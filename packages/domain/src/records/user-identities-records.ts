/** Records the user identities repository exchanges with the use cases (ports in apps/api/src/use-cases). */

/** An account's link to an OpenID Connect provider (`provider` 'psc' for Pro Santé Connect). */

export interface UserIdentityRecord {
  id: string;
  userId: string;
  provider: string;
  /** The provider's `sub` claim: stable per provider. */
  subject: string;
  idNatPs: string | null;
  createdAt: Date;
}
