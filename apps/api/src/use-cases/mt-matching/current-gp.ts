import {
  type CptsRecord,
  type CptsRepository,
  canCoordinate,
  DomainError,
  forbidden,
  type GpCapacityRepository,
  type GpDirectoryEntry,
  type IdentityRepository,
  notFound,
  type Principal,
} from '@maillon/domain';

/**
 * The signed-in general practitioner: an account holding a national professional id (local
 * account linked to the directory, or Pro Santé Connect, which gives `idNatPs`), listed in the
 * directory with a present general-practice activity (docs/reference/mt-matching.md §1).
 * Anyone else is refused: capacity and candidates are for GPs only.
 */
export async function currentGp(
  ports: { identity: Pick<IdentityRepository, 'findUserById'>; gpCapacity: Pick<GpCapacityRepository, 'generalPractitioner'> },
  principal: Principal,
): Promise<GpDirectoryEntry> {
  const user = await ports.identity.findUserById(principal.userId);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Connexion requise.');
  const gp = user.idNatPs ? await ports.gpCapacity.generalPractitioner(user.idNatPs) : null;
  if (!gp)
    throw forbidden(
      'Réservé aux médecins généralistes identifiés par leur numéro RPPS et présents dans l’annuaire (compte relié ou Pro Santé Connect).',
    );
  return gp;
}

/** A CPTS its coordination team works on (404 when it does not exist, 403 for anyone else). */
export async function coordinatedCpts(cpts: Pick<CptsRepository, 'get'>, principal: Principal, cptsId: string): Promise<CptsRecord> {
  const record = await cpts.get(cptsId);
  if (!record) throw notFound('CPTS introuvable.');
  if (!canCoordinate(principal, cptsId)) throw forbidden('Réservé à l’équipe de coordination de la CPTS.');
  return record;
}
