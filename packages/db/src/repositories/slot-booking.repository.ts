import type {
  BookableSlotRecord,
  BookingStatus,
  BookingWithSlot,
  ConsultationType,
  SlotBookingRecord,
  SlotBookingRepository,
  SlotChannel,
  SlotStatus,
  SlotUseRow,
} from '@maillon/domain';
import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { slotBookings, slotQuotas, slots } from '../schema/index.ts';

type SlotRow = typeof slots.$inferSelect;
type BookingRow = typeof slotBookings.$inferSelect;

const toSlot = (r: Omit<SlotRow, 'seriesId' | 'createdAt' | 'updatedAt'>): BookableSlotRecord => ({
  id: r.id,
  cptsId: r.cptsId,
  idNatPs: r.idNatPs,
  displayName: r.displayName,
  professionCode: r.professionCode,
  specialtyCode: r.specialtyCode,
  unitCode: r.unitCode,
  departementCode: r.departementCode,
  address: r.address,
  startAt: r.startAt,
  endAt: r.endAt,
  consultationType: r.consultationType as ConsultationType,
  visibility: r.visibility as SlotChannel[],
  status: r.status as SlotStatus,
  heldUntil: r.heldUntil,
  heldBy: r.heldBy,
  isDemo: r.isDemo,
});

const toBooking = (r: BookingRow): SlotBookingRecord => ({
  ...r,
  channel: r.channel as SlotChannel,
  status: r.status as BookingStatus,
  source: r.source as SlotBookingRecord['source'],
});

/** The columns a search reads; in its JSON rows they keep their SQL names. */
const SEARCHED = {
  id: slots.id,
  cptsId: slots.cptsId,
  idNatPs: slots.idNatPs,
  displayName: slots.displayName,
  professionCode: slots.professionCode,
  specialtyCode: slots.specialtyCode,
  unitCode: slots.unitCode,
  departementCode: slots.departementCode,
  address: slots.address,
  startAt: slots.startAt,
  endAt: slots.endAt,
  consultationType: slots.consultationType,
  visibility: slots.visibility,
  status: slots.status,
  heldUntil: slots.heldUntil,
  heldBy: slots.heldBy,
  isDemo: slots.isDemo,
};

interface SearchedJson {
  id: string;
  cpts_id: string;
  id_nat_ps: string;
  display_name: string;
  profession_code: string;
  specialty_code: string | null;
  unit_code: string;
  departement_code: string;
  address: string | null;
  start_at: string;
  end_at: string;
  consultation_type: string;
  visibility: string[];
  status: string;
  held_until: string | null;
  held_by: string | null;
  is_demo: boolean;
}

const fromJson = (r: SearchedJson): BookableSlotRecord =>
  toSlot({
    id: r.id,
    cptsId: r.cpts_id,
    idNatPs: r.id_nat_ps,
    displayName: r.display_name,
    professionCode: r.profession_code,
    specialtyCode: r.specialty_code,
    unitCode: r.unit_code,
    departementCode: r.departement_code,
    address: r.address,
    startAt: new Date(r.start_at),
    endAt: new Date(r.end_at),
    consultationType: r.consultation_type,
    visibility: r.visibility,
    status: r.status,
    heldUntil: r.held_until === null ? null : new Date(r.held_until),
    heldBy: r.held_by,
    isDemo: r.is_demo,
  });

/** Free, or held by a hold that has expired (slot-vocabulary.ts `isBookable`). */
const bookable = (now: Date) => or(eq(slots.status, 'free'), and(eq(slots.status, 'held'), lte(slots.heldUntil, now)));

