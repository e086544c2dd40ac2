/**
 * Slots benchmark (issue #10 item 5): 100,000 future slots over one département (the Var, 83),
 * on PGlite (in memory) and on PostgreSQL (a throwaway database on MAILLON_BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), the API in this process:
 * - the regulator's search: p95 measured server-side (Fastify's own time of each reply, from the
 *   request's arrival to the reply sent) under 200 concurrent connections (autocannon), and the
 *   request rate;
 * - 1,000 concurrent booking attempts on 100 slots (10 per slot): bookings made, double bookings
 *   counted by SQL (must be 0), bookings per second.
 * Ends with one line per database:
 *   slots <pglite|postgresql>: search_p95_ms=<n> search_rps=<n> bookings=<n> double=<n> bookings_per_s=<n>
 * Speed is measured here, never asserted in tests.
 */
import { createCptsRepository, createIdentityRepository, type Db, schema } from '@maillon/db';
import autocannon from 'autocannon';
import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../apps/api/src/app.ts';
import { openAndPrepare } from '../apps/api/src/bootstrap.ts';
import { createAciReferenceCache } from '../apps/api/src/composition/aci-reference-cache.ts';
import { createCoverageIndexCache } from '../apps/api/src/composition/coverage-index-cache.ts';
import { createCptsPageCache } from '../apps/api/src/composition/cpts-page-cache.ts';
import { createMailer } from '../apps/api/src/composition/mailer.ts';
import { createTerritoryIndexCache } from '../apps/api/src/composition/territory-index-cache.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import type { AppContext } from '../apps/api/src/context.ts';
import { hashPassword } from '../apps/api/src/use-cases/auth/passwords.ts';

const SLOTS = Number(process.env.MAILLON_BENCH_SLOTS ?? 100_000);
const seconds = Number(process.env.MAILLON_BENCH_SECONDS ?? 5);
const connections = 200;
const BOOKING_SLOTS = 100;
const ATTEMPTS = 1_000;
const SEQUENTIAL = 200;
const DEPARTEMENT = '83';
const adminUrl = process.env.MAILLON_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const only = process.env.MAILLON_BENCH_DB;
const PASSWORD = 'banc-d-essai-creneaux';
const HOUR = 3_600_000;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function seed(db: Db, now: Date) {
  const communes = await db
    .select({ code: schema.units.code })
    .from(schema.units)
    .where(and(eq(schema.units.departementCode, DEPARTEMENT), eq(schema.units.kind, 'commune')));
  const cptsId = crypto.randomUUID();
  const repo = createCptsRepository(db);
  await repo.create({
    id: cptsId,
    name: 'CPTS banc d’essai',
    legalForm: 'Association loi 1901',
    siret: null,
    finess: null,
    email: null,
    phone: null,
    address: null,
    regionCode: '93',
    stage: 'operating',
    isDemo: false,
    createdAt: now,
    updatedAt: now,
  });
  await repo.replaceTerritory(
    cptsId,
    communes.map((c) => c.code),
    now,
  );
  await createIdentityRepository(db).createUser(
    {
      id: crypto.randomUUID(),
      email: 'sas.banc@bench.test',
      displayName: 'SAS banc',
      passwordHash: await hashPassword(PASSWORD),
      isDemo: false,
      createdAt: now,
    },
    [{ role: 'sas', departementCode: DEPARTEMENT, cptsId: null }],
  );
  const start = now.getTime() + HOUR;
  const rows = (i: number, minutes: number, offset: number) => {
    const unitCode = communes[i % communes.length]?.code as string;
    const startAt = new Date(start + offset + Math.floor(i / communes.length) * minutes * 60_000 + (i % 7) * 60_000);
    return {
      id: crypto.randomUUID(),
      cptsId,
      idNatPs: `8100${String(i % 2000).padStart(8, '0')}`,
      displayName: `Dr Banc ${i % 2000}`,
      professionCode: '10',
      specialtyCode: 'SM54',
      unitCode,
      departementCode: DEPARTEMENT,
      address: `${(i % 90) + 1} avenue du Banc`,
      startAt,
      endAt: new Date(startAt.getTime() + 15 * 60_000),
      consultationType: 'office',
      visibility: i % 3 === 0 ? ['SNP', 'PRO'] : ['SNP'],
      createdAt: now,
      updatedAt: now,
    };
  };
  // Spread over about 30 days: communes × time steps.
  const steps = Math.ceil(SLOTS / communes.length);
  const minutes = Math.max(1, Math.floor((30 * 24 * 60) / steps));
  for (let i = 0; i < SLOTS; i += 2000) {
    await db.insert(schema.slots).values(Array.from({ length: Math.min(2000, SLOTS - i) }, (_, k) => rows(i + k, minutes, 0)));
    if ((i / 2000) % 10 === 0) process.stdout.write(`\r  créneaux insérés : ${i + 2000}/${SLOTS}`);
  }
  process.stdout.write(`\r  créneaux insérés : ${SLOTS}/${SLOTS}\n`);
  // The slots booked concurrently: 100 more, in 10 days (outside the searches' default window).
  const booking = Array.from({ length: BOOKING_SLOTS }, (_, k) => rows(k, 1, 10 * 24 * HOUR));
  await db.insert(schema.slots).values(booking);
  await db.execute(sql`analyze slots`);
  return { communes: communes.map((c) => c.code), bookingSlots: booking.map((b) => b.id) };
}

