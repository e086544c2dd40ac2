/**
 * API benchmark (issue #11 item 3): starts the bundled server (`apps/api/dist/main.mjs`, built by
 * `npm run build:api`, which `npm run bench:api` runs first) in a CHILD process with the demo
 * data, on PGlite in memory and on PostgreSQL (a throwaway database on MAILLON_BENCH_PG_URL,
 * default postgres://postgres@127.0.0.1:5432/postgres), signs in as the demo ARS and loads the
 * hot routes with autocannon over loopback: 50 connections, each with its own session (50 sign-ins of
 * that account: the server reads 50 distinct sessions, as for 50 browsers), MAILLON_BENCH_SECONDS
 * (default 5) per route. The load generator and the server have their own event loops, as in production; p95 is
 * the true 95th percentile of every response's latency. MAILLON_BENCH_DB=pglite|postgresql runs
 * one database, MAILLON_BENCH_ROUTES=cpts-detail,diagnostic some routes; MAILLON_BENCH_NODE_ARGS
 * passes flags to the server's node (e.g. `--cpu-prof`). Each route's line also gives the CPU time per
 * request of the server and of its PostgreSQL backends (from /proc): steadier than req/s on a
 * machine shared with other work.
 * On PostgreSQL the freshly seeded database is vacuumed and analysed before the first route.
 * Prints one line per database and route:
 *   api <pglite|postgresql> <route>: rps=<n> p95_ms=<n>
 * Speed is measured here, never asserted in tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';

const SERVER = 'apps/api/dist/main.mjs';
if (!existsSync(SERVER)) throw new Error(`${SERVER} manque : lancez npm run build:api (npm run bench:api le fait).`);
const seconds = Number(process.env.MAILLON_BENCH_SECONDS ?? 5);
const connections = 50;
const adminUrl = process.env.MAILLON_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const only = process.env.MAILLON_BENCH_DB; // 'pglite' or 'postgresql' to run one of them
const nodeArgs = (process.env.MAILLON_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const routes = process.env.MAILLON_BENCH_ROUTES?.split(',');
/** MAILLON_BENCH_ENCODING="br, gzip" asks for compressed answers, as browsers do (autocannon asks for none by default). */
const encoding = process.env.MAILLON_BENCH_ENCODING;
const port = 40_000 + Math.floor(Math.random() * 1000);

interface Target {
  name: string;
  path: (ids: { cptsId: string }) => string;
}

const TARGETS: Target[] = [
  { name: 'cpts-detail', path: ({ cptsId }) => `/api/cpts/${cptsId}` },
  { name: 'cpts-list', path: () => '/api/cpts?region=93' },
  { name: 'coverage-region', path: () => '/api/coverage?region=93' },
  { name: 'diagnostic', path: ({ cptsId }) => `/api/cpts/${cptsId}/diagnostic` },
];

