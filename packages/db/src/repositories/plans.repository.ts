import type { PlanModality, PlanRecord, PlanStatus, PlansRepository } from '@maillon/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { whiteZonePlans } from '../schema/index.ts';

const toRecord = (row: typeof whiteZonePlans.$inferSelect): PlanRecord => ({
  ...row,
  modality: row.modality as PlanModality,
  status: row.status as PlanStatus,
});

export function createPlansRepository(db: Db): PlansRepository {
  return {
    async list(regionCode) {
      const rows = await db
        .select()
        .from(whiteZonePlans)
        .where(eq(whiteZonePlans.regionCode, regionCode))
        .orderBy(asc(whiteZonePlans.dueOn));
      return rows.map(toRecord);
    },
    async get(id) {
      const rows = await db.select().from(whiteZonePlans).where(eq(whiteZonePlans.id, id));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async create(plan) {
      await db.insert(whiteZonePlans).values(plan);
    },
    async update(id, changes) {
      await db.update(whiteZonePlans).set(changes).where(eq(whiteZonePlans.id, id));
    },
  };
}
