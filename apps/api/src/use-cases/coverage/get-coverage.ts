import type { CoverageDto, CoverageUnits } from '@maillon/contracts';
import {
  type CoverageScope,
  coverageFromIndex,
  coverageScopePlace,
  isOpen,
  isOverdue,
  outsideAciRegions,
  plansForZone,
  regionsOutsideAciField,
  type ScopePlace,
  unitLevelsFromIndex,
  type WhiteZone,
  type ZonedRegion,
  zoneLabel,
} from '@maillon/domain';
import type { CoverageContext } from './coverage-ports.ts';

/** Checks who may see which scope and returns the place it names (coverage-scope rules in the domain). */
async function authorizeScope(ctx: CoverageContext, scope: CoverageScope): Promise<ScopePlace> {
  const geo = ctx.ports.geography;
  if (scope.kind === 'france') return coverageScopePlace(ctx.principal, scope, { regions: [], departements: [] });
  if (scope.kind === 'region') return coverageScopePlace(ctx.principal, scope, { regions: await geo.regions(), departements: [] });
  return coverageScopePlace(ctx.principal, scope, { regions: [], departements: await geo.departements() });
}

/**
 * France counts where the ACI applies; the overseas collectivities are listed apart
 * (docs/reference/coverage.md §6). Other scopes are left as they are.
 */
async function withinAciField(ctx: CoverageContext, scope: CoverageScope): Promise<{ scope: CoverageScope; regions: ZonedRegion[] }> {
  if (scope.kind !== 'france') return { scope, regions: [] };
  const regions = await ctx.ports.geography.regions();
  return { scope: { kind: 'france', outsideRegions: regionsOutsideAciField(regions) }, regions };
}

/** Coverage of a scope, with white-zone labels and the "100 % CPTS" plan follow-up. */
export async function getCoverage(ctx: CoverageContext, scope: CoverageScope): Promise<CoverageDto> {
  const { index, today } = ctx;
  const place = await authorizeScope(ctx, scope);
  const field = await withinAciField(ctx, scope);
  // A scan of the scope over the kept index, not a rebuild per request (docs/reference/coverage.md §7).
  const result = coverageFromIndex(await ctx.coverageIndex(), field.scope);
  const plans = place.regionCode ? await ctx.ports.plans.list(place.regionCode) : [];
  const openPlans = plans.filter(isOpen);
  const whiteZones = result.whiteZones.map((zone: WhiteZone) => ({
    ...zone,
    label: zoneLabel(index, zone.unitCodes),
    planIds: plansForZone(zone, plans).map((p) => p.id),
  }));
  const geo = ctx.ports.geography;
  const [cog, contours] = (await Promise.all([geo.meta('cog'), geo.meta('contours')])) as [
    { version?: string; vintage?: string } | null,
    { source?: string; importedAt?: string } | null,
  ];
  return {
    scope: { kind: scope.kind, code: scope.kind === 'france' ? null : scope.code, name: place.name },
    population: result.population,
    unitCount: result.unitCount,
    covered: result.covered,
    uncovered: result.uncovered,
    cptsByStage: result.cptsByStage,
    overlaps: result.overlaps,
    whiteZones,
    cpts: result.cpts,
    contoursLoaded: result.contoursLoaded,
    plans: {
      zonesWithoutPlan: result.whiteZones.filter((zone) => plansForZone(zone, openPlans).length === 0).length,
      overdue: plans.filter((p) => isOverdue(p, today)).length,
    },
    reference: {
      cog: cog ? `@etalab/decoupage-administratif ${cog.version} (${cog.vintage})` : 'non chargé',
      contours: contours ? `${contours.source} (importé le ${contours.importedAt?.slice(0, 10)})` : null,
    },
    outsideAciField: outsideAciRegions(index, field.regions),
  };
}

/** Per-unit coverage level of a scope, for the map: the same access as the coverage itself, without computing it. */
export async function coverageUnitLevels(ctx: CoverageContext, scope: CoverageScope): Promise<CoverageUnits> {
  await authorizeScope(ctx, scope);
  const field = await withinAciField(ctx, scope);
  return { units: unitLevelsFromIndex(await ctx.coverageIndex(), field.scope) };
}