/** Starts the server child and resolves once /api/health answers (the demo seeding comes first). */
async function startChild(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(join('node_modules', '.bin', 'node'), [...nodeArgs, SERVER, '--demo'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MAILLON_DATA_DIR: 'memory://',
      DATABASE_URL: databaseUrl,
      MAILLON_WEB_DIST: '/nonexistent',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`le serveur s'est arrêté (code ${child.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 300_000) throw new Error('pas de réponse après 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_ACCOUNTS.ars, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`connexion refusée : ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('maillon_session='));
  if (!cookie) throw new Error('pas de cookie de session');
  return cookie.split(';')[0] as string;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); 0 once it is gone. */
function cpuMsOf(pid: number): number {
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks (100 per second on Linux), after the command in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * CPU used by the server and, on PostgreSQL, by the backends of its database: on a shared
 * machine the requests per second depend on the other load, the CPU per request much less.
 */
async function cpuSnapshot(serverPid: number, backends: (() => Promise<number[]>) | null): Promise<Map<number, number>> {
  const pids = [serverPid, ...((await backends?.()) ?? [])];
  return new Map(pids.map((pid) => [pid, cpuMsOf(pid)]));
}

function cpuSpent(before: Map<number, number>, after: Map<number, number>, serverPid: number) {
  let database = 0;
  for (const [pid, ms] of after) if (pid !== serverPid) database += ms - (before.get(pid) ?? 0);
  return { server: (after.get(serverPid) ?? 0) - (before.get(serverPid) ?? 0), database };
}

/** The q-quantile (0..1) of the latencies, nearest rank. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

async function load(url: string, path: string, cookies: readonly string[]) {
  const latencies: number[] = [];
  let clients = 0;
  const result = await autocannon({
    url: `${url}${path}`,
    connections,
    duration: seconds,
    // autocannon's own summary has p97.5 but no p95: every response's latency is kept instead.
    setupClient: (client) => {
      // Each connection its own session, as distinct users' browsers: the server cannot share one session read between them.
      client.setHeaders({ cookie: cookies[clients++ % cookies.length] as string, ...(encoding ? { 'accept-encoding': encoding } : {}) });
      client.on('response', (_status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
      });
    },
  });
  const sorted = Float64Array.from(latencies).sort();
  const errors = result.non2xx + result.errors + result.timeouts;
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / seconds),
    p50: Math.round(quantile(sorted, 0.5) * 10) / 10,
    p95: Math.round(quantile(sorted, 0.95) * 10) / 10,
    errors,
  };
}

async function run(kind: 'pglite' | 'postgresql', databaseUrl: string, backends: (() => Promise<number[]>) | null) {
  const t0 = performance.now();
  const child = await startChild(databaseUrl);
  const url = `http://127.0.0.1:${port}`;
  console.log(`${kind} : serveur prêt en ${((performance.now() - t0) / 1000).toFixed(1)} s (données de démonstration, pid ${child.pid})`);
  try {
    if (databaseUrl) {
      // The demo was just seeded: without this, autovacuum analyses the new rows while the first
      // routes are measured (their figures varied by a third from run to run). A database in
      // service has long been analysed.
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query('VACUUM ANALYZE');
      await client.end();
    }
    const cookies: string[] = [];
    for (let i = 0; i < connections; i++) cookies.push(await signIn(url));
    const cookie = cookies[0] as string;
    const list = (await (await fetch(`${url}/api/cpts?region=93`, { headers: { cookie } })).json()) as { items: { id: string }[] };
    const cptsId = list.items[0]?.id;
    if (!cptsId) throw new Error('aucune CPTS de démonstration');
    const lines: string[] = [];
    for (const target of TARGETS.filter((t) => !routes || routes.includes(t.name))) {
      const path = target.path({ cptsId });
      // Warm-up: the first calls build what later calls reuse (index, prepared statements, JIT).
      for (let i = 0; i < 20; i++) await fetch(`${url}${path}`, { headers: { cookie } });
      process.stdout.write(`  ${target.name} : ${connections} connexions pendant ${seconds} s…`);
      const before = await cpuSnapshot(child.pid as number, backends);
      const r = await load(url, path, cookies);
      const cpu = cpuSpent(before, await cpuSnapshot(child.pid as number, backends), child.pid as number);
      const perRequest = (ms: number) => ((ms * 1000) / Math.max(1, r.requests)).toFixed(0);
      process.stdout.write(
        ` ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms${r.errors ? `, ${r.errors} erreurs` : ''} ; ` +
          `CPU par requête : serveur ${perRequest(cpu.server)} µs${backends ? `, PostgreSQL ${perRequest(cpu.database)} µs` : ''}\n`,
      );
      lines.push(`api ${kind} ${target.name}: rps=${r.rps} p95_ms=${r.p95}`);
    }
    return lines;
  } finally {
    await stopChild(child);
  }
}

async function main() {
  const summary: string[] = [];
  if (!only || only === 'pglite') summary.push(...(await run('pglite', '', null)));
  if (!only || only === 'postgresql') {
    const name = `maillon_bench_api_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const backends = async () =>
        (await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])).rows.map((r) => r.pid);
      summary.push(...(await run('postgresql', url.toString(), backends)));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  console.log('');
  for (const line of summary) console.log(line);
}

await main();
