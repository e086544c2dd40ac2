import type { FailureCounter, LoginThrottleRepository } from '@maillon/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { loginThrottles } from '../schema/index.ts';

export function createLoginThrottleRepository(db: Db): LoginThrottleRepository {
  return {
    withLockedCounters(keys, update) {
      return db.transaction(async (tx) => {
        const counters = new Map<string, FailureCounter>();
        for (const key of [...new Set(keys)].sort()) {
          // ON CONFLICT DO UPDATE takes the row lock even when the row already exists, and
          // RETURNING gives its latest committed values (READ COMMITTED re-checks the row).
          const [row] = await tx
            .insert(loginThrottles)
            .values({ key, failures: 0, lastFailureAt: null })
            .onConflictDoUpdate({ target: loginThrottles.key, set: { failures: sql`${loginThrottles.failures}` } })
            .returning();
          counters.set(key, { failures: row?.failures ?? 0, lastFailureAt: row?.lastFailureAt ?? null });
        }
        const { save, result } = update(counters);
        for (const key of [...save.keys()].sort()) {
          const counter = save.get(key) as FailureCounter;
          await tx
            .update(loginThrottles)
            .set({ failures: counter.failures, lastFailureAt: counter.lastFailureAt })
            .where(eq(loginThrottles.key, key));
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
