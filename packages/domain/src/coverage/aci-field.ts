import type { TerritoryIndex } from '../territory/territory-index.ts';

/**
 * Where the ACI applies (docs/reference/coverage.md §6): the ACI is a convention of the national
 * health insurance, which covers metropolitan France and the five overseas départements-régions
 * (COG zones `metro` and `drom`). The overseas collectivities (zone `com`: Saint-Pierre-et-Miquelon,
 * Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, French Polynesia, New Caledonia, and the
 * uninhabited TAAF and Clipperton) have their own social-security systems or none: national
 * figures leave them out and list them apart.
 */
export const ACI_FIELD_ZONES = ['metro', 'drom'] as const;

export interface ZonedRegion {
  code: string;
  name: string;
  zone: string | null;
}

/** Whether the ACI applies in a region of this COG zone (an unknown zone counts in: never hide a region by default). */
export function isInAciField(region: Pick<ZonedRegion, 'zone'>): boolean {
  return region.zone === null || (ACI_FIELD_ZONES as readonly string[]).includes(region.zone);
}

/** The regions the national figures leave out, by code. */
export function regionsOutsideAciField(regions: readonly ZonedRegion[]): string[] {
  return regions.filter((r) => !isInAciField(r)).map((r) => r.code);
}

export interface OutsideAciRegion {
  code: string;
  name: string;
  population: number;
  unitCount: number;
}

/** The regions outside the ACI's field with their legal population and units, for the national view. */
export function outsideAciRegions(index: TerritoryIndex, regions: readonly ZonedRegion[]): OutsideAciRegion[] {
  return regions
    .filter((r) => !isInAciField(r))
    .map((r) => {
      const total = index.regionTotals.get(r.code);
      return { code: r.code, name: r.name, population: total?.population ?? 0, unitCount: total?.unitCount ?? 0 };
    })
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'fr'));
}
