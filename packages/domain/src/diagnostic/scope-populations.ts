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
  const sumWhere = (keep: (i: number) => boolean) => {
    let total = 0;
    for (let i = 0; i < index.units.length; i++) if (keep(i)) total += index.population[i] ?? 0;
    return total;
  };
  for (const scope of scopes) {
    switch (scope.kind) {
      case 'territory': {
        let total = 0;
        for (const code of new Set(scope.unitCodes)) total += index.population[index.indexByCode.get(code) ?? -1] ?? 0;
        result.set(diagnosticScopeKey('territory'), total);
        break;
      }
      case 'departements': {
        const wanted = new Set(scope.codes);
        const sums = new Map<string, number>();
        index.units.forEach((unit, i) => {
          const code = unit.departementCode;
          if (code !== null && wanted.has(code)) sums.set(code, (sums.get(code) ?? 0) + (index.population[i] ?? 0));
        });
        for (const [code, total] of sums) result.set(diagnosticScopeKey('departement', code), total);
        break;
      }
      case 'region':
        result.set(
          diagnosticScopeKey('region', scope.code),
          sumWhere((i) => index.units[i]?.regionCode === scope.code),
        );
        break;
      case 'france': {
        const outside = new Set(outsideAciField);
        result.set(
          diagnosticScopeKey('france'),
          sumWhere((i) => !outside.has(index.units[i]?.regionCode ?? '')),
        );
        break;
      }
    }
  }
  return result;
}
