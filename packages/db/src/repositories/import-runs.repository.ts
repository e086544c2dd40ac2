import type { ImportRunsRepository } from '@maillon/domain';
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { importRuns } from '../schema/index.ts';

const returningIds = (rows: { id: string }[]) => rows.map((r) => r.id);

export function createImportRunsRepository(db: Db): ImportRunsRepository {
  return {
    async create(run) {
      await db.insert(importRuns).values({
        id: run.id,
        kind: run.kind,
        sourceName: run.sourceName,
        status: 'created',
        startedAt: run.now,
        bytesTotal: run.bytesTotal,
        startedBy: run.startedBy,
      });
    },
    async claimForReading(id, { now, scopeUnits }) {
      const rows = await db
        .update(importRuns)
        .set({ status: 'reading', heartbeatAt: now, hasStagedRows: true, scopeUnits })
        .where(and(eq(importRuns.id, id), eq(importRuns.status, 'created')))
        .returning({ id: importRuns.id });
      return rows.length === 1;
    },
    async progress(id, p, now) {
      const rows = await db
        .update(importRuns)
        .set({ ...p, heartbeatAt: now })
        .where(and(eq(importRuns.id, id), eq(importRuns.status, 'reading')))
        .returning({ id: importRuns.id });
      return rows.length === 1;
    },
    async heartbeat(id, now) {
      const rows = await db
        .update(importRuns)
        .set({ heartbeatAt: now })
        .where(and(eq(importRuns.id, id), eq(importRuns.status, 'reading')))
        .returning({ id: importRuns.id });
      return rows.length === 1;
    },
    async markPreviewed(id, { now, preview, stats }) {
      const rows = await db
        .update(importRuns)
        .set({ status: 'previewed', previewedAt: now, heartbeatAt: now, preview, stats })
        .where(and(eq(importRuns.id, id), eq(importRuns.status, 'reading')))
        .returning({ id: importRuns.id });
      return rows.length === 1;
    },
    async finish(id, { from, to, now, error, stats }) {
      const rows = await db
        .update(importRuns)
        .set({ status: to, finishedAt: now, ...(error === undefined ? {} : { error }), ...(stats ? { stats } : {}) })
        .where(and(eq(importRuns.id, id), inArray(importRuns.status, [...from])))
        .returning({ id: importRuns.id });
      return rows.length === 1;
    },
    async lock(id) {
      return (await db.select().from(importRuns).where(eq(importRuns.id, id)).for('update'))[0] ?? null;
    },
    async markApplied(id, { now, appliedBy, applied }) {
      await db
        .update(importRuns)
        .set({ status: 'applied', appliedAt: now, appliedBy, finishedAt: now, applied })
        .where(eq(importRuns.id, id));
    },
    async get(id) {
      return (await db.select().from(importRuns).where(eq(importRuns.id, id)))[0] ?? null;
    },
    recent: (limit) => db.select().from(importRuns).orderBy(desc(importRuns.startedAt)).limit(limit),
    async interruptStale({ heartbeatBefore, now, error }) {
      return returningIds(
        await db
          .update(importRuns)
          .set({ status: 'interrupted', finishedAt: now, error })
          .where(
            and(
              eq(importRuns.status, 'reading'),
              sql`coalesce(${importRuns.heartbeatAt}, ${importRuns.startedAt}) < ${heartbeatBefore.toISOString()}::timestamptz`,
            ),
          )
          .returning({ id: importRuns.id }),
      );
    },
    async expireOld({ before, now }) {
      return returningIds(
        await db
          .update(importRuns)
          .set({ status: 'expired', finishedAt: now })
          .where(
            or(
              and(eq(importRuns.status, 'previewed'), lt(importRuns.previewedAt, before)),
              and(eq(importRuns.status, 'created'), lt(importRuns.startedAt, before)),
            ),
          )
          .returning({ id: importRuns.id }),
      );
    },
    async finalWithStagedRows(finalStatuses) {
      return returningIds(
        await db
          .select({ id: importRuns.id })
          .from(importRuns)
          .where(and(eq(importRuns.hasStagedRows, true), inArray(importRuns.status, [...finalStatuses]))),
      );
    },
    async markStagedRowsDiscarded(id) {
      await db.update(importRuns).set({ hasStagedRows: false }).where(eq(importRuns.id, id));
    },
  };
}
