/** The storage contract of contours: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export interface ShapeRow {
  unitCode: string;
  centroidLon: number;
  centroidLat: number;
  areaKm2: number;
  geometry: number[][][][];
}

export interface ContoursRepository {
  /** Replaces every stored contour and neighbour link in one transaction. */
  replaceAll(input: {
    shapes: readonly ShapeRow[];
    neighbours: readonly [string, string][];
    meta: Record<string, unknown>;
    now: Date;
    onProgress?: (done: number, total: number) => void;
  }): Promise<void>;
}
