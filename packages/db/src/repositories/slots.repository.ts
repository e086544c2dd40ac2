import type {
  CalendarFeedRecord,
  ChannelOfferCount,
  ConsultationType,
  OfferCount,
  RotaShiftRecord,
  SlotChannel,
  SlotRecord,
  SlotSeriesRecord,
  SlotStatus,
  SlotsRepository,
} from '@maillon/domain';
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  calendarFeeds,
  cpts,
  cptsUnits,
  professionalActivities,
  professionals,
  rotaShifts,
  slotBookings,
  slotQuotas,
  slotSeries,
  slots,
  units,
} from '../schema/index.ts';

type SlotRow = typeof slots.$inferSelect;
type SeriesRow = typeof slotSeries.$inferSelect;

const toSlot = (row: SlotRow): SlotRecord => ({
  id: row.id,
  cptsId: row.cptsId,
  seriesId: row.seriesId,
  idNatPs: row.idNatPs,
  displayName: row.displayName,
  professionCode: row.professionCode,
  specialtyCode: row.specialtyCode,
  unitCode: row.unitCode,
  departementCode: row.departementCode,
  address: row.address,
  startAt: row.startAt,
  endAt: row.endAt,
  consultationType: row.consultationType as ConsultationType,
  visibility: row.visibility as SlotChannel[],
  status: row.status as SlotStatus,
  heldUntil: row.heldUntil,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  isDemo: row.isDemo,
});

const toSeries = (row: SeriesRow): SlotSeriesRecord => ({
  id: row.id,
  cptsId: row.cptsId,
  idNatPs: row.idNatPs,
  displayName: row.displayName,
  professionCode: row.professionCode,
  specialtyCode: row.specialtyCode,
  unitCode: row.unitCode,
  address: row.address,
  consultationType: row.consultationType as ConsultationType,
  visibility: row.visibility as SlotChannel[],
  dtstart: row.dtstart,
  durationMinutes: row.durationMinutes,
  rrule: row.rrule,
  tzid: row.tzid,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  endedAt: row.endedAt,
  isDemo: row.isDemo,
});

const toShift = (row: typeof rotaShifts.$inferSelect): RotaShiftRecord => ({ ...row });

/** A slot that can still be withdrawn or edited: free, or held by a lapsed hold. */
const stillFree = (now: Date) => or(eq(slots.status, 'free'), and(eq(slots.status, 'held'), lt(slots.heldUntil, now)));

