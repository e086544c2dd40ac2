import type { CptsScope, Principal } from '../access/principal.ts';
import { associationAccess } from '../association/access.ts';
import { forbidden, invalid } from '../errors.ts';

/**
 * Nominative lists of the engagement screens (professionals to invite, invitations, partners)
 * are for the CPTS's coordination team and the admin; the ARS and the CPAM read its figures only
 * (docs/reference/association.md §6). The caller has already answered 404 to anyone who may not
 * read the CPTS at all.
 */
export function assertMayManageEngagementLists(principal: Principal, cpts: CptsScope): void {
  if (associationAccess(principal, cpts) !== 'manage') {
    throw forbidden("Les listes nominatives sont réservées à l'équipe de coordination de la CPTS ; l'ARS et la CPAM en voient les taux.");
  }
}

/** The filters of the professionals to invite, as the page and the exports send them. */
export interface NonMembersFilterInput {
  profession?: string | undefined;
  unit?: string | undefined;
  invited?: 'yes' | 'no' | undefined;
}

/** The same, checked against the CPTS's territory: a commune outside it is refused on `unit`. */
export function nonMembersFilter(
  territory: readonly string[],
  query: NonMembersFilterInput,
): { profession: string | undefined; unitCode: string | undefined; invited: boolean | undefined } {
  if (query.unit && !territory.includes(query.unit)) throw invalid('unit', "Cette commune n'appartient pas au territoire de la CPTS.");
  return {
    profession: query.profession,
    unitCode: query.unit,
    invited: query.invited === undefined ? undefined : query.invited === 'yes',
  };
}
