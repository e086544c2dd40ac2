import {
  DomainError,
  forbidden,
  type IdentityRepository,
  type Principal,
  type ProfessionalIdentity,
  type ProRequestsRepository,
} from '@maillon/domain';

/**
 * The signed-in professional, of any profession: an account holding a national professional
 * id (local account linked to the directory, or Pro Santé Connect), listed in the directory
 * with a present activity — the generalisation of mt-matching's current GP
 * (docs/reference/pro-requests.md §1). Anyone else is refused.
 */
export async function currentProfessional(
  ports: { identity: Pick<IdentityRepository, 'findUserById'>; proRequests: Pick<ProRequestsRepository, 'professional'> },
  principal: Principal,
): Promise<ProfessionalIdentity> {
  const user = await ports.identity.findUserById(principal.userId);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Connexion requise.');
  const pro = user.idNatPs ? await ports.proRequests.professional(user.idNatPs) : null;
  if (!pro)
    throw forbidden(
      'Réservé aux professionnels identifiés par leur numéro RPPS et présents dans l’annuaire (compte relié ou Pro Santé Connect).',
    );
  return pro;
}
