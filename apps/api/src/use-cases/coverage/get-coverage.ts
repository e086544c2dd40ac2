import type { CoverageDto } from '@maillon/contracts';
import { createCptsRepository, createGeographyRepository, createPlansRepository, type Db } from '@maillon/db';
import {
  assertCanReadRegion,
  type CoverageScope,
  computeCoverage,
  DomainError,
  forbidden,
  isAdmin,
  isOpen,
  isOverdue,
  type Principal,
  plansForZone,
  type TerritoryIndex,
  type WhiteZone,
} from '@maillon/domain';

/** "Digne-les-Bains et 12 autres communes": the most populated unit names the zone. */
export function zoneLabel(index: TerritoryIndex, unitCodes: readonly string[]): string {
  let best: { name: string; population: number } | null = null;
  for (const code of unitCodes) {
    const unit = index.units[index.indexByCode.get(code) ?? -1];
    if (unit && (!best || unit.population > best.population)) best = unit;
  }
  const others = unitCodes.length - 1;
  if (!best) return unitCodes.join(', ');
  return others > 0 ? `${best.name} et ${others} autre${others > 1 ? 's' : ''} unité${others > 1 ? 's' : ''}` : best.name;
}

/** Checks who may see which scope and returns the region the scope belongs to. */
async function authorizeScope(db: Db, principal: Principal, scope: CoverageScope): Promise<{ name: string; regionCode: string | null }> {
  const geo = createGeographyRepository(db);
  if (scope.kind === 'france') {
    if (!isAdmin(principal)) throw forbidden("La vue nationale est réservée à l'administration de la plateforme.");
    return { name: 'France', regionCode: null };
  }
  if (scope.kind === 'region') {
    const region = (await geo.regions()).find((r) => r.code === scope.code);
    if (!region) throw new DomainError('NOT_FOUND', `Région inconnue : ${scope.code}.`, 'region');
    assertCanReadRegion(principal, region.code);
    return { name: region.name, regionCode: region.code };
  }
  const dep = (await geo.departements()).find((d) => d.code === scope.code);
  if (!dep) throw new DomainError('NOT_FOUND', `Département inconnu : ${scope.code}.`, 'departement');
  assertCanReadRegion(principal, dep.regionCode ?? '');
  return { name: dep.name, regionCode: dep.regionCode };
}

/** Coverage of a scope, with white-zone labels and the "100 % CPTS" plan follow-up. */
export async function getCoverage(options: {
  db: Db;
  index: TerritoryIndex;
  principal: Principal;
  scope: CoverageScope;
  today: string;
}): Promise<CoverageDto> {
  const { db, index, scope, today } = options;
  const place = await authorizeScope(db, options.principal, scope);
  const territories = await createCptsRepository(db).territories();
  const result = computeCoverage(index, territories, scope);
  const plans = place.regionCode ? await createPlansRepository(db).list(place.regionCode) : [];
  const openPlans = plans.filter(isOpen);
  const whiteZones = result.whiteZones.map((zone: WhiteZone) => ({
    ...zone,
    label: zoneLabel(index, zone.unitCodes),
    planIds: plansForZone(zone, plans).map((p) => p.id),
  }));
  const geo = createGeographyRepository(db);
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
  };
}
