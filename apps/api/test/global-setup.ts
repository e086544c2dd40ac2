import { loadReferenceGeography, openDatabase } from '@maillon/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

/**
 * With MAILLON_TEST_PG_URL (a PostgreSQL URL whose user may create databases), prepares a
 * fresh template database for this run — migrated, with the reference geography — from which
 * every test file clones its own database; everything is dropped at the end.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.MAILLON_TEST_PG_URL;
  if (!adminUrl) return;
  const template = `maillon_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const database = await openDatabase({ url: url.toString() });
  await loadReferenceGeography(database.db, new Date('2026-11-22T10:00:00Z'));
  await database.close();
  project.provide('pgTemplate', template);
  return async () => {
    const clones = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `maillon_t_${process.pid}_%`,
    ]);
    for (const row of clones.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
