/**
 * API benchmark (issue #11 item 3): boots Maillon in this process on PGlite (in memory) and on
 * PostgreSQL (a throwaway database on MAILLON_BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), with the demo data, signs in as the demo ARS and
 * loads the hot routes with autocannon over loopback: 50 connections, MAILLON_BENCH_SECONDS
 * (default 5) per route. Prints one line per database and route:
 *   api <pglite|postgresql> <route>: rps=<n> p95_ms=<n>
 * Speed is measured here, never asserted in tests.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../apps/api/src/config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/api/src/demo/demo-seed.ts';
import { startServer } from '../apps/api/src/server.ts';

const seconds = Number(process.env.MAILLON_BENCH_SECONDS ?? 5);
const connections = 50;
const adminUrl = process.env.MAILLON_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const only = process.env.MAILLON_BENCH_DB; // 'pglite' or 'postgresql' to run one of them

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

async function load(url: string, path: string, cookie: string) {
  const result = await autocannon({
    url: `${url}${path}`,
    connections,
    duration: seconds,
    headers: { cookie },
  });
  const errors = result.non2xx + result.errors + result.timeouts;
  return { rps: Math.round(result.requests.average), p95: result.latency.p97_5 ?? result.latency.p99, p50: result.latency.p50, errors };
}

async function run(kind: 'pglite' | 'postgresql', databaseUrl: string | undefined) {
  const t0 = performance.now();
  const config = loadConfig(
    { ...process.env, HOST: '127.0.0.1', PORT: '0', MAILLON_DATA_DIR: 'memory://', DATABASE_URL: databaseUrl ?? '', LOG_LEVEL: 'warn' },
    ['--demo'],
  );
  config.webDist = undefined;
  const server = await startServer(config, { log: () => {} });
  const url = server.url.replace('localhost', '127.0.0.1');
  console.log(`${kind} : serveur prêt en ${((performance.now() - t0) / 1000).toFixed(1)} s (données de démonstration)`);
  try {
    const cookie = await signIn(url);
    const list = (await (await fetch(`${url}/api/cpts?region=93`, { headers: { cookie } })).json()) as { items: { id: string }[] };
    const cptsId = list.items[0]?.id;
    if (!cptsId) throw new Error('aucune CPTS de démonstration');
    const lines: string[] = [];
    for (const target of TARGETS) {
      const path = target.path({ cptsId });
      // Warm-up: the first call builds what later calls reuse (index, prepared statements).
      await fetch(`${url}${path}`, { headers: { cookie } });
      process.stdout.write(`  ${target.name} : ${connections} connexions pendant ${seconds} s…`);
      const r = await load(url, path, cookie);
      process.stdout.write(` ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms${r.errors ? `, ${r.errors} erreurs` : ''}\n`);
      lines.push(`api ${kind} ${target.name}: rps=${r.rps} p95_ms=${r.p95}`);
    }
    return lines;
  } finally {
    await server.close();
  }
}

async function main() {
  const summary: string[] = [];
  if (!only || only === 'pglite') summary.push(...(await run('pglite', undefined)));
  if (!only || only === 'postgresql') {
    const name = `maillon_bench_api_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      summary.push(...(await run('postgresql', url.toString())));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  console.log('');
  for (const line of summary) console.log(line);
}

await main();
process.exit(0);
