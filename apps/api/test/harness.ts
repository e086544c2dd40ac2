import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { createCptsRepository, createIdentityRepository, type Database, openDatabase } from '@maillon/db';
import type { Grant, Stage } from '@maillon/domain';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createAciReferenceCache } from '../src/composition/aci-reference-cache.ts';
import { createCoverageIndexCache } from '../src/composition/coverage-index-cache.ts';
import { createCptsPageCache } from '../src/composition/cpts-page-cache.ts';
import { createMailer } from '../src/composition/mailer.ts';
import { createTerritoryIndexCache } from '../src/composition/territory-index-cache.ts';
import { type Config, loadConfig } from '../src/config.ts';
import type { AppContext } from '../src/context.ts';
import type { App } from '../src/http/types.ts';
import { hashPassword } from '../src/use-cases/auth/passwords.ts';
import { demoPgliteSnapshot, demoPgTemplate } from './demo-database.ts';

export type TestDatabaseKind = 'pglite' | 'postgresql';

/** PGlite always; PostgreSQL as well when the run provides a template database. */
export function testDatabases(): TestDatabaseKind[] {
  return process.env.MAILLON_TEST_PG_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

export const TEST_NOW = new Date('2026-11-22T10:00:00Z');
export const TEST_PASSWORD = 'mot-de-passe-de-test';

let counter = 0;
/**
 * One geography index for every test app of this worker (the integration project shares modules
 * between files): building it reads 35,000 units, about a second per file. Safe because it is
 * keyed by the geography's version, which names its content: every test database starts from the
 * same prepared geography, and a contour import writes a fresh revision (contours.repository.ts).
 * Not the coverage index: its territories version is a counter that two databases can reach with
 * different territories.
 */
const territoryIndex = createTerritoryIndexCache();
let passwordHash: Promise<string> | null = null;
let pgliteSnapshot: Blob | null = null;

/** Where a test database lives, so that a test can open it again (a server start). */
export interface TestDatabaseLocation {
  databaseUrl?: string;
  dataDir?: string;
}

/**
 * A fresh database per call, copied from the run's prepared one (test/global-setup.ts); PGlite
 * keeps it in memory unless `dataDir` is given.
 */
export async function openTestDatabase(
  kind: TestDatabaseKind,
  options: { dataDir?: string; demo?: boolean } = {},
): Promise<{ database: Database; drop: () => Promise<void>; location: TestDatabaseLocation }> {
  if (kind === 'pglite') {
    pgliteSnapshot ??= new Blob([readFileSync(inject('pgliteSnapshot'))]);
    const dataDir = options.dataDir ?? 'memory://';
    const loadDataDir = options.demo ? await demoPgliteSnapshot(pgliteSnapshot) : pgliteSnapshot;
    const database = await openDatabase({ dataDir, loadDataDir });
    return { database, drop: async () => {}, location: { dataDir } };
  }
  const adminUrl = process.env.MAILLON_TEST_PG_URL as string;
  const template = options.demo ? await demoPgTemplate(adminUrl) : inject('pgTemplate');
  const name = `maillon_t_${process.ppid}_${process.pid}_${counter++}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    location: { databaseUrl: url.toString() },
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: App;
  ctx: AppContext;
  kind: TestDatabaseKind;
  /** Where its database lives (a second connection to it stands for another API process). */
  location: TestDatabaseLocation;
  close(): Promise<void>;
  addUser(email: string, grants: Grant[]): Promise<string>;
  login(email: string, password?: string): Promise<Session>;
  addCpts(options: { name: string; regionCode: string; stage: Stage; units: string[] }): Promise<string>;
}

/**
 * What a test may change in the app it boots: settings (e.g. a built web app), a stream capturing
 * the log, and whether its database starts with the whole demo seeded (test/demo-database.ts).
 */
export interface TestAppOptions {
  config?: Partial<Config>;
  logStream?: Writable;
  demo?: boolean;
}

/** Boots the API in-process (no port) on a fresh database with the reference geography. */
export async function createTestApp(
  kind: TestDatabaseKind,
  clock: () => Date = () => TEST_NOW,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const { database, drop, location } = await openTestDatabase(kind, { demo: options.demo });
  const config = { ...loadConfig({}), dataDir: 'memory://', webDist: undefined, ...options.config };
  const ctx: AppContext = {
    database,
    config,
    clock,
    territoryIndex,
    coverageIndex: createCoverageIndexCache(),
    aciReference: createAciReferenceCache(),
    keptPages: createCptsPageCache(),
    mailer: await createMailer(config.mail),
  };
  const app = await buildApp(ctx, options.logStream ? { logger: { stream: options.logStream } } : {});
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return {
    app,
    ctx,
    kind,
    location,
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
    async addUser(email, grants) {
      const id = crypto.randomUUID();
      await createIdentityRepository(database.db).createUser(
        {
          id,
          email,
          displayName: email.split('@')[0] ?? email,
          passwordHash: await (passwordHash as Promise<string>),
          isDemo: false,
          createdAt: clock(),
        },
        grants,
      );
      return id;
    },
    async login(email, password = TEST_PASSWORD) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'maillon_session');
      return { cookie: `maillon_session=${cookie?.value}`, csrf: response.json().csrfToken };
    },
    async addCpts({ name, regionCode, stage, units }) {
      const id = crypto.randomUUID();
      const repo = createCptsRepository(database.db);
      const now = clock();
      await repo.create({
        id,
        name,
        legalForm: 'Association loi 1901',
        siret: null,
        finess: null,
        email: null,
        phone: null,
        address: null,
        regionCode,
        stage,
        isDemo: false,
        createdAt: now,
        updatedAt: now,
      });
      await repo.appendTransition(id, {
        id: crypto.randomUUID(),
        from: null,
        to: stage,
        occurredOn: '2024-01-15',
        comment: null,
        authorId: null,
        createdAt: now,
      });
      await repo.replaceTerritory(id, units, now);
      return id;
    },
  };
}

/** Request options for a signed-in user (cookie + CSRF token). */
export function as(session: Session | null): { headers: Record<string, string> } {
  return session ? { headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } } : { headers: {} };
}

/**
 * Another API process on the same database: its own caches and, on PostgreSQL, its own
 * connections, so that a test proves what one process writes is seen by the other (issue #11:
 * nothing may assume a single process).
 */
export async function secondProcess(t: TestApp): Promise<{ app: App; close: () => Promise<void> }> {
  const database = t.location.databaseUrl ? await openDatabase({ url: t.location.databaseUrl }) : t.ctx.database;
  const app = await buildApp({
    ...t.ctx,
    database,
    territoryIndex: createTerritoryIndexCache(),
    coverageIndex: createCoverageIndexCache(),
    aciReference: createAciReferenceCache(),
    keptPages: createCptsPageCache(),
  });
  return {
    app,
    async close() {
      await app.close();
      if (database !== t.ctx.database) await database.close();
    },
  };
}
