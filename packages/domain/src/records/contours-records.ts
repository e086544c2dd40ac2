/** Records the contours repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface ShapeRow {
  unitCode: string;
  centroidLon: number;
  centroidLat: number;
  areaKm2: number;
  geometry: number[][][][];
}
