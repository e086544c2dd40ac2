import type { UnitDto } from '@maillon/contracts';

/** A unit of the territory being edited; units added by EPCI/département may lack their details. */
export interface DraftUnit {
  code: string;
  name: string | null;
  population: number | null;
  departementCode: string | null;
}

export function fromUnitDto(unit: UnitDto): DraftUnit {
  return { code: unit.code, name: unit.name, population: unit.population, departementCode: unit.departementCode };
}

export function codeOnly(code: string): DraftUnit {
  return { code, name: null, population: null, departementCode: null };
}

export function unitLabel(unit: DraftUnit): string {
  return unit.name ? `${unit.name} (${unit.code})` : `Commune ${unit.code}`;
}

export function compareUnits(a: DraftUnit, b: DraftUnit): number {
  if (a.name && b.name) return a.name.localeCompare(b.name, 'fr');
  if (a.name) return -1;
  if (b.name) return 1;
  return a.code.localeCompare(b.code);
}
