/**
 * RPPS import benchmark (issue #3): generates a national-size PS_LibreAcces_Personne_activite
 * file (1,000,000 lines by default, MAILLON_BENCH_LINES to change), imports it into a fresh
 * PostgreSQL database with Maillon's importer (reading into staging rows with the preview, then
 * applying: issue #6), then loads the same file with PostgreSQL COPY into a plain staging table,
 * and prints lines/s for both and their ratio, and the process's peak resident memory (the import
 * streams the file: it must stay bounded whatever the file's size). Last line, for scripts:
 * `rpps: maillon_lps=<n> copy_lps=<n> ratio=<n> peak_rss_mb=<n>`.
 * `npm run bench:rpps` caps V8's old space at 256 MB and its young semi-spaces at 16 MB: on Node 24
 * the young generation otherwise grows to tens of MB while the TypeScript sources are loaded (each
 * drizzle-orm file re-reads that package's 179 KB package.json), and the peak RSS printed was then
 * ~120 MB of loader garbage kept as heap, not memory the import holds. 8 MB bounds it further but costs ~45 % more GC time on 1M lines.
 * PostgreSQL: MAILLON_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */

import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { cogUnits, loadReferenceGeography, openDatabase } from '@maillon/db';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { systemAuditRecorder } from '../apps/api/src/composition/audit-recorder.ts';
import { buildImportContext } from '../apps/api/src/composition/import-context.ts';
import { loadImportSettings } from '../apps/api/src/config.ts';
import { generateRppsLines } from '../apps/api/src/use-cases/directory/generate-rpps.ts';
import { importAndApply } from '../apps/api/src/use-cases/directory/import-apply.ts';

const lines = Number(process.env.MAILLON_BENCH_LINES ?? 1_000_000);
const adminUrl = process.env.MAILLON_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const fr = (n: number) => Math.round(n).toLocaleString('fr-FR');

let summary = '';
const PREPARE = '--prepare';

/**
 * The benchmark's set-up, in a child process: migrates the database and loads the reference
 * geography (done once by the server or the seed, not by an import), and writes the generated file.
 */
async function prepare(databaseUrl: string, path: string, count: number) {
  const database = await openDatabase({ url: databaseUrl });
  await loadReferenceGeography(database.db, new Date());
  await database.close();
  const units = cogUnits().map((u) => ({
    code: u.code,
    name: u.name,
    population: u.population ?? 0,
    postalCodes: u.postalCodes ?? [],
    departementCode: u.departementCode ?? null,
  }));
  const out = createWriteStream(path);
  for (const line of generateRppsLines({ lines: count, units })) {
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'maillon-bench-'));
  const file = join(dir, 'PS_LibreAcces_Personne_activite_bench.txt');
  const name = `maillon_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    let t0 = performance.now();
    // Set-up in a child process: the peak memory printed below is the import's alone, not the
    // generator's or the geography loader's copy of the national commune list.
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), PREPARE, url.toString(), file, String(lines)],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) throw new Error(`préparation échouée (code ${child.status})`);
    const size = statSync(file).size;
    console.log(
      `Base préparée et fichier généré : ${fr(lines)} lignes, ${(size / 1e6).toFixed(0)} Mo, en ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const database = await openDatabase({ url: url.toString() });
    t0 = performance.now();
    // This process's CPU time too: on a machine shared with other work, wall times vary twice as much.
    const cpu0 = process.cpuUsage();
    const deps = buildImportContext({
      db: database.db,
      now: () => new Date(),
      settings: loadImportSettings({}),
      audit: systemAuditRecorder('banc d’essai', 'bench rpps'),
    });
    const result = await importAndApply(
      deps,
      { kind: 'rpps', sourceName: 'bench', bytesTotal: size, startedBy: null, cptsId: null },
      { input: createReadStream(file, { highWaterMark: 1 << 20 }) },
    );
    const importSeconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const report = result.previewed;
    const previewSeconds = ((report.previewedAt?.getTime() ?? 0) - report.startedAt.getTime()) / 1000;
    await database.close();
    console.log(
      `Import Maillon (PostgreSQL) : ${importSeconds.toFixed(1)} s, ${fr(report.linesRead / importSeconds)} lignes/s (${fr(report.accepted)} acceptées, ${fr(report.rejectedCount)} rejetées)`,
    );
    console.log(
      `  dont lecture + aperçu : ${previewSeconds.toFixed(1)} s ; application (fusion en une transaction) : ${(importSeconds - previewSeconds).toFixed(1)} s ; CPU de Node : ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`,
    );

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const columns = Array.from({ length: 53 }, (_, i) => `c${i} text`).join(', ');
    await client.query(`CREATE TABLE copy_staging (${columns})`);
    t0 = performance.now();
    // CSV with an improbable quote character: the extraction is unquoted, `|`-separated, trailing `|`.
    const copy = client.query(copyFrom("COPY copy_staging FROM STDIN WITH (FORMAT csv, DELIMITER '|', HEADER true, QUOTE E'\\x01')"));
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), copy);
    const copySeconds = (performance.now() - t0) / 1000;
    await client.end();
    console.log(`COPY PostgreSQL (table brute) : ${copySeconds.toFixed(1)} s, ${fr(lines / copySeconds)} lignes/s`);
    console.log(
      `Rapport import Maillon / COPY : ${(importSeconds / copySeconds).toFixed(1)} × plus lent (${((copySeconds / importSeconds) * 100).toFixed(0)} % du débit de COPY)`,
    );
    // maxRSS is in kilobytes: the process's peak, generation of the file included.
    const peakRssMb = resourceUsage().maxRSS / 1024;
    summary = `rpps: maillon_lps=${Math.round(report.linesRead / importSeconds)} copy_lps=${Math.round(lines / copySeconds)} ratio=${(copySeconds / importSeconds).toFixed(2)} peak_rss_mb=${Math.round(peakRssMb)}`;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === PREPARE) {
  await prepare(process.argv[3] as string, process.argv[4] as string, Number(process.argv[5]));
} else {
  await main();
  console.log(summary);
}
