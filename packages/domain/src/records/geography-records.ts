import type { TerritorialUnit } from '../territory/unit.ts';

/** Records the geography repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface UnitSummary extends TerritorialUnit {
  kind: string;
  postalCodes: string[];
}

export interface UnitShape {
  code: string;
  centroid: [number, number];
  areaKm2: number;
  geometry: number[][][][];
}

export interface GeographySnapshot {
  units: UnitSummary[];
  shaped: string[];
  neighbours: [string, string][];
}
