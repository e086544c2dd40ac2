import type { TerritorialUnit } from '../territory/unit.ts';

/** The storage contract of geography: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

export interface GeographyRepository {
  /** A string that changes whenever the reference geography or contours change. */
  version(): Promise<string>;
  /** Every unit, by code, without contours or neighbours (cheaper than a snapshot). */
  units(): Promise<UnitSummary[]>;
  snapshot(): Promise<GeographySnapshot>;
  /** The centroid of every unit that has a contour (WGS84 degrees). */
  centroids(): Promise<{ code: string; lon: number; lat: number }[]>;
  searchUnits(query: string, options: { regionCode?: string | undefined; limit: number }): Promise<UnitSummary[]>;
  unitsByCodes(codes: readonly string[]): Promise<UnitSummary[]>;
  unitCodesOf(group: { epci?: string | undefined; departement?: string | undefined }): Promise<string[]>;
  shapes(filter: { regionCode?: string | undefined; departementCode?: string | undefined }): Promise<UnitShape[]>;
  regions(): Promise<{ code: string; name: string; zone: string | null }[]>;
  departements(regionCode?: string): Promise<{ code: string; name: string; regionCode: string | null }[]>;
  /** Names of these EPCI (SIREN codes); unknown codes are absent. */
  epciNames(codes: readonly string[]): Promise<{ code: string; name: string }[]>;
  epcisOfRegion(regionCode: string): Promise<{ code: string; name: string; unitCount: number; population: number }[]>;
  meta(key: string): Promise<unknown>;
  /** Superseded INSEE codes (communes déléguées, associées, former codes) → the current unit's code, from the COG. */
  formerCodes(): Promise<ReadonlyMap<string, string>>;
}
