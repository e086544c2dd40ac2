/**
 * Start-up benchmark (issue #11 item 4): time from launching `node apps/api/dist/main.mjs` (the
 * bundled server `npm run serve` runs, built by `npm run build:api`, which `npm run bench:startup`
 * runs first; without the web build) to the first healthy answer of `/api/health`,
 * on a fresh database (cold: migrations, reference geography) and again on the same database
 * (warm: the median of three warm starts, a single one varies by a fifth on a shared machine).
 * PGlite in a temporary directory; PostgreSQL in a throwaway database on MAILLON_BENCH_PG_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres). MAILLON_GEO_DIR, when set, is passed on
 * (the cold start then imports the contours). MAILLON_STARTUP_TRACE=1 makes the server print when
 * each start-up phase ended (apps/api/src/startup-trace.ts). Ends with one line per database:
 *   startup <pglite|postgresql>: cold_ms=<n> warm_ms=<n>
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const SERVER = 'apps/api/dist/main.mjs';
if (!existsSync(SERVER)) throw new Error(`${SERVER} manque : lancez npm run build:api (npm run bench:startup le fait).`);
const adminUrl = process.env.MAILLON_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WARM_RUNS = 3;

/**
 * A port the system has just handed out and released: other benchmarks run on the same machine,
 * and a port chosen at random was sometimes theirs (the server then stopped on EADDRINUSE).
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function healthy(url: string, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`le serveur s'est arrêté (code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 300_000) throw new Error('pas de réponse après 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function startOnce(env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(join('node_modules', '.bin', 'node'), [SERVER], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', MAILLON_WEB_DIST: '/nonexistent', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    return await healthy(`http://127.0.0.1:${port}/api/health`, child, started);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function measure(kind: string, env: Record<string, string>) {
  process.stdout.write(`${kind} : démarrage à froid…`);
  const cold = await startOnce(env);
  process.stdout.write(` ${Math.round(cold)} ms ; à chaud…`);
  const warmRuns: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    warmRuns.push(await startOnce(env));
    process.stdout.write(` ${Math.round(warmRuns[i] as number)} ms`);
  }
  const warm = warmRuns.sort((a, b) => a - b)[Math.floor(WARM_RUNS / 2)] as number;
  process.stdout.write(` (médiane ${Math.round(warm)} ms)\n`);
  return `startup ${kind}: cold_ms=${Math.round(cold)} warm_ms=${Math.round(warm)}`;
}

const lines: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'maillon-startup-'));
try {
  lines.push(await measure('pglite', { MAILLON_DATA_DIR: join(dir, 'pglite'), DATABASE_URL: '' }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const name = `maillon_bench_startup_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
try {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  lines.push(await measure('postgresql', { DATABASE_URL: url.toString() }));
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
console.log('');
for (const line of lines) console.log(line);
