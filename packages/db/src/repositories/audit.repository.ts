import type { AuditFilter, AuditRepository } from '@maillon/domain';
import { and, arrayContains, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { auditLog } from '../schema/index.ts';

function where(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.cptsId !== undefined) conditions.push(eq(auditLog.cptsId, filter.cptsId));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.actorUserId) conditions.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.recordId) conditions.push(arrayContains(auditLog.recordIds, [filter.recordId]));
  return conditions.length ? and(...conditions) : undefined;
}

export function createAuditRepository(db: Db): AuditRepository {
  return {
    async append(entry) {
      await db.insert(auditLog).values(entry);
    },
    async search(filter, page) {
      const conditions = [where(filter), page.beforeId === undefined ? undefined : lt(auditLog.id, page.beforeId)].filter(
        (c): c is SQL => c !== undefined,
      );
      const rows = await db
        .select()
        .from(auditLog)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(desc(auditLog.id))
        .limit(page.limit);
      return rows.map((r) => ({ ...r, details: (r.details ?? null) as Record<string, unknown> | null }));
    },
    async count(filter) {
      return db.$count(auditLog, where(filter));
    },
  };
}
