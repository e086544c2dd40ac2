/**
 * "The best SQL we can write" for the coverage aggregates (issue #11), on a throwaway PostgreSQL
 * database: the same units and territories as the engine, narrow tables, covering indexes, the
 * stage level denormalised on the CPTS row, one prepared statement (one CTE chain) per scope.
 * Answers: population and units in scope, covered population at the letter-of-intent and
 * operating levels (each unit once), uncovered population, active CPTS per stage, overlap units
 * and their population. MAILLON_BENCH_EXPLAIN=1 prints each plan (EXPLAIN ANALYZE) once.
 */
import pg from 'pg';
import { type CoverageScope, type CptsTerritory, type Stage, stageLevelOf, type TerritoryIndex } from './bench-support.ts';

export interface SqlCoverage {
  population: number;
  unitCount: number;
  letterOfIntent: number;
  operating: number;
  uncovered: number;
  overlapUnits: number;
  overlapPopulation: number;
  cptsByStage: Partial<Record<Stage, number>>;
}

const scopeFilter = (kind: CoverageScope['kind'], alias: string) =>
  kind === 'france'
    ? `(${alias}.region_code IS NULL OR NOT (${alias}.region_code = ANY($1::text[])))`
    : `${alias}.${kind === 'region' ? 'region_code' : 'departement_code'} = $1`;

// Claims carry their unit's region and département (static reference data), so that a scope
// selects its claims by index without joining the units; the CPTS level is read from its row.
const query = (kind: CoverageScope['kind']) => `
WITH per_unit AS (
  SELECT cu.unit_idx, max(c.level) AS level, count(*) AS claims
  FROM bench_cpts_units cu JOIN bench_cpts c ON c.id = cu.cpts_id
  WHERE c.level > 0 AND ${scopeFilter(kind, 'cu')}
  GROUP BY cu.unit_idx
), totals AS (
  SELECT coalesce(sum(u.population), 0) AS population, count(*) AS unit_count,
    coalesce(sum(u.population) FILTER (WHERE pu.level >= 2), 0) AS letter_of_intent,
    coalesce(sum(u.population) FILTER (WHERE pu.level >= 3), 0) AS operating,
    count(*) FILTER (WHERE pu.claims >= 2) AS overlap_units,
    coalesce(sum(u.population) FILTER (WHERE pu.claims >= 2), 0) AS overlap_population
  FROM bench_units u LEFT JOIN per_unit pu ON pu.unit_idx = u.idx
  WHERE ${scopeFilter(kind, 'u')}
), stages AS (
  SELECT coalesce(json_object_agg(stage, n), '{}') AS by_stage FROM (
    SELECT c.stage, count(*) AS n FROM bench_cpts c
    WHERE c.level > 0 AND EXISTS (SELECT 1 FROM bench_cpts_units cu WHERE cu.cpts_id = c.id AND ${scopeFilter(kind, 'cu')})
    GROUP BY c.stage) x
)
SELECT t.*, t.population - t.letter_of_intent AS uncovered, st.by_stage FROM totals t, stages st`;

export interface SqlBench {
  coverage(scope: CoverageScope): Promise<SqlCoverage>;
  close(): Promise<void>;
}

/** Creates a throwaway database, loads the units and territories, indexes and analyses them. */
export async function openSqlBench(adminUrl: string, index: TerritoryIndex, territories: readonly CptsTerritory[]): Promise<SqlBench> {
  const name = `maillon_bench_coverage_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  const drop = async () => {
    await client.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  try {
    await client.connect();
    await client.query(`
      CREATE TABLE bench_units (idx integer PRIMARY KEY, code text NOT NULL, population bigint NOT NULL, region_code text, departement_code text);
      CREATE TABLE bench_cpts (id integer PRIMARY KEY, stage text NOT NULL, level smallint NOT NULL);
      CREATE TABLE bench_cpts_units (cpts_id integer NOT NULL, unit_idx integer NOT NULL, region_code text, departement_code text, PRIMARY KEY (cpts_id, unit_idx));`);
    const units = index.units;
    await client.query(`INSERT INTO bench_units SELECT * FROM unnest($1::int[], $2::text[], $3::bigint[], $4::text[], $5::text[])`, [
      units.map((_, i) => i),
      units.map((u) => u.code),
      units.map((u) => u.population),
      units.map((u) => u.regionCode),
      units.map((u) => u.departementCode),
    ]);
    await client.query(`INSERT INTO bench_cpts SELECT * FROM unnest($1::int[], $2::text[], $3::smallint[])`, [
      territories.map((_, k) => k),
      territories.map((t) => t.stage),
      territories.map((t) => stageLevelOf(t.stage)),
    ]);
    const pairs: [number, number][] = [];
    territories.forEach((t, k) => {
      for (const code of new Set(t.unitCodes)) {
        const i = index.indexByCode.get(code);
        if (i !== undefined) pairs.push([k, i]);
      }
    });
    await client.query(
      `INSERT INTO bench_cpts_units SELECT p.cpts_id, p.unit_idx, u.region_code, u.departement_code
       FROM unnest($1::int[], $2::int[]) AS p(cpts_id, unit_idx) JOIN bench_units u ON u.idx = p.unit_idx`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    await client.query(`
      CREATE INDEX ON bench_units (region_code) INCLUDE (idx, population);
      CREATE INDEX ON bench_units (departement_code) INCLUDE (idx, population);
      CREATE INDEX ON bench_cpts_units (unit_idx, cpts_id);
      CREATE INDEX ON bench_cpts_units (region_code) INCLUDE (unit_idx, cpts_id);
      CREATE INDEX ON bench_cpts_units (departement_code) INCLUDE (unit_idx, cpts_id);
      CREATE INDEX ON bench_cpts_units (cpts_id, region_code);
      CREATE INDEX ON bench_cpts_units (cpts_id, departement_code);
      CREATE INDEX ON bench_cpts (id) INCLUDE (stage, level);`);
    // One statement each: VACUUM refuses to run inside the implicit transaction of a multi-statement query (visibility map for index-only scans, fresh statistics).
    for (const table of ['bench_units', 'bench_cpts', 'bench_cpts_units']) await client.query(`VACUUM ANALYZE ${table}`);
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    async coverage(scope) {
      const value = scope.kind === 'france' ? [...(scope.outsideRegions ?? [])] : scope.code;
      if (process.env.MAILLON_BENCH_EXPLAIN) {
        const plan = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${query(scope.kind)}`, values: [value] });
        console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      const result = await client.query({ name: `coverage_${scope.kind}`, text: query(scope.kind), values: [value] });
      const row = result.rows[0];
      return {
        population: Number(row.population),
        unitCount: Number(row.unit_count),
        letterOfIntent: Number(row.letter_of_intent),
        operating: Number(row.operating),
        uncovered: Number(row.uncovered),
        overlapUnits: Number(row.overlap_units),
        overlapPopulation: Number(row.overlap_population),
        cptsByStage: row.by_stage,
      };
    },
    close: drop,
  };
}
