import type {
  BookingStatus,
  ConsultationType,
  FhirBookableSlot,
  FhirClientRecord,
  FhirRepository,
  SlotChannel,
  SlotStatus,
} from '@maillon/domain';
import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { cpts, fhirClients, professionals, slotBookings, slots, units } from '../schema/index.ts';

type ClientRow = typeof fhirClients.$inferSelect;

const toClient = (row: ClientRow): FhirClientRecord => ({
  id: row.id,
  name: row.name,
  departementCodes: row.departementCodes,
  createdAt: row.createdAt,
  revokedAt: row.revokedAt,
  lastUsedAt: row.lastUsedAt,
});

/** last_used_at is written at most once a minute per client (docs/reference/slots.md §4). */
const TOUCH_INTERVAL_MS = 60_000;

export function createFhirRepository(db: Db): FhirRepository {
  return {
    async clientByTokenHash(tokenHash) {
      const rows = await db.select().from(fhirClients).where(eq(fhirClients.tokenHash, tokenHash));
      return rows[0] ? toClient(rows[0]) : null;
    },
    async touchClient(id, at) {
      const before = new Date(at.getTime() - TOUCH_INTERVAL_MS);
      await db
        .update(fhirClients)
        .set({ lastUsedAt: at })
        .where(and(eq(fhirClients.id, id), or(isNull(fhirClients.lastUsedAt), lte(fhirClients.lastUsedAt, before))));
    },
    async addClient(client) {
      await db.insert(fhirClients).values(client);
    },
    async clients() {
      const rows = await db.select().from(fhirClients).orderBy(desc(fhirClients.createdAt), asc(fhirClients.name));
      return rows.map(toClient);
    },
    async revokeClient(id, at) {
      const rows = await db
        .update(fhirClients)
        .set({ revokedAt: at })
        .where(and(eq(fhirClients.id, id), isNull(fhirClients.revokedAt)))
        .returning({ id: fhirClients.id });
      return rows.length > 0;
    },

    async searchSlots(query) {
      if (query.idNatPs.length === 0 || query.departementCodes?.length === 0) return [];
      const bookable = or(
        eq(slots.status, 'free'),
        and(eq(slots.status, 'held'), sql`${slots.heldUntil} IS NOT NULL AND ${slots.heldUntil} <= ${query.now}`),
      );
      const statuses = query.includeBusy ? ne(slots.status, 'withdrawn') : bookable;
      // One query: the slots with their practice commune, CPTS and directory name (no query per slot).
      const rows = await db
        .select({
          id: slots.id,
          cptsId: slots.cptsId,
          idNatPs: slots.idNatPs,
          displayName: slots.displayName,
          professionCode: slots.professionCode,
          specialtyCode: slots.specialtyCode,
          unitCode: slots.unitCode,
          unitName: units.name,
          postalCodes: units.postalCodes,
          address: slots.address,
          startAt: slots.startAt,
          endAt: slots.endAt,
          consultationType: slots.consultationType,
          visibility: slots.visibility,
          status: slots.status,
          heldUntil: slots.heldUntil,
          isDemo: slots.isDemo,
          firstName: professionals.firstName,
          lastName: professionals.lastName,
          cptsName: cpts.name,
          cptsFiness: cpts.finess,
          cptsPhone: cpts.phone,
        })
        .from(slots)
        .innerJoin(units, eq(units.code, slots.unitCode))
        .innerJoin(cpts, eq(cpts.id, slots.cptsId))
        .leftJoin(professionals, eq(professionals.idNatPs, slots.idNatPs))
        .where(
          and(
            inArray(slots.idNatPs, [...query.idNatPs]),
            gte(slots.startAt, query.from),
            lte(slots.startAt, query.to),
            query.departementCodes ? inArray(slots.departementCode, [...query.departementCodes]) : undefined,
            statuses,
          ),
        )
        .orderBy(asc(slots.startAt), asc(slots.id));
      return rows.map(({ postalCodes, ...row }) => ({
        ...row,
        postalCode: postalCodes[0] ?? null,
        consultationType: row.consultationType as ConsultationType,
        visibility: row.visibility as SlotChannel[],
        status: row.status as SlotStatus,
      }));
    },
    async lockSlot(id) {
      const rows = await db
        .select({
          id: slots.id,
          cptsId: slots.cptsId,
          idNatPs: slots.idNatPs,
          departementCode: slots.departementCode,
          startAt: slots.startAt,
          endAt: slots.endAt,
          visibility: slots.visibility,
          status: slots.status,
          heldUntil: slots.heldUntil,
          isDemo: slots.isDemo,
        })
        .from(slots)
        .where(eq(slots.id, id))
        .for('update');
      const row = rows[0];
      return row
        ? ({ ...row, visibility: row.visibility as SlotChannel[], status: row.status as SlotStatus } satisfies FhirBookableSlot)
        : null;
    },
    async slotAt(idNatPs, startAt) {
      const rows = await db
        .select({ id: slots.id })
        .from(slots)
        .where(and(eq(slots.idNatPs, idNatPs), eq(slots.startAt, startAt), ne(slots.status, 'withdrawn')))
        .limit(1);
      return rows[0]?.id ?? null;
    },
    async sasBooking(externalId) {
      const rows = await db
        .select({
          id: slotBookings.id,
          slotId: slotBookings.slotId,
          cptsId: slotBookings.cptsId,
          status: slotBookings.status,
          externalId: slotBookings.externalId,
          operatorIdentifier: slotBookings.operatorIdentifier,
          bookedAt: slotBookings.bookedAt,
          statusAt: slotBookings.statusAt,
        })
        .from(slotBookings)
        .where(and(eq(slotBookings.source, 'sas'), eq(slotBookings.externalId, externalId)));
      const row = rows[0];
      return row ? { ...row, status: row.status as BookingStatus, externalId: row.externalId ?? externalId } : null;
    },
    async insertSasBooking(booking) {
      await db.insert(slotBookings).values({
        id: booking.id,
        slotId: booking.slotId,
        cptsId: booking.cptsId,
        channel: booking.channel,
        status: 'booked',
        source: 'sas',
        externalId: booking.externalId,
        operatorIdentifier: booking.operatorIdentifier,
        patientLastName: booking.patientLastName,
        patientFirstName: booking.patientFirstName,
        patientBirthDate: booking.patientBirthDate,
        bookedAt: booking.at,
        statusAt: booking.at,
        isDemo: booking.isDemo,
      });
    },
    async setBookingStatus(id, status, at) {
      await db.update(slotBookings).set({ status, statusAt: at }).where(eq(slotBookings.id, id));
    },
    async setSlotStatus(id, status, at) {
      await db
        .update(slots)
        .set({ status, updatedAt: at, ...(status === 'free' ? { heldUntil: null, heldBy: null } : {}) })
        .where(eq(slots.id, id));
    },
  };
}
