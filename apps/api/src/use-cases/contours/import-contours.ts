import { basename } from 'node:path';
import type { ContoursRepository, GeographyRepository, ShapeRow } from '@maillon/domain';
import {
  COMMUNES_SPLIT_IN_ARRONDISSEMENTS,
  type ContourFeature,
  invalid,
  type PolygonCoords,
  polygonsAreaKm2,
  polygonsCentroid,
  readContourFeatures,
  sharedBoundaryPairs,
  simplifyPolygons,
} from '@maillon/domain';
import { listGeojsonFiles, readJson } from './read-geojson-files.ts';

export interface UnmatchedFeature {
  file: string;
  code: string;
  name: string;
  reason: string;
}

export interface ContoursImportReport {
  files: number;
  features: number;
  shapedUnits: number;
  unmatched: UnmatchedFeature[];
  rejected: { file: string; index: number; reason: string }[];
  unitsWithoutShape: { code: string; name: string; population: number }[];
  populationShareWithShape: number;
  neighbourPairs: number;
}

/** What a contour import needs from storage: the current units and the COG's former codes, and where shapes go. */
export interface ContoursPorts {
  geography: Pick<GeographyRepository, 'units' | 'formerCodes'>;
  contours: Pick<ContoursRepository, 'replaceAll'>;
}

export type ImportProgress = (phase: 'lecture' | 'calcul' | 'écriture', done: number, total: number) => void;

/** Display tolerance in degrees (≈ 50 m): enough for regional maps, small payloads. */
const DISPLAY_TOLERANCE = 0.0005;

/**
 * Imports commune contours keyed by INSEE code: maps superseded codes to today's communes
 * through the COG (communes déléguées/associées, former codes), merges the pieces of each
 * unit, computes centroid, area, neighbours and a display geometry, and replaces what was
 * stored (idempotent). Units with no shape (e.g. the arrondissements of Paris, Lyon and
 * Marseille in files that only have the whole commune) are reported, never guessed.
 */
export async function importContours(
  ports: ContoursPorts,
  options: {
    path: string;
    now: Date;
    onProgress?: ImportProgress;
  },
): Promise<ContoursImportReport> {
  const { onProgress } = options;
  const files = await listGeojsonFiles(options.path).catch(() => {
    throw invalid('path', `Chemin introuvable : ${options.path}`);
  });
  if (files.length === 0) throw invalid('path', `Aucun fichier GeoJSON dans ${options.path}`);
  const units = await ports.geography.units();
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const former = await ports.geography.formerCodes();
  const split = new Set<string>(COMMUNES_SPLIT_IN_ARRONDISSEMENTS);

  const features: (ContourFeature & { unitCode: string })[] = [];
  const unmatched: UnmatchedFeature[] = [];
  const rejected: ContoursImportReport['rejected'] = [];
  let featureCount = 0;
  for (const [i, file] of files.entries()) {
    const read = readContourFeatures(await readJson(file));
    for (const r of read.rejected) rejected.push({ file: basename(file), ...r });
    for (const feature of read.features) {
      featureCount++;
      const unitCode = unitByCode.has(feature.code) ? feature.code : former.get(feature.code);
      if (unitCode && unitByCode.has(unitCode)) features.push({ ...feature, unitCode });
      else
        unmatched.push({
          file: basename(file),
          code: feature.code,
          name: feature.name,
          reason: split.has(feature.code)
            ? 'commune découpée en arrondissements municipaux : contour de la commune entière, pas des arrondissements'
            : 'code absent du COG en vigueur (ni commune actuelle, ni ancienne commune connue)',
        });
    }
    onProgress?.('lecture', i + 1, files.length);
  }

  const piecesByUnit = new Map<string, PolygonCoords[]>();
  for (const f of features) piecesByUnit.set(f.unitCode, [...(piecesByUnit.get(f.unitCode) ?? []), ...f.polygons]);
  const pairs = new Set<string>();
  for (const [a, b] of sharedBoundaryPairs(features.map((f, id) => ({ id, polygons: f.polygons })))) {
    const ua = features[a]?.unitCode as string;
    const ub = features[b]?.unitCode as string;
    if (ua !== ub) pairs.add(ua < ub ? `${ua}|${ub}` : `${ub}|${ua}`);
  }
  const shapes: ShapeRow[] = [];
  let done = 0;
  for (const [unitCode, polygons] of piecesByUnit) {
    const [lon, lat] = polygonsCentroid(polygons);
    shapes.push({
      unitCode,
      centroidLon: lon,
      centroidLat: lat,
      areaKm2: polygonsAreaKm2(polygons),
      geometry: simplifyPolygons(polygons, DISPLAY_TOLERANCE),
    });
    if (++done % 1000 === 0) onProgress?.('calcul', done, piecesByUnit.size);
  }
  onProgress?.('calcul', piecesByUnit.size, piecesByUnit.size);

  const unitsWithoutShape = units
    .filter((u) => !piecesByUnit.has(u.code))
    .map((u) => ({ code: u.code, name: u.name, population: u.population }));
  const totalPopulation = units.reduce((s, u) => s + u.population, 0);
  const withoutPopulation = unitsWithoutShape.reduce((s, u) => s + u.population, 0);
  const report: ContoursImportReport = {
    files: files.length,
    features: featureCount,
    shapedUnits: shapes.length,
    unmatched,
    rejected,
    unitsWithoutShape,
    populationShareWithShape: totalPopulation ? (totalPopulation - withoutPopulation) / totalPopulation : 0,
    neighbourPairs: pairs.size,
  };
  await ports.contours.replaceAll({
    shapes,
    neighbours: [...pairs].map((p) => p.split('|') as [string, string]),
    meta: {
      source: files.length === 1 ? basename(files[0] as string) : `${basename(options.path)} (${files.length} fichiers)`,
      importedAt: options.now.toISOString(),
      shapedUnits: shapes.length,
      unmatchedFeatures: unmatched.length,
      populationShareWithShape: report.populationShareWithShape,
      unitsWithoutShape: unitsWithoutShape.map((u) => u.code),
    },
    now: options.now,
    onProgress: (d, t) => onProgress?.('écriture', d, t),
  });
  return report;
}
