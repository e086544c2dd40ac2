import type { UnitDto } from '@maillon/contracts';

/** Shapes of the API answers that have no schema in @maillon/contracts. */

export interface Region {
  code: string;
  name: string;
}

export interface Departement {
  code: string;
  name: string;
  regionCode: string;
}

export interface Epci {
  code: string;
  name: string;
  unitCount: number;
  population: number;
}

/** `items` is optional: when present it spares a look-up of names and populations. */
export interface GroupUnits {
  units: string[];
  items?: UnitDto[];
}

export interface Health {
  status: string;
  database: 'pglite' | 'postgresql' | string;
  demo: boolean;
}

export interface ContoursStatus {
  source: string;
  importedAt: string;
  shapedUnits: number;
  unmatchedFeatures: number;
  populationShareWithShape: number;
  unitsWithoutShape: string[];
}

export interface GeoStatus {
  cog: { package: string; version: string; vintage: string | number; units: number; loadedAt?: string };
  contours: ContoursStatus | null;
}

export type Ring = [number, number][];

export interface UnitShape {
  type: 'Feature';
  properties: { code: string };
  geometry: { type: 'MultiPolygon'; coordinates: Ring[][] } | { type: 'Polygon'; coordinates: Ring[] };
}

export interface ShapeCollection {
  type: 'FeatureCollection';
  features: UnitShape[];
}

export type StageLevel = 0 | 1 | 2 | 3;

export interface CoverageUnit {
  code: string;
  stageLevel: StageLevel;
  cptsIds: string[];
}

export interface CoverageUnits {
  units: CoverageUnit[];
}