export function createSlotBookingRepository(db: Db): SlotBookingRepository {
  const withSlots = async (where: ReturnType<typeof and>, order: 'asc' | 'desc'): Promise<BookingWithSlot[]> => {
    const rows = await db
      .select({ booking: slotBookings, slot: slots })
      .from(slotBookings)
      .innerJoin(slots, eq(slots.id, slotBookings.slotId))
      .where(where)
      .orderBy(order === 'asc' ? asc(slots.startAt) : desc(slots.startAt), asc(slotBookings.bookedAt))
      .limit(1000);
    return rows.map((r) => ({ booking: toBooking(r.booking), slot: toSlot(r.slot) }));
  };
  return {
    async search(q) {
      if (q.departementCodes.length === 0 || q.channels.length === 0) return [];
      // The predicate repeats the partial index's (status IN ('free','held')) so the planner uses
      // slots_search_idx: one range (departement_code, start_at) per département.
      const found = db
        .select(SEARCHED)
        .from(slots)
        .where(
          and(
            q.departementCodes.length === 1
              ? eq(slots.departementCode, q.departementCodes[0] as string)
              : inArray(slots.departementCode, [...q.departementCodes]),
            gte(slots.startAt, q.from),
            lt(slots.startAt, q.to),
            // A literal, not a parameter: the planner proves the partial index's predicate from it.
            sql`${slots.status} in ('free', 'held')`,
            bookable(q.now),
            eq(slots.consultationType, q.consultationType),
            q.professionCode ? eq(slots.professionCode, q.professionCode) : undefined,
            q.specialtyCode ? eq(slots.specialtyCode, q.specialtyCode) : undefined,
            sql`${slots.visibility} && ${sql.raw(`ARRAY[${q.channels.map((c) => `'${c.replace(/[^A-Z]/g, '')}'`).join(',')}]`)}::text[]`,
          ),
        )
        .orderBy(asc(slots.startAt))
        .limit(q.limit)
        .as('found');
      // The rows come back as one JSON value: PGlite decodes each field of each row in JavaScript
      // (200 rows × 17 fields cost 6 ms there, against 1.5 ms to run the query); one JSON.parse is
      // a fraction of that, and node-postgres gains too (issue #10, performance).
      const [result] = await db
        .select({ rows: sql<SearchedJson[] | null>`json_agg(${sql.raw('"found"')} order by ${found.startAt}, ${found.id})` })
        .from(found);
      return (result?.rows ?? []).map(fromJson);
    },
    async slot(id, options) {
      const query = db.select().from(slots).where(eq(slots.id, id));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toSlot(rows[0]) : null;
    },
    async hold(slotId, userId, now, until) {
      const rows = await db
        .update(slots)
        .set({ status: 'held', heldUntil: until, heldBy: userId, updatedAt: now })
        .where(and(eq(slots.id, slotId), bookable(now)))
        .returning();
      return rows[0] ? toSlot(rows[0]) : null;
    },
    async claim(slotId, userId, now) {
      const rows = await db
        .update(slots)
        .set({ status: 'booked', heldUntil: null, heldBy: null, updatedAt: now })
        .where(and(eq(slots.id, slotId), or(bookable(now), and(eq(slots.status, 'held'), eq(slots.heldBy, userId)))))
        .returning();
      return rows[0] ? toSlot(rows[0]) : null;
    },
    async insertBooking(record) {
      // The partial unique index slot_bookings_one_live is the last guard: a second live
      // booking of the slot inserts nothing (no error that would abort the transaction).
      const rows = await db.insert(slotBookings).values(record).onConflictDoNothing().returning({ id: slotBookings.id });
      return rows.length === 1;
    },
    async release(slotId, now) {
      await db.update(slots).set({ status: 'free', heldUntil: null, heldBy: null, updatedAt: now }).where(eq(slots.id, slotId));
    },
    async booking(id, options) {
      const query = db
        .select({ booking: slotBookings, slot: slots })
        .from(slotBookings)
        .innerJoin(slots, eq(slots.id, slotBookings.slotId))
        .where(eq(slotBookings.id, id));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? { booking: toBooking(rows[0].booking), slot: toSlot(rows[0].slot) } : null;
    },
    async setBookingStatus(id, status, at, cancelReason) {
      await db
        .update(slotBookings)
        .set({ status, statusAt: at, ...(cancelReason !== null ? { cancelReason } : {}) })
        .where(eq(slotBookings.id, id));
    },
    bookedBy: (userId, since) => withSlots(and(eq(slotBookings.bookedBy, userId), gte(slots.startAt, since)), 'desc'),
    ofProfessional: (idNatPs, since) => withSlots(and(eq(slots.idNatPs, idNatPs), gte(slots.startAt, since)), 'asc'),
    ofCpts: (cptsId, from, to) => withSlots(and(eq(slotBookings.cptsId, cptsId), gte(slots.startAt, from), lt(slots.startAt, to)), 'asc'),
    async releaseExpiredHolds(now) {
      const rows = await db
        .update(slots)
        .set({ status: 'free', heldUntil: null, heldBy: null, updatedAt: now })
        .where(and(eq(slots.status, 'held'), lte(slots.heldUntil, now)))
        .returning({ id: slots.id });
      return rows.length;
    },
    async quota(cptsId, idNatPs, channel) {
      const rows = await db
        .select({ perWeek: slotQuotas.perWeek })
        .from(slotQuotas)
        .where(and(eq(slotQuotas.cptsId, cptsId), eq(slotQuotas.idNatPs, idNatPs), eq(slotQuotas.channel, channel)));
      return rows[0] ? { channel, perWeek: rows[0].perWeek } : null;
    },
    async liveBookings(cptsId, idNatPs, channel, from, to) {
      const rows = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(slotBookings)
        .innerJoin(slots, eq(slots.id, slotBookings.slotId))
        .where(
          and(
            eq(slotBookings.cptsId, cptsId),
            eq(slots.idNatPs, idNatPs),
            eq(slotBookings.channel, channel),
            sql`${slotBookings.status} <> 'cancelled'`,
            gte(slots.startAt, from),
            lt(slots.startAt, to),
          ),
        );
      return Number(rows[0]?.n ?? 0);
    },
    async slotUse(cptsIds, from, to, timeZone) {
      if (cptsIds.length === 0) return [];
      const ids = sql.join(
        cptsIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const day = sql`to_char(s.start_at at time zone ${timeZone}, 'YYYY-MM-DD')`;
      const offered = (await db.execute(sql`
        select s.cpts_id as "cptsId", s.id_nat_ps as "idNatPs", max(s.display_name) as "displayName", ${day} as day, c.channel as channel,
          count(*)::int as offered
        from slots s, unnest(s.visibility) as c(channel)
        where s.cpts_id in (${ids}) and s.start_at >= ${from.toISOString()}::timestamptz and s.start_at < ${to.toISOString()}::timestamptz
          and s.status <> 'withdrawn'
        group by 1, 2, 4, 5`)) as unknown as {
        rows: { cptsId: string; idNatPs: string; displayName: string; day: string; channel: string; offered: number }[];
      };
      const booked = (await db.execute(sql`
        select s.cpts_id as "cptsId", s.id_nat_ps as "idNatPs", max(s.display_name) as "displayName", ${day} as day, b.channel as channel,
          count(*) filter (where b.status <> 'cancelled')::int as booked,
          count(*) filter (where b.status = 'fulfilled')::int as honoured,
          count(*) filter (where b.status = 'noshow')::int as noshow,
          count(*) filter (where b.status = 'cancelled')::int as cancelled
        from slot_bookings b join slots s on s.id = b.slot_id
        where s.cpts_id in (${ids}) and s.start_at >= ${from.toISOString()}::timestamptz and s.start_at < ${to.toISOString()}::timestamptz
        group by 1, 2, 4, 5`)) as unknown as {
        rows: {
          cptsId: string;
          idNatPs: string;
          displayName: string;
          day: string;
          channel: string;
          booked: number;
          honoured: number;
          noshow: number;
          cancelled: number;
        }[];
      };
      const rows = new Map<string, SlotUseRow & { cptsId: string }>();
      const key = (r: { cptsId: string; idNatPs: string; day: string; channel: string }) =>
        `${r.cptsId}|${r.idNatPs}|${r.day}|${r.channel}`;
      const row = (r: { cptsId: string; idNatPs: string; displayName: string; day: string; channel: string }) => {
        let found = rows.get(key(r));
        if (!found) {
          found = {
            cptsId: r.cptsId,
            idNatPs: r.idNatPs,
            displayName: r.displayName,
            day: r.day,
            channel: r.channel as SlotChannel,
            offered: 0,
            booked: 0,
            honoured: 0,
            noshow: 0,
            cancelled: 0,
          };
          rows.set(key(r), found);
        }
        return found;
      };
      for (const r of offered.rows) row(r).offered = Number(r.offered);
      for (const r of booked.rows) {
        const target = row(r);
        target.booked = Number(r.booked);
        target.honoured = Number(r.honoured);
        target.noshow = Number(r.noshow);
        target.cancelled = Number(r.cancelled);
      }
      return [...rows.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    },
  };
}
