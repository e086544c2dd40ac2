import type { AssociationGovernanceRepository, BodyKind, BodyRecord, MandateRecord, MandateRole } from '@maillon/domain';
import { and, asc, count, eq, gt, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { bodies, mandates } from '../schema/index.ts';

const toBody = (row: typeof bodies.$inferSelect): BodyRecord => ({ ...row, kind: row.kind as BodyKind });
const toMandate = (row: typeof mandates.$inferSelect): MandateRecord => ({ ...row, role: row.role as MandateRole });

export function createAssociationGovernanceRepository(db: Db): AssociationGovernanceRepository {
  return {
    async bodies(cptsId) {
      const rows = await db.select().from(bodies).where(eq(bodies.cptsId, cptsId)).orderBy(asc(bodies.createdOn), asc(bodies.name));
      return rows.map(toBody);
    },
    async body(cptsId, id) {
      const rows = await db
        .select()
        .from(bodies)
        .where(and(eq(bodies.cptsId, cptsId), eq(bodies.id, id)));
      return rows[0] ? toBody(rows[0]) : null;
    },
    async createBody(body) {
      await db.insert(bodies).values(body);
    },
    async updateBody(id, changes) {
      await db.update(bodies).set(changes).where(eq(bodies.id, id));
    },
    async deleteBody(id) {
      await db.delete(bodies).where(eq(bodies.id, id));
    },
    async mandates(bodyIds) {
      if (bodyIds.length === 0) return [];
      const rows = await db
        .select()
        .from(mandates)
        .where(inArray(mandates.bodyId, [...bodyIds]))
        .orderBy(asc(mandates.startOn), asc(mandates.id));
      return rows.map(toMandate);
    },
    async mandate(id) {
      const rows = await db.select().from(mandates).where(eq(mandates.id, id));
      return rows[0] ? toMandate(rows[0]) : null;
    },
    async countMandates(bodyId) {
      const rows = await db.select({ n: count() }).from(mandates).where(eq(mandates.bodyId, bodyId));
      return rows[0]?.n ?? 0;
    },
    async createMandate(mandate) {
      await db.insert(mandates).values(mandate);
    },
    async updateMandate(id, changes) {
      await db.update(mandates).set(changes).where(eq(mandates.id, id));
    },
    async deleteMandate(id) {
      await db.delete(mandates).where(eq(mandates.id, id));
    },
    async openMandatesOf(memberId, day) {
      const rows = await db
        .select()
        .from(mandates)
        .where(and(eq(mandates.memberId, memberId), or(isNull(mandates.endOn), gt(mandates.endOn, day))));
      return rows.map(toMandate);
    },
    async endMandatesOfBody(bodyId, endedOn) {
      await db
        .update(mandates)
        .set({ endOn: endedOn })
        .where(and(eq(mandates.bodyId, bodyId), or(isNull(mandates.endOn), gte(mandates.endOn, endedOn))));
    },
  };
}
