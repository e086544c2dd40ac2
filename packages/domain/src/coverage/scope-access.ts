import { assertCanReadRegion, isAdmin, type Principal } from '../access/principal.ts';
import { DomainError, forbidden } from '../errors.ts';
import type { CoverageScope } from './scope.ts';

/** The place a scope names, and the region it belongs to (none for France). */
export interface ScopePlace {
  name: string;
  regionCode: string | null;
}

/**
 * Who may look at which scope (docs/reference/roles.md): France is the platform
 * administration's; a region or a département, whoever reads that region. An unknown code is
 * a 404 naming its field.
 */
export function coverageScopePlace(
  principal: Principal,
  scope: CoverageScope,
  places: {
    regions: readonly { code: string; name: string }[];
    departements: readonly { code: string; name: string; regionCode: string | null }[];
  },
): ScopePlace {
  if (scope.kind === 'france') {
    if (!isAdmin(principal)) throw forbidden("La vue nationale est réservée à l'administration de la plateforme.");
    return { name: 'France', regionCode: null };
  }
  if (scope.kind === 'region') {
    const region = places.regions.find((r) => r.code === scope.code);
    if (!region) throw new DomainError('NOT_FOUND', `Région inconnue : ${scope.code}.`, 'region');
    assertCanReadRegion(principal, region.code);
    return { name: region.name, regionCode: region.code };
  }
  const dep = places.departements.find((d) => d.code === scope.code);
  if (!dep) throw new DomainError('NOT_FOUND', `Département inconnu : ${scope.code}.`, 'departement');
  assertCanReadRegion(principal, dep.regionCode ?? '');
  return { name: dep.name, regionCode: dep.regionCode };
}
