import type { Db } from './client.ts';

/**
 * A Drizzle prepared query built once per database handle instead of on every call: building a
 * query's SQL text from its builder costs about as much server CPU as sending it (issue #11 item
 * 3, measured with `--cpu-prof` under `npm run bench:api`), and the queries every request makes
 * are always the same. Transactions get their own handle, hence their own prepared query.
 */
export function preparedPerDb<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
