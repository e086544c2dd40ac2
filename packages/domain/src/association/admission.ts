import { DomainError, invalid } from '../errors.ts';
import type { Stage } from '../lifecycle/stages.ts';
import { checkJoinedOn, isOpenMembership, type MemberStatus } from './membership.ts';

/** A membership the coordination team records directly: validated at once, or a request received (paper form). */
export interface AdmissionRequest {
  status: 'active' | 'requested';
  categoryId: string | undefined;
  /** The category named by `categoryId` exists in the CPTS (looked up by the caller). */
  categoryFound: boolean;
  joinedOn: string | undefined;
}

/**
 * Checks a membership recorded by the coordination team and gives its joining date: an active
 * member belongs to an existing category of the CPTS and joined today unless said otherwise,
 * never in the future; a request has no joining date yet (docs/reference/association.md §2).
 */
export function admitMember(request: AdmissionRequest, today: string): { joinedOn: string | null } {
  if (request.categoryId) assertCategoryFound(request.categoryFound);
  else if (request.status === 'active') throw invalid('categoryId', "Choisissez la catégorie d'adhésion (collège).");
  if (request.joinedOn) checkJoinedOn(request.joinedOn, today);
  return { joinedOn: request.status === 'active' ? (request.joinedOn ?? today) : null };
}

/** A category named by a membership (added, accepted, moved) must be one of the CPTS's. */
export function assertCategoryFound(found: boolean): void {
  if (!found) throw invalid('categoryId', "Cette catégorie d'adhésion n'existe pas dans la CPTS.");
}

/** Who asks to join: one professional (national id) or one structure (FINESS site). */
export interface MembershipKey {
  idNatPs?: string | null | undefined;
  finessSite?: string | null | undefined;
}

/**
 * One open membership (requested or active) per professional or structure and CPTS: a second
 * request waits until the first is refused or ended (docs/reference/association.md §2).
 */
export function assertNoOpenMembership(
  members: readonly { status: MemberStatus; idNatPs: string | null; finessSite: string | null }[],
  key: MembershipKey,
): void {
  const open = members.filter((m) => isOpenMembership(m.status));
  if (key.idNatPs && open.some((m) => m.idNatPs === key.idNatPs)) {
    throw new DomainError('CONFLICT', 'Ce professionnel est déjà adhérent ou a une demande en cours.', 'idNatPs');
  }
  if (key.finessSite && open.some((m) => m.finessSite === key.finessSite)) {
    throw new DomainError('CONFLICT', 'Cette structure est déjà adhérente ou a une demande en cours.', 'finessSite');
  }
}

/** A professional the coordination team adds is taken from the national directory (RPPS) loaded. */
export function requireDirectoryEntry<P>(professional: P | null): P {
  if (!professional) throw invalid('idNatPs', "Ce professionnel n'est pas dans l'annuaire national (RPPS) chargé.");
  return professional;
}

/**
 * Only a professional identified by their national id (RPPS, through Pro Santé Connect) asks
 * to join a CPTS by themselves; answers their account with that id.
 */
export function requireProfessionalIdentity<U extends { idNatPs?: string | null | undefined }>(user: U | null): U & { idNatPs: string } {
  if (!user?.idNatPs) {
    throw new DomainError('FORBIDDEN', 'Seul un professionnel identifié (RPPS, Pro Santé Connect) peut demander à adhérer.', 'idNatPs');
  }
  return { ...user, idNatPs: user.idNatPs };
}

/** A dissolved or merged CPTS no longer takes membership requests. */
export function assertAcceptsMembershipRequests(stage: Stage): void {
  if (stage === 'dissolved' || stage === 'merged') {
    throw new DomainError('CONFLICT', "Cette CPTS n'existe plus : elle n'accueille plus d'adhésion.", 'cptsId');
  }
}
