import type { OverlapWarningDto } from '@maillon/contracts';
import type { CptsTerritoryRow } from '@maillon/domain';
import { canReadCpts, type Principal, type TerritoryIndex, type TerritoryOverlapWarning } from '@maillon/domain';
import type { CptsPorts } from '../cpts/cpts-ports.ts';

/**
 * Overlap warnings as shown to the principal (issue #6 item 2): the other CPTS's name, the
 * shared communes and since when that CPTS claims each of them. The other CPTS's id (its
 * page) only goes to those who may read it, so a coordination team learns nothing else.
 */
export async function describeOverlaps(options: {
  ports: CptsPorts;
  index: TerritoryIndex;
  principal: Principal;
  overlaps: readonly TerritoryOverlapWarning[];
  others: readonly CptsTerritoryRow[];
}): Promise<OverlapWarningDto[]> {
  const { index, overlaps } = options;
  if (overlaps.length === 0) return [];
  const claims = await options.ports.cpts.unitClaims(
    overlaps.map((o) => o.cptsId),
    [...new Set(overlaps.flatMap((o) => o.unitCodes))],
  );
  const since = new Map(claims.map((c) => [`${c.cptsId}|${c.unitCode}`, c.addedAt.toISOString()]));
  const byId = new Map(options.others.map((o) => [o.id, o]));
  return overlaps.map((overlap) => {
    const other = byId.get(overlap.cptsId);
    return {
      cptsId: other && canReadCpts(options.principal, other) ? overlap.cptsId : null,
      cptsName: overlap.cptsName,
      unitCodes: overlap.unitCodes,
      population: overlap.population,
      units: overlap.unitCodes.map((code) => ({
        code,
        name: index.units[index.indexByCode.get(code) ?? -1]?.name ?? code,
        claimedSince: since.get(`${overlap.cptsId}|${code}`) ?? null,
      })),
    };
  });
}
