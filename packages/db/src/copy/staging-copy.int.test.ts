import type { StagedProfessional } from '@maillon/domain';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.ts';
import { openFreshTestDatabase } from '../fresh-test-database.ts';
import { createImportStagingRepository } from '../repositories/import-staging.repository.ts';

const kinds = process.env.MAILLON_TEST_PG_URL ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);

// Every character a directory file may carry in a field, NUL aside (PostgreSQL text cannot hold it).
const fieldText = fc.oneof(
  fc.string({ unit: fc.constantFrom('\\', '\t', '\n', '\r', '"', "'", '|', ';', 'é', 'Œ', '’', 'a', ' ', '.', 'N') }),
  fc.string({ unit: 'grapheme' }).map((s) => s.replaceAll('\u0000', '')),
);

describe.each(kinds)('staging through COPY (%s)', (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await openFreshTestDatabase(kind, 'maillon_copy'));
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
          const staging = createImportStagingRepository(database.db).open(runId);
          await staging.stageProfessionals(rows);
          await staging.close();
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

  it('keeps the last row of a key written twice, in one write or several, on the database or in a transaction', async () => {
    const person = (idNatPs: string, lastName: string): StagedProfessional => ({
      idNatPs,
      idType: '8',
      identifier: idNatPs.slice(1),
      lastName,
      firstName: 'Anne',
      professionCode: '10',
      professionLabel: 'Médecin',
    });
    const runId = crypto.randomUUID();
    const staging = createImportStagingRepository(database.db).open(runId);
    await staging.stageProfessionals([person('810000000001', 'PREMIER'), person('810000000002', 'AUTRE')]);
    await staging.stageProfessionals([person('810000000001', 'SECOND'), person('810000000003', 'UN'), person('810000000003', 'DEUX')]);
    await staging.stageProfessionals([person('810000000001', 'TROISIÈME')]);
    await staging.close();
    expect((await stagedOf(runId)).map((r) => r.last_name)).toEqual(['TROISIÈME', 'AUTRE', 'DEUX']);
    const inTransaction = crypto.randomUUID();
    await database.db.transaction(async (tx) => {
      const stream = createImportStagingRepository(tx as unknown as typeof database.db).open(inTransaction);
      await stream.stageProfessionals([person('810000000001', 'QUATRIÈME')]);
      await stream.stageProfessionals([person('810000000001', 'CINQUIÈME')]);
      await stream.close();
    });
    expect((await stagedOf(inTransaction)).map((r) => r.last_name)).toEqual(['CINQUIÈME']);
    // More keys seen twice than the stream lists: the whole run is deduplicated.
    const many = crypto.randomUUID();
    const ids = Array.from({ length: 10_050 }, (_, i) => `82${String(i).padStart(10, '0')}`);
    const big = createImportStagingRepository(database.db).open(many);
    await big.stageProfessionals(ids.map((id) => person(id, 'AVANT')));
    await big.stageProfessionals(ids.map((id) => person(id, 'APRÈS')));
    await big.close();
    const names = (await stagedOf(many)).map((r) => r.last_name);
    expect(names).toHaveLength(ids.length);
    expect(new Set(names)).toEqual(new Set(['APRÈS']));
  });

  it('keeps the rows of another run and those of keys written once', async () => {
    const activity = (idNatPs: string, activityKey: string, address: string) => ({ idNatPs, activityKey, professionCode: '10', address });
    const other = crypto.randomUUID();
    const first = createImportStagingRepository(database.db).open(other);
    await first.stageActivities([activity('810000000001', 'a', 'autre import')]);
    await first.close();
    const runId = crypto.randomUUID();
    const staging = createImportStagingRepository(database.db).open(runId);
    // Same person, two activities; then the first activity again, and a key equal to the
    // concatenation of another's parts (not a duplicate).
    await staging.stageActivities([activity('810000000001', 'a', 'un'), activity('810000000001', 'b', 'deux')]);
    await staging.stageActivities([activity('810000000001', 'a', 'trois'), activity('81000000000', '1a', 'quatre')]);
    await staging.close();
    const rows = async (run: string) =>
      (
        (await database.db.execute(
          sql`select id_nat_ps, activity_key, address from import_staged_activities where run_id = ${run}::uuid order by id_nat_ps, activity_key`,
        )) as unknown as { rows: Record<string, unknown>[] }
      ).rows;
    expect(await rows(runId)).toEqual([
      { id_nat_ps: '81000000000', activity_key: '1a', address: 'quatre' },
      { id_nat_ps: '810000000001', activity_key: 'a', address: 'trois' },
      { id_nat_ps: '810000000001', activity_key: 'b', address: 'deux' },
    ]);
    expect(await rows(other)).toEqual([{ id_nat_ps: '810000000001', activity_key: 'a', address: 'autre import' }]);
  });

  it('keeps no row of a stream abandoned: none on PostgreSQL (one COPY, never ended), none once discarded', async () => {
    const runId = crypto.randomUUID();
    const repository = createImportStagingRepository(database.db);
    const staging = repository.open(runId);
    await staging.stageActivities([{ idNatPs: '810000000001', activityKey: 'a', professionCode: '10' }]);
    await staging.abort();
    const count = async () =>
      Number(
        (
          (await database.db.execute(
            sql`select count(*)::int as n from import_staged_activities where run_id = ${runId}::uuid`,
          )) as unknown as { rows: { n: number }[] }
        ).rows[0]?.n,
      );
    // PGlite has no COPY from stdin: each write is its own COPY, committed.
    expect(await count()).toBe(kind === 'postgresql' ? 0 : 1);
    await repository.discard(runId);
    expect(await count()).toBe(0);
  });

  it('refuses a row PostgreSQL cannot store, at the write or at the end', async () => {
    const runId = crypto.randomUUID();
    const staging = createImportStagingRepository(database.db).open(runId);
    const write = staging.stageActivities([{ idNatPs: '810000000001', activityKey: 'a', professionCode: null as unknown as string }]);
    await expect(write.then(() => staging.close())).rejects.toThrow();
    await staging.abort();
  });
});
