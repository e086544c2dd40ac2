import type { TerritoryIndex } from '../territory/territory-index.ts';

/**
 * Where coverage is computed: all of France (without the regions listed in `outsideRegions`:
 * those where the ACI does not apply, aci-field.ts), one region, or one département.
 */
export type CoverageScope =
  | { kind: 'france'; outsideRegions?: readonly string[] }
  | { kind: 'region'; code: string }
  | { kind: 'departement'; code: string };

/** Mask over the index: 1 for the units inside the scope. */
export function scopeMask(index: TerritoryIndex, scope: CoverageScope): Uint8Array {
  const mask = new Uint8Array(index.units.length);
  const outside = new Set(scope.kind === 'france' ? (scope.outsideRegions ?? []) : []);
  index.units.forEach((unit, i) => {
    if (scope.kind === 'france') mask[i] = unit.regionCode !== null && outside.has(unit.regionCode) ? 0 : 1;
    else if (scope.kind === 'region') mask[i] = unit.regionCode === scope.code ? 1 : 0;
    else mask[i] = unit.departementCode === scope.code ? 1 : 0;
  });
  return mask;
}