async function run(kind: 'pglite' | 'postgresql', databaseUrl: string | undefined) {
  const t0 = performance.now();
  const config = loadConfig(
    { ...process.env, HOST: '127.0.0.1', PORT: '0', MAILLON_DATA_DIR: 'memory://', DATABASE_URL: databaseUrl ?? '', LOG_LEVEL: 'warn' },
    [],
  );
  config.webDist = undefined;
  const clock = () => new Date();
  const database = await openAndPrepare(config, clock(), () => {});
  console.log(`${kind} : base prête en ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const seeded = await seed(database.db, clock());
  const ctx: AppContext = {
    database,
    config,
    clock,
    territoryIndex: createTerritoryIndexCache(),
    coverageIndex: createCoverageIndexCache(),
    aciReference: createAciReferenceCache(),
    keptPages: createCptsPageCache(),
    mailer: await createMailer(config.mail),
  };
  const app = await buildApp(ctx, {});
  const searchTimes: number[] = [];
  app.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/api/regulation/slots?')) searchTimes.push(reply.elapsedTime);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sas.banc@bench.test', password: PASSWORD }),
    });
    const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('maillon_session=')) ?? '').split(';')[0] as string;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const patient = seeded.communes[Math.floor(seeded.communes.length / 2)] as string;
    const path = `/api/regulation/slots?unitCode=${patient}`;
    const first = await fetch(`${url}${path}`, { headers: { cookie } });
    const found = ((await first.json()) as { items: unknown[] }).items.length;
    console.log(`  recherche : ${found} créneaux proposés pour la commune ${patient} (48 h)`);
    // Server-side time of one search, measured around the request inside the process
    // (Fastify's reply time, no network), one at a time after a warm-up.
    for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url: path, headers: { cookie } });
    searchTimes.length = 0;
    for (let i = 0; i < SEQUENTIAL; i++) {
      const response = await app.inject({ method: 'GET', url: `${path}&consultationType=office`, headers: { cookie } });
      if (response.statusCode !== 200) throw new Error(`recherche : ${response.statusCode}`);
    }
    const p95 = Math.round(percentile(searchTimes, 95) * 10) / 10;
    const p50 = Math.round(percentile(searchTimes, 50) * 10) / 10;
    console.log(`  recherche : ${SEQUENTIAL} requêtes l'une après l'autre, p50 ${p50} ms, p95 ${p95} ms (temps serveur)`);
    searchTimes.length = 0;
    process.stdout.write(`  recherche : ${connections} connexions simultanées pendant ${seconds} s…`);
    const result = await autocannon({ url: `${url}${path}`, connections, duration: seconds, headers: { cookie } });
    const rps = Math.round(result.requests.average);
    const errors = result.non2xx + result.errors + result.timeouts;
    const loadedP95 = Math.round(percentile(searchTimes, 95) * 10) / 10;
    process.stdout.write(
      ` ${rps} req/s, p95 serveur sous charge ${loadedP95} ms (attente de la base comprise)${errors ? `, ${errors} erreurs` : ''}\n`,
    );
    process.stdout.write(`  réservations : ${ATTEMPTS} tentatives simultanées sur ${BOOKING_SLOTS} créneaux…`);
    const payload = {
      lastName: 'Banc',
      firstName: 'Essai',
      birthDate: '1980-01-01',
      phone: '0600000000',
      email: '',
      unitCode: patient,
      need: '',
    };
    const b0 = performance.now();
    // All in flight at once, in the process (no socket limit): the database decides.
    const codes = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        app
          .inject({
            method: 'POST',
            url: `/api/regulation/slots/${seeded.bookingSlots[i % BOOKING_SLOTS]}/booking`,
            headers: { cookie, 'x-csrf-token': csrf },
            payload,
          })
          .then((r) => r.statusCode),
      ),
    );
    const elapsed = (performance.now() - b0) / 1000;
    const bookings = codes.filter((c) => c === 201).length;
    const others = codes.filter((c) => c !== 201 && c !== 409).length;
    const doubles = (await database.db.execute(sql`
      select count(*)::int as n from (select slot_id from slot_bookings where status <> 'cancelled' group by slot_id having count(*) > 1) d`)) as unknown as {
      rows: { n: number }[];
    };
    const double = Number(doubles.rows[0]?.n ?? 0);
    const perSecond = Math.round(bookings / elapsed);
    process.stdout.write(
      ` ${bookings} réservations, ${codes.length - bookings - others} refus 409${others ? `, ${others} autres réponses` : ''}, ${double} double(s), ${elapsed.toFixed(2)} s\n`,
    );
    return `slots ${kind}: search_p95_ms=${p95} search_rps=${rps} bookings=${bookings} double=${double} bookings_per_s=${perSecond}`;
  } finally {
    await app.close();
    await database.close();
  }
}

async function main() {
  const summary: string[] = [];
  if (!only || only === 'pglite') summary.push(await run('pglite', undefined));
  if (!only || only === 'postgresql') {
    const name = `maillon_bench_slots_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      summary.push(await run('postgresql', url.toString()));
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
