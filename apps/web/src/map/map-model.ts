import type { CoverageDto, CoverageUnit, StageLevel } from '@maillon/contracts';

export type WhiteZone = CoverageDto['whiteZones'][number];
export type Overlap = CoverageDto['overlaps'][number];
export type CoverageCpts = CoverageDto['cpts'][number];

/** Everything the map knows about one unit, gathered from /coverage and /coverage/units. */
export interface UnitInfo {
  code: string;
  level: StageLevel | null;
  cpts: CoverageCpts[];
  /** CPTS ids not found in the coverage list (outside the scope). */
  otherCptsIds: string[];
  whiteZone: WhiteZone | null;
  overlaps: Overlap[];
}

export interface MapModel {
  info: (code: string) => UnitInfo;
  whiteZoneCodes: Set<string>;
  overlapCodes: Set<string>;
}

export function buildMapModel(coverage: CoverageDto, units: CoverageUnit[] | null): MapModel {
  const byCode = new Map((units ?? []).map((unit) => [unit.code, unit]));
  const cptsById = new Map(coverage.cpts.map((cpts) => [cpts.id, cpts]));
  const whiteZoneByCode = new Map<string, WhiteZone>();
  for (const zone of coverage.whiteZones) {
    for (const code of zone.unitCodes) whiteZoneByCode.set(code, zone);
  }
  const overlapsByCode = new Map<string, Overlap[]>();
  for (const overlap of coverage.overlaps) {
    for (const code of overlap.unitCodes) overlapsByCode.set(code, [...(overlapsByCode.get(code) ?? []), overlap]);
  }
  const overlapCodes = new Set(overlapsByCode.keys());
  for (const unit of units ?? []) {
    if (unit.cptsIds.length > 1) overlapCodes.add(unit.code);
  }

  return {
    whiteZoneCodes: new Set(whiteZoneByCode.keys()),
    overlapCodes,
    info: (code) => {
      const unit = byCode.get(code);
      const ids = unit?.cptsIds ?? [];
      return {
        code,
        level: unit ? unit.stageLevel : null,
        cpts: ids.flatMap((id) => {
          const cpts = cptsById.get(id);
          return cpts ? [cpts] : [];
        }),
        otherCptsIds: ids.filter((id) => !cptsById.has(id)),
        whiteZone: whiteZoneByCode.get(code) ?? null,
        overlaps: overlapsByCode.get(code) ?? [],
      };
    },
  };
}

/** Number of drawn units per coverage level (for the legend and the summary). */
export function countLevels(codes: string[], model: MapModel): Record<StageLevel | 'unknown', number> {
  const counts: Record<StageLevel | 'unknown', number> = { 0: 0, 1: 0, 2: 0, 3: 0, unknown: 0 };
  for (const code of codes) {
    const level = model.info(code).level;
    counts[level ?? 'unknown'] += 1;
  }
  return counts;
}
