import type { AssociationMembersRepository, MemberEvent, MemberKind, MemberRecord, MemberStatus, StructureType } from '@maillon/domain';
import { and, asc, desc, eq, inArray, isNotNull, like, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { dues, memberEvents, members } from '../schema/index.ts';

/** Events recorded in the same instant (a batch, a seed) read in lifecycle order. */
const EVENT_RANK = sql`case ${memberEvents.event} when 'requested' then 0 when 'added' then 0 when 'accepted' then 1 when 'refused' then 1 when 'updated' then 2 else 3 end`;

const toRecord = (row: typeof members.$inferSelect): MemberRecord => ({
  ...row,
  kind: row.kind as MemberKind,
  structureType: row.structureType as StructureType | null,
  status: row.status as MemberStatus,
});

export function createAssociationMembersRepository(db: Db): AssociationMembersRepository {
  return {
    async list(cptsId, filter = {}) {
      const conditions = [eq(members.cptsId, cptsId)];
      if (filter.status) conditions.push(eq(members.status, filter.status));
      if (filter.categoryId) conditions.push(eq(members.categoryId, filter.categoryId));
      const rows = await db
        .select()
        .from(members)
        .where(and(...conditions))
        .orderBy(sql`unaccent_fold(${members.displayName})`, asc(members.id));
      return rows.map(toRecord);
    },
    async get(cptsId, id) {
      const rows = await db
        .select()
        .from(members)
        .where(and(eq(members.cptsId, cptsId), eq(members.id, id)));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async byIdNatPs(idNatPs) {
      const rows = await db.select().from(members).where(eq(members.idNatPs, idNatPs)).orderBy(desc(members.requestedAt));
      return rows.map(toRecord);
    },
    async create(member) {
      await db.insert(members).values(member);
    },
    async update(id, changes) {
      await db.update(members).set(changes).where(eq(members.id, id));
    },
    async appendEvent(event) {
      await db.insert(memberEvents).values(event);
    },
    async events(memberId) {
      const rows = await db
        .select()
        .from(memberEvents)
        .where(eq(memberEvents.memberId, memberId))
        .orderBy(asc(memberEvents.occurredAt), EVENT_RANK, asc(memberEvents.id));
      return rows.map((r) => ({ ...r, event: r.event as MemberEvent }));
    },
    async duesOf(memberIds, year) {
      if (memberIds.length === 0) return [];
      const conditions = [inArray(dues.memberId, [...memberIds])];
      if (year !== undefined) conditions.push(eq(dues.year, year));
      return db
        .select()
        .from(dues)
        .where(and(...conditions))
        .orderBy(desc(dues.year));
    },
    async receiptNumbers(cptsId, year) {
      const rows = await db
        .select({ number: dues.receiptNumber })
        .from(dues)
        .innerJoin(members, eq(members.id, dues.memberId))
        .where(and(eq(members.cptsId, cptsId), isNotNull(dues.receiptNumber), like(dues.receiptNumber, `${year}-%`)));
      return rows.map((r) => r.number as string);
    },
    async saveDues(row) {
      await db
        .insert(dues)
        .values(row)
        .onConflictDoUpdate({
          target: [dues.memberId, dues.year],
          set: { amountCents: row.amountCents, paidOn: row.paidOn, receiptNumber: row.receiptNumber },
        });
    },
  };
}
