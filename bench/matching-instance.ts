/**
 * Realistic matching instances for the benchmark (issue #9): a CPAM-like list of patients
 * without a médecin traitant and the GPs of one département, over its real communes (COG, with
 * their legal population). Everything random comes from one seeded generator.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cogFormerCodeMap, cogUnits } from '@maillon/db';
import {
  DEFAULT_PRIORITY_RULE,
  type MatchingGp,
  type MatchingInput,
  type MatchingPatient,
  type MatchingUnit,
  type PolygonCoords,
  type PriorityRule,
  polygonsCentroid,
  readContourFeatures,
  requestPriority,
} from '@maillon/domain';

export const REFERENCE_DATE = '2026-06-01';

/** The default order, with three optional factors switched on (as a CPTS might). */
export const BENCH_RULE: PriorityRule = {
  ...DEFAULT_PRIORITY_RULE,
  factors: [
    { criterion: 'frailty', points: 5 },
    { criterion: 'recentGpLoss', points: 3 },
    { criterion: 'child', points: 2 },
  ],
};

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

/** Draws indices in proportion to weights (cumulative table + binary search). */
function weightedPicker(weights: readonly number[]): (rand: Rand) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += w;
    cumulative.push(total);
  }
  return (rand) => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

export interface BenchGeography {
  units: MatchingUnit[];
  population: number[];
  source: string;
}

/**
 * Units of a département with centroids: from the contour files of `geoDir` when given (2018
 * codes mapped to today's communes through the COG), else a synthetic placement (EPCI centres
 * scattered over the département's extent, their communes around them), said in `source`.
 */
export async function benchGeography(departement: string, geoDir: string | undefined, rand: Rand): Promise<BenchGeography> {
  const rows = cogUnits().filter((u) => u.departementCode === departement);
  const centroids = new Map<string, { lon: number; lat: number }>();
  let source = 'synthétiques (placement déterministe des communes autour de leur EPCI, pas de contours)';
  if (geoDir) {
    const former = cogFormerCodeMap();
    const polygons = new Map<string, PolygonCoords[]>();
    for (const file of (await readdir(geoDir)).filter((f) => f.startsWith(`communes-${departement}-`)).sort()) {
      for (const feature of readContourFeatures(JSON.parse(await readFile(join(geoDir, file), 'utf8'))).features) {
        const code = former.get(feature.code) ?? feature.code;
        polygons.set(code, [...(polygons.get(code) ?? []), ...feature.polygons]);
      }
    }
    for (const [code, shape] of polygons) {
      const [lon, lat] = polygonsCentroid(shape);
      centroids.set(code, { lon, lat });
    }
    const missing = rows.filter((u) => !centroids.has(u.code)).length;
    source = `centroïdes des contours de ${geoDir} (${rows.length - missing} communes sur ${rows.length}${missing ? ', les autres retirées' : ''})`;
  } else {
    const epciCentre = new Map<string, { lon: number; lat: number }>();
    // Roughly the Var's extent (5.65–6.93 E, 42.98–43.81 N).
    for (const u of rows) {
      const key = u.epciCode ?? u.code;
      if (!epciCentre.has(key)) epciCentre.set(key, { lon: 5.75 + rand() * 1.05, lat: 43.05 + rand() * 0.65 });
      const centre = epciCentre.get(key) as { lon: number; lat: number };
      centroids.set(u.code, { lon: centre.lon + (rand() - 0.5) * 0.3, lat: centre.lat + (rand() - 0.5) * 0.22 });
    }
  }
  const kept = rows.filter((u) => centroids.has(u.code));
  return {
    units: kept.map((u) => ({
      code: u.code,
      epciCode: u.epciCode ?? null,
      departementCode: u.departementCode ?? null,
      centroid: centroids.get(u.code) ?? null,
    })),
    population: kept.map((u) => u.population),
    source,
  };
}

const isoDaysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

function patientOf(id: string, unitCode: string, rand: Rand): MatchingPatient {
  const r = rand();
  const age = r < 0.12 ? Math.floor(rand() * 16) : r < 0.8 ? 16 + Math.floor(rand() * 54) : 70 + Math.floor(rand() * 28);
  const senior = age >= 70;
  const facts = {
    ald: rand() < (senior ? 0.35 : 0.08),
    c2s: rand() < 0.1,
    ame: rand() < 0.01,
    frailty: rand() < (senior ? 0.12 : 0.03),
    pregnancy: age >= 18 && age <= 45 && rand() < 0.03,
    birthDate: isoDaysBefore(REFERENCE_DATE, age * 365.25 + Math.floor(rand() * 360)),
    requestedOn: isoDaysBefore(REFERENCE_DATE, Math.floor(rand() * 400)),
    gpLostOn: rand() < 0.45 ? isoDaysBefore(REFERENCE_DATE, Math.floor(rand() * 900)) : null,
  };
  const priority = requestPriority(facts, BENCH_RULE, REFERENCE_DATE);
  const needsHomeVisits = rand() < (age >= 85 ? 0.3 : senior ? 0.08 : 0.01);
  return { id, unitCode, ageYears: priority.ageYears, needsHomeVisits, priority };
}

function gpOf(id: string, unitCode: string, nearest: readonly string[], rand: Rand): MatchingGp {
  const availableNow = rand() < 0.15 ? 0 : 1 + Math.floor(rand() * 12);
  const r = rand();
  const ages =
    r < 0.7 ? { min: null, max: null } : r < 0.85 ? { min: 16, max: null } : r < 0.95 ? { min: 6, max: null } : { min: null, max: 75 };
  const s = rand();
  const serves: MatchingGp['serves'] =
    s < 0.6
      ? { unitCodes: null, maxDistanceKm: pick(rand, [5, 10, 15, 20, 30]), maxTier: 'epci' }
      : s < 0.85
        ? { unitCodes: nearest.slice(0, 2 + Math.floor(rand() * 7)), maxDistanceKm: null, maxTier: 'commune' }
        : { unitCodes: null, maxDistanceKm: null, maxTier: pick(rand, ['epci', 'departement'] as const) };
  return { id, unitCode, availableNow, availableThisMonth: availableNow + Math.floor(rand() * 6), ages, homeVisits: rand() < 0.55, serves };
}

/** `patients` requests and `gps` GPs spread over the communes in proportion to their population. */
export function benchInstance(geography: BenchGeography, sizes: { patients: number; gps: number }, rand: Rand): MatchingInput {
  const { units, population } = geography;
  const drawUnit = weightedPicker(population);
  const nearestOf = (u: MatchingUnit) =>
    units
      .map((v) => ({
        code: v.code,
        d: Math.hypot((v.centroid?.lon ?? 0) - (u.centroid?.lon ?? 0), (v.centroid?.lat ?? 0) - (u.centroid?.lat ?? 0)),
      }))
      .sort((a, b) => a.d - b.d)
      .map((x) => x.code);
  const nearest = new Map<string, string[]>();
  const patients = Array.from({ length: sizes.patients }, (_, i) => patientOf(`p${i}`, (units[drawUnit(rand)] as MatchingUnit).code, rand));
  const gps = Array.from({ length: sizes.gps }, (_, i) => {
    const unit = units[drawUnit(rand)] as MatchingUnit;
    if (!nearest.has(unit.code)) nearest.set(unit.code, nearestOf(unit));
    return gpOf(`g${i}`, unit.code, nearest.get(unit.code) ?? [], rand);
  });
  return { units, patients, gps };
}
