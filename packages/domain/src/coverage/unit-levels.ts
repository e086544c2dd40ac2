import { isActive, isAtLeast } from '../lifecycle/stages.ts';
import type { TerritoryIndex } from '../territory/territory-index.ts';
import { type CoverageOptions, type CptsTerritory, DEFAULT_COVERAGE_OPTIONS } from './coverage.ts';
import { type CoverageScope, scopeMask } from './scope.ts';

/** How far the most advanced CPTS of a unit is: 0 no CPTS, 1 early project, 2 letter of intent validated or later, 3 ACI signed. */
export type StageLevel = 0 | 1 | 2 | 3;

export interface UnitLevel {
  code: string;
  stageLevel: StageLevel;
  /** Every active CPTS whose territory holds the unit. */
  cptsIds: string[];
}

/** The level a CPTS gives its units, with the same thresholds as the coverage (docs/reference/coverage.md §3). */
export function stageLevelOf(stage: CptsTerritory['stage'], options: CoverageOptions = DEFAULT_COVERAGE_OPTIONS): StageLevel {
  if (!isActive(stage)) return 0;
  if (isAtLeast(stage, options.operatingThreshold)) return 3;
  return isAtLeast(stage, options.letterOfIntentThreshold) ? 2 : 1;
}

/**
 * The level of every unit of the scope, for the choropleth map: the highest level among the
 * active CPTS that hold it (dissolved or abandoned CPTS cover nothing).
 */
export function unitLevels(
  index: TerritoryIndex,
  territories: readonly CptsTerritory[],
  scope: CoverageScope,
  options: CoverageOptions = DEFAULT_COVERAGE_OPTIONS,
): UnitLevel[] {
  const mask = scopeMask(index, scope);
  const levels = new Map<string, UnitLevel>();
  index.units.forEach((unit, i) => {
    if (mask[i]) levels.set(unit.code, { code: unit.code, stageLevel: 0, cptsIds: [] });
  });
  for (const cpts of territories) {
    if (!isActive(cpts.stage)) continue;
    const level = stageLevelOf(cpts.stage, options);
    for (const code of cpts.unitCodes) {
      const entry = levels.get(code);
      if (!entry) continue;
      entry.cptsIds.push(cpts.id);
      if (level > entry.stageLevel) entry.stageLevel = level;
    }
  }
  return [...levels.values()];
}

/** « Digne-les-Bains et 12 autres unités »: the most populated unit names a zone. */
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
