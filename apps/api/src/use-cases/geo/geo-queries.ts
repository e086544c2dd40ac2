import type { Departement, Epci, GeoStatus, GroupUnits, Region, UnitDto } from '@maillon/contracts';
import { type GeographyRepository, requireUnitGroup } from '@maillon/domain';
import type { UseCaseContext } from '../use-case-context.ts';

/** The reference geography as the pickers, the map and the referential page read it. */
export interface GeoPorts {
  geography: Pick<
    GeographyRepository,
    'regions' | 'departements' | 'searchUnits' | 'epcisOfRegion' | 'unitCodesOf' | 'unitsByCodes' | 'shapes' | 'meta' | 'version'
  >;
}

/** Public administrative data: any signed-in user reads it (the context carries who). */
export type GeoContext = UseCaseContext<GeoPorts>;

/** How many units a search answers at most. */
const SEARCH_LIMIT = 20;

export const listRegions = (ctx: GeoContext): Promise<Region[]> => ctx.ports.geography.regions();

export const listDepartements = (ctx: GeoContext, regionCode: string | undefined): Promise<Departement[]> =>
  ctx.ports.geography.departements(regionCode);

export const searchUnits = (ctx: GeoContext, q: string, regionCode: string | undefined): Promise<UnitDto[]> =>
  ctx.ports.geography.searchUnits(q, { regionCode, limit: SEARCH_LIMIT });

export const listEpcis = (ctx: GeoContext, regionCode: string): Promise<Epci[]> => ctx.ports.geography.epcisOfRegion(regionCode);

/** The units of an EPCI or a département, with their names and populations. */
export async function groupUnits(
  ctx: GeoContext,
  query: { epci?: string | undefined; departement?: string | undefined },
): Promise<GroupUnits> {
  const units = await ctx.ports.geography.unitCodesOf(requireUnitGroup(query));
  return { units, items: await ctx.ports.geography.unitsByCodes(units) };
}

/** Versions of the reference geography and what the last contour import left. */
export async function geoStatus(ctx: GeoContext): Promise<GeoStatus> {
  const [cog, contours] = await Promise.all([ctx.ports.geography.meta('cog'), ctx.ports.geography.meta('contours')]);
  return { cog, contours } as GeoStatus;
}