export function createSlotsRepository(db: Db): SlotsRepository {
  return {
    async professional(idNatPs) {
      const person = (
        await db
          .select({
            firstName: professionals.firstName,
            lastName: professionals.lastName,
            professionCode: professionals.professionCode,
            professionLabel: professionals.professionLabel,
          })
          .from(professionals)
          .where(and(eq(professionals.idNatPs, idNatPs), eq(professionals.present, true)))
      )[0];
      if (!person) return null;
      const activities = await db
        .selectDistinct({
          unitCode: professionalActivities.unitCode,
          departementCode: units.departementCode,
          townLabel: professionalActivities.townLabel,
          address: professionalActivities.address,
          postalCode: professionalActivities.postalCode,
          specialtyCode: professionalActivities.specialtyCode,
        })
        .from(professionalActivities)
        .innerJoin(units, eq(units.code, professionalActivities.unitCode))
        .where(
          and(
            eq(professionalActivities.idNatPs, idNatPs),
            eq(professionalActivities.present, true),
            isNotNull(professionalActivities.unitCode),
            isNotNull(units.departementCode),
          ),
        )
        .orderBy(asc(professionalActivities.unitCode));
      if (activities.length === 0) return null;
      const seen = new Set<string>();
      return {
        idNatPs,
        displayName: `${person.firstName} ${person.lastName}`.trim(),
        professionCode: person.professionCode,
        professionLabel: person.professionLabel,
        practices: activities
          .filter((a) => !seen.has(a.unitCode ?? '') && seen.add(a.unitCode ?? ''))
          .map((a) => ({
            unitCode: a.unitCode ?? '',
            departementCode: a.departementCode ?? '',
            townLabel: a.townLabel,
            address: [a.address, [a.postalCode, a.townLabel].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null,
            specialtyCode: a.specialtyCode,
          })),
      };
    },
    async cptsServing(unitCodes) {
      if (unitCodes.length === 0) return [];
      const rows = await db
        .select({ id: cptsUnits.cptsId, name: cpts.name, unitCode: cptsUnits.unitCode })
        .from(cptsUnits)
        .innerJoin(cpts, eq(cpts.id, cptsUnits.cptsId))
        .where(inArray(cptsUnits.unitCode, [...unitCodes]));
      const byId = new Map<string, { id: string; name: string; unitCodes: string[] }>();
      for (const row of rows) {
        const entry = byId.get(row.id) ?? { id: row.id, name: row.name, unitCodes: [] };
        entry.unitCodes.push(row.unitCode);
        byId.set(row.id, entry);
      }
      return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
    async territoryGps(cptsId) {
      const rows = await db
        .selectDistinct({ idNatPs: professionals.idNatPs, firstName: professionals.firstName, lastName: professionals.lastName })
        .from(professionals)
        .innerJoin(professionalActivities, eq(professionalActivities.idNatPs, professionals.idNatPs))
        .innerJoin(cptsUnits, eq(cptsUnits.unitCode, professionalActivities.unitCode))
        .where(
          and(
            eq(cptsUnits.cptsId, cptsId),
            eq(professionals.present, true),
            eq(professionalActivities.present, true),
            eq(professionalActivities.generalPractice, true),
          ),
        )
        .orderBy(asc(professionals.lastName), asc(professionals.firstName))
        .limit(1000);
      return rows.map((r) => ({ idNatPs: r.idNatPs, displayName: `${r.firstName} ${r.lastName}`.trim() }));
    },
    async slotsOf(idNatPs, from, to) {
      const rows = await db
        .select()
        .from(slots)
        .where(and(eq(slots.idNatPs, idNatPs), gte(slots.startAt, from), lt(slots.startAt, to)))
        .orderBy(asc(slots.startAt));
      return rows.map(toSlot);
    },
    async liveSlotsMeeting(idNatPs, from, to) {
      const rows = await db
        .select()
        .from(slots)
        .where(and(eq(slots.idNatPs, idNatPs), ne(slots.status, 'withdrawn'), lt(slots.startAt, to), gt(slots.endAt, from)))
        .orderBy(asc(slots.startAt));
      return rows.map(toSlot);
    },
    async slot(id, options) {
      const query = db.select().from(slots).where(eq(slots.id, id));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toSlot(rows[0]) : null;
    },
    async insertSlots(records) {
      let added = 0;
      // Batches keep each statement's parameters well under PostgreSQL's limit.
      for (let i = 0; i < records.length; i += 200) {
        const batch = records.slice(i, i + 200);
        const inserted = await db
          .insert(slots)
          .values(batch.map((r) => ({ ...r })))
          .onConflictDoNothing()
          .returning({ id: slots.id });
        added += inserted.length;
      }
      return added;
    },
    async updateFreeSlot(id, changes) {
      const rows = await db
        .update(slots)
        .set(changes)
        .where(and(eq(slots.id, id), stillFree(changes.updatedAt)))
        .returning({ id: slots.id });
      return rows.length > 0;
    },
    async withdrawFree(ids, now) {
      if (ids.length === 0) return [];
      const rows = await db
        .update(slots)
        .set({ status: 'withdrawn', heldUntil: null, heldBy: null, updatedAt: now })
        .where(and(inArray(slots.id, [...ids]), stillFree(now)))
        .returning({ id: slots.id });
      return rows.map((r) => r.id);
    },
    async seriesSlotsFrom(seriesId, from) {
      const rows = await db
        .select()
        .from(slots)
        .where(and(eq(slots.seriesId, seriesId), gte(slots.startAt, from)))
        .orderBy(asc(slots.startAt));
      return rows.map(toSlot);
    },
    async insertSeries(record) {
      await db.insert(slotSeries).values({ ...record });
    },
    async series(id) {
      const rows = await db.select().from(slotSeries).where(eq(slotSeries.id, id));
      return rows[0] ? toSeries(rows[0]) : null;
    },
    async seriesOf(idNatPs) {
      const rows = await db.select().from(slotSeries).where(eq(slotSeries.idNatPs, idNatPs)).orderBy(asc(slotSeries.dtstart));
      return rows.map(toSeries);
    },
    async endSeries(id, at) {
      await db.update(slotSeries).set({ endedAt: at }).where(eq(slotSeries.id, id));
    },
    async runningSeries(now, limit) {
      const rows = await db
        .select()
        .from(slotSeries)
        .where(or(isNull(slotSeries.endedAt), gt(slotSeries.endedAt, now)))
        .orderBy(asc(slotSeries.id))
        .limit(limit);
      return rows.map(toSeries);
    },
    async quotas(cptsId, idNatPs) {
      const rows = await db
        .select()
        .from(slotQuotas)
        .where(and(eq(slotQuotas.cptsId, cptsId), eq(slotQuotas.idNatPs, idNatPs)));
      return Object.fromEntries(rows.map((r) => [r.channel, r.perWeek]));
    },
    async setQuotas(cptsId, idNatPs, quotas) {
      await db.delete(slotQuotas).where(and(eq(slotQuotas.cptsId, cptsId), eq(slotQuotas.idNatPs, idNatPs)));
      const values = Object.entries(quotas).map(([channel, perWeek]) => ({ cptsId, idNatPs, channel, perWeek: perWeek ?? 0 }));
      if (values.length > 0) await db.insert(slotQuotas).values(values);
    },
    async bookedChannels(idNatPs, from, to) {
      const rows = await db
        .select({ startAt: slots.startAt, channel: slotBookings.channel })
        .from(slotBookings)
        .innerJoin(slots, eq(slots.id, slotBookings.slotId))
        .where(and(eq(slots.idNatPs, idNatPs), ne(slotBookings.status, 'cancelled'), gte(slots.startAt, from), lt(slots.startAt, to)));
      return rows.map((r) => ({ startAt: r.startAt, channel: r.channel as SlotChannel }));
    },
    async activeFeed(userId) {
      const rows = await db
        .select()
        .from(calendarFeeds)
        .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
      return (rows[0] as CalendarFeedRecord | undefined) ?? null;
    },
    async feedByTokenHash(tokenHash) {
      const rows = await db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
      return (rows[0] as CalendarFeedRecord | undefined) ?? null;
    },
    async insertFeed(record) {
      await db.insert(calendarFeeds).values({ ...record });
    },
    async revokeFeeds(userId, at) {
      const rows = await db
        .update(calendarFeeds)
        .set({ revokedAt: at })
        .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
        .returning({ id: calendarFeeds.id });
      return rows.length;
    },
    async touchFeed(id, at) {
      await db.update(calendarFeeds).set({ lastReadAt: at }).where(eq(calendarFeeds.id, id));
    },
    async offerCounts(cptsId, from, to) {
      const window = sql`s.cpts_id = ${cptsId} and s.start_at >= ${from.toISOString()} and s.start_at < ${to.toISOString()} and s.status <> 'withdrawn'`;
      const day = sql`to_char(s.start_at at time zone 'Europe/Paris', 'YYYY-MM-DD')`;
      type Row = { day: string; key: string; status: string; n: number };
      const bySlot = (await db.execute(sql`
        select ${day} as day, s.consultation_type as key, s.status, count(*)::int as n
        from ${slots} s where ${window} group by 1, 2, 3 order by 1, 2, 3`)) as unknown as { rows: Row[] };
      const byChannel = (await db.execute(sql`
        select ${day} as day, channel as key, s.status, count(*)::int as n
        from ${slots} s cross join lateral unnest(s.visibility) as channel
        where ${window} group by 1, 2, 3 order by 1, 2, 3`)) as unknown as { rows: Row[] };
      return {
        slots: bySlot.rows.map(
          (r): OfferCount => ({
            day: r.day,
            consultationType: r.key as ConsultationType,
            status: r.status as SlotStatus,
            count: Number(r.n),
          }),
        ),
        channels: byChannel.rows.map(
          (r): ChannelOfferCount => ({ day: r.day, channel: r.key as SlotChannel, status: r.status as SlotStatus, count: Number(r.n) }),
        ),
      };
    },
    async shifts(cptsId, from, to) {
      const rows = await db
        .select()
        .from(rotaShifts)
        .where(and(eq(rotaShifts.cptsId, cptsId), lt(rotaShifts.startAt, to), gt(rotaShifts.endAt, from)))
        .orderBy(asc(rotaShifts.startAt));
      return rows.map(toShift);
    },
    async shift(id) {
      const rows = await db.select().from(rotaShifts).where(eq(rotaShifts.id, id));
      return rows[0] ? toShift(rows[0]) : null;
    },
    async insertShift(record) {
      await db.insert(rotaShifts).values({ ...record });
    },
    async deleteShift(id) {
      await db.delete(rotaShifts).where(eq(rotaShifts.id, id));
    },
  };
}
