import type { FailureCounter, LoginThrottleRepository } from '@maillon/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { loginThrottles } from '../schema/index.ts';

export function createLoginThrottleRepository(db: Db): LoginThrottleRepository {
  return {
    withLockedCounters(keys, update) {
      return db.transaction(async (tx) => {
        // One statement for the three counters of an attempt, rows taken in key order (two
        // attempts on the same keys never lock them in opposite orders). ON CONFLICT DO UPDATE
        // takes the row lock even when the row already exists, and RETURNING gives its latest
        // committed values (READ COMMITTED re-checks the row).
        const sorted = [...new Set(keys)].sort();
        const locked = await tx
          .insert(loginThrottles)
          .values(sorted.map((key) => ({ key, failures: 0, lastFailureAt: null })))
          .onConflictDoUpdate({ target: loginThrottles.key, set: { failures: sql`${loginThrottles.failures}` } })
          .returning();
        const byKey = new Map(locked.map((row) => [row.key, row]));
        const counters = new Map<string, FailureCounter>(
          sorted.map((key) => [key, { failures: byKey.get(key)?.failures ?? 0, lastFailureAt: byKey.get(key)?.lastFailureAt ?? null }]),
        );
        const { save, result } = update(counters);
        const saved = [...save.entries()].filter(([key]) => counters.has(key));
        if (saved.length > 0) {
          const values = saved.map(
            ([key, counter]) => sql`(${key}, ${counter.failures}::int, ${counter.lastFailureAt?.toISOString() ?? null}::timestamptz)`,
          );
          await tx.execute(sql`
            UPDATE ${loginThrottles} SET "failures" = v.failures, "last_failure_at" = v.last_failure_at
            FROM (VALUES ${sql.join(values, sql`, `)}) AS v(key, failures, last_failure_at)
            WHERE ${loginThrottles.key} = v.key`);
        }
        // Rows created only to be locked (a refused attempt on a new key) hold nothing: not kept.
        await tx
          .delete(loginThrottles)
          .where(
            and(inArray(loginThrottles.key, [...counters.keys()]), eq(loginThrottles.failures, 0), isNull(loginThrottles.lastFailureAt)),
          );
        return result;
      });
    },
    async deleteForgotten(before) {
      await db.execute(sql`
        DELETE FROM ${loginThrottles} WHERE ${loginThrottles.key} IN (
          SELECT ${loginThrottles.key} FROM ${loginThrottles}
          WHERE ${loginThrottles.lastFailureAt} < ${before.toISOString()}::timestamptz
          FOR UPDATE SKIP LOCKED
        )`);
    },
  };
}
