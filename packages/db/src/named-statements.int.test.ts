import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameRepeatedStatements } from './named-statements.ts';

const url = process.env.MAILLON_TEST_PG_URL;

// PostgreSQL only: PGlite has no pool and keeps no named statements.
describe.skipIf(!url)('named statements on PostgreSQL', () => {
  let pool: pg.Pool;
  // One connection, so that pg_prepared_statements (per session) shows what this pool prepared.
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: url, max: 1 });
    nameRepeatedStatements(pool);
  });
  afterAll(() => pool.end());

  const prepared = async () =>
    (await pool.query<{ name: string; statement: string }>('select name, statement from pg_prepared_statements')).rows;

  it('prepares a parameterised query from its second run and still answers each run', async () => {
    const text = 'select $1::int + 1 as n';
    const answers: number[] = [];
    for (const value of [1, 2, 3]) answers.push((await pool.query<{ n: number }>({ text, values: [value] })).rows[0]?.n as number);
    expect(answers).toEqual([2, 3, 4]);
    const statements = (await prepared()).filter((s) => s.statement === text);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.name).toMatch(/^maillon_/);
  });

  it('leaves a query run once, and queries without parameters, unnamed', async () => {
    await pool.query({ text: 'select $1::int * 7 as m', values: [6] });
    await pool.query('select 41 + 1 as n');
    await pool.query('select 41 + 1 as n');
    const texts = (await prepared()).map((s) => s.statement);
    expect(texts).not.toContain('select $1::int * 7 as m');
    expect(texts).not.toContain('select 41 + 1 as n');
  });

  it('keeps a name the caller gave', async () => {
    const text = 'select $1::text as t';
    for (let i = 0; i < 2; i++) await pool.query({ name: 'caller_named', text, values: ['x'] });
    expect((await prepared()).filter((s) => s.statement === text).map((s) => s.name)).toEqual(['caller_named']);
  });
});
