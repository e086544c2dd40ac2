import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readContourFeatures, sharedBoundaryPairs } from '@maillon/domain';

export {
  buildCoverageIndex,
  buildTerritoryIndex,
  type CoverageResult,
  type CoverageScope,
  type CptsTerritory,
  computeCoverage,
  coverageFromIndex,
  STAGES,
  type Stage,
  stageLevelOf,
  type TerritoryIndex,
} from '@maillon/domain';

/** Neighbour pairs from GeoJSON contour files (current codes only; enough for a benchmark). */
export async function listContourNeighbours(dir: string, units: { code: string }[]) {
  const known = new Set(units.map((u) => u.code));
  const features: ReturnType<typeof readContourFeatures>['features'] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('json')).sort()) {
    const read = readContourFeatures(JSON.parse(await readFile(join(dir, file), 'utf8')));
    features.push(...read.features.filter((f) => known.has(f.code)));
  }
  const pairs = sharedBoundaryPairs(features.map((f, id) => ({ id, polygons: f.polygons })));
  return {
    shaped: features.map((f) => f.code),
    neighbours: pairs.map(([a, b]) => [features[a]?.code ?? '', features[b]?.code ?? ''] as [string, string]),
  };
}
