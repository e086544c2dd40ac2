import type { UserRecord } from '@maillon/domain';
import type { OidcContext } from './oidc-ports.ts';
import { type PscIdentity, placeholderEmail } from './psc-claims.ts';

export const PSC_PROVIDER = 'psc';

/**
 * The account a Pro Santé Connect identity signs into, in this order: the account already
 * linked to this `sub`; else the account holding this national professional id (a local
 * account whose id was recorded, which keeps its roles); else a new account without password.
 * Never matched by e-mail: an address does not prove who holds the account.
 */
export async function findOrCreatePscUser(ctx: OidcContext, identity: PscIdentity): Promise<UserRecord> {
  const { now } = ctx;
  return ctx.transaction(async ({ userIdentities: identities, identity: accounts }) => {
    const linked = await identities.findBySubject(PSC_PROVIDER, identity.subject);
    if (linked) {
      const user = await accounts.findUserById(linked.userId);
      if (user) return user;
      // The account was deleted (user_identities has no foreign key): forget the stale link.
      await identities.remove(linked.id);
    }
    let user = await identities.findUserByIdNatPs(identity.idNatPs);
    if (!user) {
      const emailFree = identity.email !== null && (await accounts.findUserByEmail(identity.email)) === null;
      user = {
        id: crypto.randomUUID(),
        email: emailFree && identity.email ? identity.email : placeholderEmail(identity.idNatPs),
        passwordHash: null,
        idNatPs: identity.idNatPs,
        displayName: identity.displayName,
        isDemo: false,
      };
      await accounts.createUser({ ...user, createdAt: now }, []);
    }
    await identities.create({
      id: crypto.randomUUID(),
      userId: user.id,
      provider: PSC_PROVIDER,
      subject: identity.subject,
      idNatPs: identity.idNatPs,
      createdAt: now,
    });
    return user;
  });
}
