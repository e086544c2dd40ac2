import type { CptsSummary } from '@maillon/contracts';
import { createCptsRepository, type Db } from '@maillon/db';
import {
  assertCanSteerRegion,
  canSteerRegion,
  coordinatedCpts,
  type Principal,
  STAGE_LABELS,
  sizeCategory,
  type TerritoryIndex,
} from '@maillon/domain';

interface QueryContext {
  db: Db;
  index: TerritoryIndex;
  principal: Principal;
}

/**
 * CPTS the principal may see: a region's for its ARS/CPAM staff (or the admin), otherwise
 * only the CPTS the user coordinates.
 */
export async function listCpts(ctx: QueryContext, regionCode: string | undefined): Promise<CptsSummary[]> {
  const repo = createCptsRepository(ctx.db);
  const { principal } = ctx;
  const coordinated = coordinatedCpts(principal);
  if (regionCode && !canSteerRegion(principal, regionCode) && coordinated.length === 0) {
    assertCanSteerRegion(principal, regionCode);
  }
  const records = (await repo.list({ regionCode })).filter((r) => canSteerRegion(principal, r.regionCode) || coordinated.includes(r.id));
  const territories = new Map((await repo.territories()).map((t) => [t.id, t.unitCodes]));
  return records.map((r) => {
    const units = territories.get(r.id) ?? [];
    const population = units.reduce((sum, code) => sum + (ctx.index.population[ctx.index.indexByCode.get(code) ?? -1] ?? 0), 0);
    return {
      id: r.id,
      name: r.name,
      regionCode: r.regionCode,
      stage: r.stage,
      stageLabel: STAGE_LABELS[r.stage],
      population,
      sizeCategory: sizeCategory(population),
      unitCount: units.length,
      isDemo: r.isDemo,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
