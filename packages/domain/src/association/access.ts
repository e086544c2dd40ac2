import { type CptsScope, canCoordinate, canReadCpts, type Principal } from '../access/principal.ts';
import { DomainError, forbidden } from '../errors.ts';

/**
 * What a principal sees of a CPTS association (issue #3, "Access"): its coordination team (and
 * the platform admin) manages members, bodies and assemblies and sees contact data; ARS and CPAM
 * staff who follow it (ARS of its region, CPAM of its département) see counts and rates only;
 * anyone else does not see the CPTS at all.
 */
export type AssociationAccess = 'manage' | 'figures' | 'none';

export function associationAccess(p: Principal, cpts: CptsScope): AssociationAccess {
  if (canCoordinate(p, cpts.id)) return 'manage';
  if (canReadCpts(p, cpts)) return 'figures';
  return 'none';
}

/**
 * A CPTS association with the access a use case needs to it (`cpts` null: not found). Outside
 * the principal's scope the CPTS answers 404 (its existence is not disclosed); ARS/CPAM staff
 * asking for more than counts get 403 (docs/reference/association.md §6).
 */
export function requireAssociationAccess<C extends CptsScope>(
  p: Principal,
  cpts: C | null,
  need: Exclude<AssociationAccess, 'none'>,
): C & { access: Exclude<AssociationAccess, 'none'> } {
  const access = cpts ? associationAccess(p, cpts) : 'none';
  if (!cpts || access === 'none') throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
  if (need === 'manage' && access !== 'manage') {
    throw forbidden(
      "Seule l'équipe de coordination de la CPTS gère ses adhérents, ses instances et ses assemblées ; l'ARS et la CPAM en voient les effectifs agrégés.",
    );
  }
  return { ...cpts, access };
}
