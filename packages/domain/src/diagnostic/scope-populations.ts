import type { DirectoryScope } from '../storage/diagnostic-repository.ts';
import type { TerritoryIndex } from '../territory/territory-index.ts';
import { diagnosticScopeKey } from './territorial-diagnostic.ts';

/**
 * Legal population of each diagnostic scope, summed over the units of the reference-geography
 * index (the same rows the database holds): a territory by its unit codes (each once, unknown
 * codes left out), each département that has units, a region, and France where the ACI applies,
 * without the regions `outsideAciField` lists (docs/reference/coverage.md §6). Keys are
 * `diagnosticScopeKey`s; an empty list of units or départements gives 0 and no entry respectively.
 */
export function scopePopulations(
  index: TerritoryIndex,
  scopes: readonly DirectoryScope[],
  outsideAciField: readonly string[],
): Map<string, number> {
  const result = new Map<string, number>();
  for (const scope of scopes) {
    switch (scope.kind) {
      case 'territory': {
        let total = 0;
        for (const code of new Set(scope.unitCodes)) total += index.population[index.indexByCode.get(code) ?? -1] ?? 0;
        result.set(diagnosticScopeKey('territory'), total);
        break;
      }
      case 'departements':
        // The index's totals, summed once per geography version (not a scan of France per request).
        for (const code of new Set(scope.codes)) {
          const total = index.departementTotals.get(code);
          if (total) result.set(diagnosticScopeKey('departement', code), total.population);
        }
        break;
      case 'region':
        result.set(diagnosticScopeKey('region', scope.code), index.regionTotals.get(scope.code)?.population ?? 0);
        break;
      case 'france': {
        const outside = new Set(outsideAciField);
        let total = 0;
        for (const [regionCode, region] of index.regionTotals) if (!outside.has(regionCode)) total += region.population;
        result.set(diagnosticScopeKey('france'), total);
        break;
      }
    }
  }
  return result;
}
