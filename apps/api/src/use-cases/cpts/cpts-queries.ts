import type { CptsSummary } from '@maillon/contracts';
import { assertCanReadRegion, canReadCpts, canReadRegion, coordinatedCpts, STAGE_LABELS, sizeCategory } from '@maillon/domain';
import type { CptsContext } from './cpts-ports.ts';

/**
 * CPTS the principal may see: a region's for its ARS staff (or the admin), those of its
 * département for CPAM staff, otherwise only the CPTS the user coordinates.
 */
export async function listCpts(ctx: Omit<CptsContext, 'now' | 'today'>, regionCode: string | undefined): Promise<CptsSummary[]> {
  const { principal, ports, index } = ctx;
  const coordinated = coordinatedCpts(principal);
  if (regionCode && !canReadRegion(principal, regionCode) && coordinated.length === 0) {
    assertCanReadRegion(principal, regionCode);
  }
  const records = (await ports.cpts.list({ regionCode })).filter((r) => canReadCpts(principal, r));
  const territories = new Map((await ports.cpts.territories()).map((t) => [t.id, t.unitCodes]));
  return records.map((r) => {
    const units = territories.get(r.id) ?? [];
    const population = units.reduce((sum, code) => sum + (index.population[index.indexByCode.get(code) ?? -1] ?? 0), 0);
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
