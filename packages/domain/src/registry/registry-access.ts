import { isAdmin, type Principal } from '../access/principal.ts';
import { forbidden } from '../errors.ts';

/**
 * Who loads registries, hence gets their template: the ARS of a region (for its region, checked
 * per file with `canSteerRegion`) and the admin (docs/reference/registry-import.md §1).
 */
export function assertCanLoadRegistries(principal: Principal): void {
  if (!isAdmin(principal) && !principal.grants.some((g) => g.role === 'ars')) {
    throw forbidden("Le registre des CPTS d'une région est chargé par son ARS.");
  }
}
