/**
 * Coverage benchmark (issues #2 and #11): coverage with ~1,000 synthetic CPTS territories over
 * all ~35,000 units of the pinned COG, by the kept coverage index (what the API answers with),
 * by the reference implementation, and by the best SQL we could write for the same aggregates on
 * PostgreSQL (coverage-sql.ts; MAILLON_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres,
 * a throwaway database). Prints figures and ends with one summary line; asserts nothing about
 * speed, but stops when SQL and the engine disagree. With MAILLON_GEO_DIR, neighbours come from
 * the real contours; otherwise a synthetic adjacency (consecutive codes of a département) stands
 * in, which the output says.
 */
import { performance } from 'node:perf_hooks';
import { cogUnits } from '@maillon/db';
import {
  buildCoverageIndex,
  buildTerritoryIndex,
  type CoverageResult,
  type CoverageScope,
  type CptsTerritory,
  computeCoverage,
  coverageFromIndex,
  listContourNeighbours,
  STAGES,
  type Stage,
} from './bench-support.ts';
import { openSqlBench, type SqlCoverage } from './coverage-sql.ts';

const units = cogUnits().map((u) => ({
  code: u.code,
  name: u.name,
  population: u.population ?? 0,
  departementCode: u.departementCode ?? null,
  regionCode: u.regionCode ?? null,
  epciCode: u.epciCode ?? null,
}));

const geoDir = process.env.MAILLON_GEO_DIR;
const started = performance.now();
const links = geoDir ? await listContourNeighbours(geoDir, units) : syntheticLinks();
const index = buildTerritoryIndex(units, links);
console.log(
  `Géographie : ${units.length} unités, ${geoDir ? 'voisinages issus des contours' : 'voisinages synthétiques'} (${(performance.now() - started).toFixed(0)} ms de préparation)`,
);

function syntheticLinks() {
  const neighbours: [string, string][] = [];
  for (let i = 1; i < units.length; i++) {
    const a = units[i - 1];
    const b = units[i];
    if (a && b && a.departementCode === b.departementCode) neighbours.push([a.code, b.code]);
  }
  return { shaped: units.map((u) => u.code), neighbours };
}

/** 1,000 territories of consecutive units (so mostly within a département). */
function syntheticTerritories(count: number): CptsTerritory[] {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const size = Math.floor(units.length / count);
  const territories: CptsTerritory[] = [];
  for (let k = 0; k < count; k++) {
    const start = k * size;
    // A tenth leave their last units unclaimed (white zones); a fifth spill over a neighbour (overlaps).
    const end = start + size - (rand() < 0.1 ? 10 : 0) + (rand() < 0.2 ? 3 : 0);
    const codes = units.slice(start, end).map((u) => u.code);
    territories.push({ id: `cpts-${k}`, name: `CPTS ${k}`, stage: STAGES[Math.floor(rand() * 9)] as Stage, unitCodes: codes });
  }
  return territories;
}

const territories = syntheticTerritories(1_000);

/** Median of `repeat` runs after one warm-up, printed; returned in ms. */
async function time(label: string, run: () => unknown, repeat = 30): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(58)} médiane ${median.toFixed(3)} ms  (min ${samples[0]?.toFixed(3)}, max ${samples.at(-1)?.toFixed(3)}, ${repeat} essais)`,
  );
  return median;
}

const scopes: { key: 'national' | 'region' | 'departement'; label: string; scope: CoverageScope }[] = [
  { key: 'national', label: 'nationale (France)', scope: { kind: 'france' } },
  { key: 'region', label: 'régionale (Provence-Alpes-Côte d’Azur)', scope: { kind: 'region', code: '93' } },
  { key: 'departement', label: 'départementale (Bouches-du-Rhône)', scope: { kind: 'departement', code: '13' } },
];

const result = computeCoverage(index, territories, { kind: 'france' });
console.log(
  `${territories.length} territoires ; population ${result.population.toLocaleString('fr-FR')} ; couverte (LI) ${result.covered.letterOfIntent.toLocaleString('fr-FR')} ; ` +
    `${result.whiteZones.length} zones blanches ; ${result.overlaps.length} groupes de chevauchements`,
);
await time('Construction de l’index territorial', () => buildTerritoryIndex(units, links), 10);
await time('Construction de l’index de couverture (à chaque changement)', () => buildCoverageIndex(index, territories), 10);
const coverageIndex = buildCoverageIndex(index, territories);

/** The SQL aggregates as the engine computes them, to check that both answer the same. */
function aggregates(r: CoverageResult): SqlCoverage {
  const overlapUnits = r.overlaps.reduce((sum, o) => sum + o.unitCodes.length, 0);
  return {
    population: r.population,
    unitCount: r.unitCount,
    letterOfIntent: r.covered.letterOfIntent,
    operating: r.covered.operating,
    uncovered: r.uncovered,
    overlapUnits,
    overlapPopulation: r.overlaps.reduce((sum, o) => sum + o.population, 0),
    cptsByStage: r.cptsByStage,
  };
}
const sorted = (a: SqlCoverage) => JSON.stringify({ ...a, cptsByStage: Object.fromEntries(Object.entries(a.cptsByStage).sort()) });

const sql = await openSqlBench(process.env.MAILLON_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', index, territories);
const figures: Record<string, number> = {};
try {
  for (const { key, label, scope } of scopes) {
    const engine = coverageFromIndex(coverageIndex, scope);
    if (JSON.stringify(engine) !== JSON.stringify(computeCoverage(index, territories, scope)))
      throw new Error(`index ≠ référence (${label})`);
    const fromSql = await sql.coverage(scope);
    if (sorted(fromSql) !== sorted(aggregates(engine))) {
      throw new Error(`SQL ≠ moteur (${label}) : ${sorted(fromSql)} / ${sorted(aggregates(engine))}`);
    }
    await time(`Couverture ${label}, référence`, () => computeCoverage(index, territories, scope));
    figures[`${key}_ms`] = await time(`Couverture ${label}, index`, () => coverageFromIndex(coverageIndex, scope), 200);
    figures[`sql_${key}_ms`] = await time(`Couverture ${label}, SQL PostgreSQL`, () => sql.coverage(scope));
  }
} finally {
  await sql.close();
}
console.log('SQL et moteur donnent les mêmes agrégats à chaque échelle.');
const f = (key: string) => (figures[key] ?? 0).toFixed(3);
console.log(
  `coverage: national_ms=${f('national_ms')} sql_national_ms=${f('sql_national_ms')} region_ms=${f('region_ms')} sql_region_ms=${f('sql_region_ms')} departement_ms=${f('departement_ms')} sql_departement_ms=${f('sql_departement_ms')}`,
);
