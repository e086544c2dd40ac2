import { createCptsRepository, type Db } from '@maillon/db';
import { type CoverageScope, DEFAULT_COVERAGE_OPTIONS, isActive, isAtLeast, scopeMask, type TerritoryIndex } from '@maillon/domain';

export interface UnitLevel {
  code: string;
  /** 0 no CPTS, 1 early project, 2 letter of intent validated or later, 3 ACI signed. */
  stageLevel: 0 | 1 | 2 | 3;
  cptsIds: string[];
}

/** Per-unit coverage level, for the choropleth map. Callers check the scope first. */
export async function unitLevels(db: Db, index: TerritoryIndex, scope: CoverageScope): Promise<UnitLevel[]> {
  const mask = scopeMask(index, scope);
  const levels = new Map<string, UnitLevel>();
  index.units.forEach((unit, i) => {
    if (mask[i]) levels.set(unit.code, { code: unit.code, stageLevel: 0, cptsIds: [] });
  });
  for (const cpts of await createCptsRepository(db).territories()) {
    if (!isActive(cpts.stage)) continue;
    const level = isAtLeast(cpts.stage, DEFAULT_COVERAGE_OPTIONS.operatingThreshold)
      ? 3
      : isAtLeast(cpts.stage, DEFAULT_COVERAGE_OPTIONS.letterOfIntentThreshold)
        ? 2
        : 1;
    for (const code of cpts.unitCodes) {
      const entry = levels.get(code);
      if (!entry) continue;
      entry.cptsIds.push(cpts.id);
      if (level > entry.stageLevel) entry.stageLevel = level;
    }
  }
  return [...levels.values()];
}
