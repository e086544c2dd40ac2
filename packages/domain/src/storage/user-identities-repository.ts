import type { UserRecord } from './identity-repository.ts';
/** The storage contract of user identities: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

export interface UserIdentitiesRepository {
  findBySubject(provider: string, subject: string): Promise<UserIdentityRecord | null>;
  /** The account holding this national professional id (users.id_nat_ps is unique). */
  findUserByIdNatPs(idNatPs: string): Promise<UserRecord | null>;
  create(identity: UserIdentityRecord): Promise<void>;
  remove(id: string): Promise<void>;
}
