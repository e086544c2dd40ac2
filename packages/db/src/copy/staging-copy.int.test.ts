import type { StagedProfessional } from '@maillon/domain';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../client.ts';
import { createImportStagingRepository } from '../repositories/import-staging.repository.ts';

const kinds = process.env.MAILLON_TEST_PG_URL ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);

/** A fresh migrated database of the kind (PostgreSQL: a database created for the file, dropped after). */
async function open(kind: 'pglite' | 'postgresql'): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, drop: () => database.close() };
  }
  const adminUrl = process.env.MAILLON_TEST_PG_URL as string;
  const name = `maillon_copy_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    drop: async () => {
      await database.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

// Every character a directory file may carry in a field, NUL aside (PostgreSQL text cannot hold it).
const fieldText = fc.oneof(
  fc.string({ unit: fc.constantFrom('\\', '\t', '\n', '\r', '"', "'", '|', ';', 'é', 'Œ', '’', 'a', ' ', '.', 'N') }),
  fc.string({ unit: 'grapheme' }).map((s) => s.replaceAll('\u0000', '')),
);

describe.each(kinds)('staging through COPY (%s)', (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await open(kind));
  }, 60_000);
  afterAll(() => drop());

  const stagedOf = async (runId: string) =>
    (
      (await database.db.execute(
        sql`select id_nat_ps, last_name, first_name, civility, category_code, is_demo from import_staged_professionals where run_id = ${runId}::uuid order by id_nat_ps`,
      )) as unknown as { rows: Record<string, unknown>[] }
    ).rows;

  it('stores any text exactly as read (tabs, quotes, backslashes, line breaks, accents, nulls)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ last: fieldText, first: fieldText, civility: fc.option(fieldText, { nil: null }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        async (people) => {
          const runId = crypto.randomUUID();
          const rows: StagedProfessional[] = people.map((p, i) => ({
            idNatPs: `81${String(i).padStart(10, '0')}`,
            idType: '8',
            identifier: String(i),
            civility: p.civility,
            lastName: p.last,
            firstName: p.first,
            professionCode: '10',
            professionLabel: 'Médecin',
            isDemo: i % 2 === 0,
          }));
          await createImportStagingRepository(database.db).stageProfessionals(runId, rows);
          expect(await stagedOf(runId)).toEqual(
            rows.map((r) => ({
              id_nat_ps: r.idNatPs,
              last_name: r.lastName,
              first_name: r.firstName,
              civility: r.civility,
              category_code: null,
              is_demo: r.isDemo,
            })),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps the last line of a key an earlier batch staged, within one transaction or not', async () => {
    const runId = crypto.randomUUID();
    const person = (lastName: string): StagedProfessional => ({
      idNatPs: '810000000001',
      idType: '8',
      identifier: '10000000001',
      lastName,
      firstName: 'Anne',
      professionCode: '10',
      professionLabel: 'Médecin',
    });
    const other = { ...person('AUTRE'), idNatPs: '810000000002' };
    const staging = createImportStagingRepository(database.db);
    await staging.stageProfessionals(runId, [person('PREMIER')]);
    await staging.stageProfessionals(runId, [person('SECOND'), other]);
    await database.db.transaction(async (tx) => {
      const inTx = createImportStagingRepository(tx as unknown as typeof database.db);
      await inTx.stageProfessionals(runId, [person('TROISIÈME')]);
      await inTx.stageProfessionals(runId, [person('QUATRIÈME')]);
    });
    expect((await stagedOf(runId)).map((r) => r.last_name)).toEqual(['QUATRIÈME', 'AUTRE']);
  });
});
