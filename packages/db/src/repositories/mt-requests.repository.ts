import type {
  MtRequestCount,
  MtRequestEventRecord,
  MtRequestNoteRecord,
  MtRequestRecord,
  MtRequestSettingsRecord,
  MtRequestsRepository,
  PublicThrottleRepository,
  PurgedRequest,
  RequestSource,
  RequestStatus,
  WindowCounter,
} from '@maillon/domain';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { mtRequestEvents, mtRequestNotes, mtRequestSettings, mtRequests, publicThrottles } from '../schema/index.ts';

type RequestRow = typeof mtRequests.$inferSelect;

const toRecord = (row: RequestRow): MtRequestRecord => ({ ...row });

/** Rows per INSERT of a batch: well under PostgreSQL's 65,535 bind parameters for these tables. */
const BATCH = 500;

export function createMtRequestsRepository(db: Db): MtRequestsRepository {
  return {
    async insert(record) {
      await db.insert(mtRequests).values(record);
    },
    async insertMany(records) {
      for (let i = 0; i < records.length; i += BATCH) await db.insert(mtRequests).values(records.slice(i, i + BATCH));
    },
    async takenNumbers(numbers) {
      if (numbers.length === 0) return new Set();
      const rows = await db
        .select({ number: mtRequests.number })
        .from(mtRequests)
        .where(inArray(mtRequests.number, [...numbers]));
      return new Set(rows.map((r) => r.number));
    },
    async update(record) {
      const { id, ...rest } = record;
      await db.update(mtRequests).set(rest).where(eq(mtRequests.id, id));
    },
    async get(id, options) {
      const query = db.select().from(mtRequests).where(eq(mtRequests.id, id));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async getByNumber(number) {
      const rows = await db.select().from(mtRequests).where(eq(mtRequests.number, number));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async list(cptsId, filter) {
      const conditions = [eq(mtRequests.cptsId, cptsId)];
      if (filter.statuses) conditions.push(inArray(mtRequests.status, [...filter.statuses]));
      if (filter.sources) conditions.push(inArray(mtRequests.source, [...filter.sources]));
      if (filter.unitCodes) conditions.push(inArray(mtRequests.unitCode, [...filter.unitCodes]));
      const rows = await db
        .select()
        .from(mtRequests)
        .where(and(...conditions))
        .orderBy(asc(mtRequests.requestedOn), asc(mtRequests.createdAt), asc(mtRequests.id));
      return rows.map(toRecord);
    },
    async byDuplicateKeys(cptsId, keys) {
      if (keys.length === 0) return [];
      const rows = await db
        .select()
        .from(mtRequests)
        .where(and(eq(mtRequests.cptsId, cptsId), inArray(mtRequests.duplicateKey, [...new Set(keys)])))
        .orderBy(asc(mtRequests.requestedOn), asc(mtRequests.id));
      return rows.map(toRecord);
    },
    async counts(cptsIds) {
      if (cptsIds.length === 0) return [];
      const rows = await db
        .select({
          cptsId: mtRequests.cptsId,
          status: mtRequests.status,
          source: mtRequests.source,
          unitCode: mtRequests.unitCode,
          count: count(),
        })
        .from(mtRequests)
        .where(inArray(mtRequests.cptsId, [...cptsIds]))
        .groupBy(mtRequests.cptsId, mtRequests.status, mtRequests.source, mtRequests.unitCode);
      return rows.map(
        (r): MtRequestCount => ({
          cptsId: r.cptsId,
          status: r.status as RequestStatus,
          source: r.source as RequestSource,
          unitCode: r.unitCode,
          count: Number(r.count),
        }),
      );
    },
    async erase(id) {
      // Requests merged into this one keep existing (closed) but no longer point at it.
      const rows = await db.delete(mtRequests).where(eq(mtRequests.id, id)).returning({ id: mtRequests.id });
      return rows.length > 0;
    },
    async purgeExpired(today, defaultRetentionMonths, limit) {
      // One statement: the rows are locked by the sub-select and skipped by any other process
      // sweeping at the same time (docs/reference/mt-requests.md §7).
      const result = await db.execute(sql`
        DELETE FROM ${mtRequests} WHERE ${mtRequests.id} IN (
          SELECT r.id FROM ${mtRequests} r
          LEFT JOIN ${mtRequestSettings} s ON s.cpts_id = r.cpts_id
          WHERE r.closed_on IS NOT NULL
            AND r.closed_on + make_interval(months => COALESCE(s.retention_months, ${defaultRetentionMonths}::int)) <= ${today}::date
          ORDER BY r.closed_on, r.id
          LIMIT ${limit}
          FOR UPDATE OF r SKIP LOCKED
        )
        RETURNING ${mtRequests.id} AS id, ${mtRequests.cptsId} AS cpts_id, ${mtRequests.number} AS number`);
      const rows = (result as unknown as { rows: { id: string; cpts_id: string; number: string }[] }).rows;
      return rows.map((r): PurgedRequest => ({ id: r.id, cptsId: r.cpts_id, number: r.number }));
    },
    async addNote(note: MtRequestNoteRecord) {
      await db.insert(mtRequestNotes).values(note);
    },
    async notes(requestId) {
      return db
        .select()
        .from(mtRequestNotes)
        .where(eq(mtRequestNotes.requestId, requestId))
        .orderBy(asc(mtRequestNotes.createdAt), asc(mtRequestNotes.id));
    },
    async addEvent(event: MtRequestEventRecord) {
      await db.insert(mtRequestEvents).values(event);
    },
    async addEvents(events) {
      for (let i = 0; i < events.length; i += BATCH) await db.insert(mtRequestEvents).values(events.slice(i, i + BATCH));
    },
    async history(requestId) {
      const rows = await db
        .select()
        .from(mtRequestEvents)
        .where(eq(mtRequestEvents.requestId, requestId))
        .orderBy(asc(mtRequestEvents.at), asc(mtRequestEvents.seq));
      return rows.map(({ seq: _seq, ...event }) => event);
    },
    async moveNotesAndHistory(fromId, toId) {
      await db.update(mtRequestNotes).set({ requestId: toId }).where(eq(mtRequestNotes.requestId, fromId));
      await db.update(mtRequestEvents).set({ requestId: toId }).where(eq(mtRequestEvents.requestId, fromId));
    },
    async settings(cptsId) {
      const rows = await db.select().from(mtRequestSettings).where(eq(mtRequestSettings.cptsId, cptsId));
      return (rows[0] as MtRequestSettingsRecord | undefined) ?? null;
    },
    async saveSettings(settings) {
      const { cptsId, ...rest } = settings;
      await db.insert(mtRequestSettings).values(settings).onConflictDoUpdate({ target: mtRequestSettings.cptsId, set: rest });
    },
  };
}

export function createPublicThrottleRepository(db: Db): PublicThrottleRepository {
  return {
    withLockedCounters(keys, update) {
      return db.transaction(async (tx) => {
        const counters = new Map<string, WindowCounter>();
        for (const key of [...new Set(keys)].sort()) {
          // Same lock-taking upsert as the login throttle (login-throttle.repository.ts).
          const [row] = await tx
            .insert(publicThrottles)
            .values({ key, hits: 0, windowStartedAt: null })
            .onConflictDoUpdate({ target: publicThrottles.key, set: { hits: sql`${publicThrottles.hits}` } })
            .returning();
          counters.set(key, { hits: row?.hits ?? 0, windowStartedAt: row?.windowStartedAt ?? null });
        }
        const { save, result } = update(counters);
        for (const key of [...save.keys()].sort()) {
          const counter = save.get(key) as WindowCounter;
          await tx
            .update(publicThrottles)
            .set({ hits: counter.hits, windowStartedAt: counter.windowStartedAt })
            .where(eq(publicThrottles.key, key));
        }
        await tx.delete(publicThrottles).where(and(inArray(publicThrottles.key, [...counters.keys()]), eq(publicThrottles.hits, 0)));
        return result;
      });
    },
    async deleteForgotten(before) {
      await db.execute(sql`
        DELETE FROM ${publicThrottles} WHERE ${publicThrottles.key} IN (
          SELECT ${publicThrottles.key} FROM ${publicThrottles}
          WHERE ${publicThrottles.windowStartedAt} < ${before.toISOString()}::timestamptz
          FOR UPDATE SKIP LOCKED
        )`);
    },
  };
}
