import type { SlotUseRow } from '../slots/slot-use.ts';
import type { BookingStatus, ConsultationType, SlotChannel, SlotStatus } from '../slots/slot-vocabulary.ts';

/** The storage contract of regulation and booking (issue #10 items 2–3, docs/reference/slots.md §2–3, §6). */

/** A slot as search and booking read it. */
export interface BookableSlotRecord {
  id: string;
  cptsId: string;
  idNatPs: string;
  displayName: string;
  professionCode: string;
  specialtyCode: string | null;
  unitCode: string;
  departementCode: string;
  address: string | null;
  startAt: Date;
  endAt: Date;
  consultationType: ConsultationType;
  visibility: SlotChannel[];
  status: SlotStatus;
  heldUntil: Date | null;
  heldBy: string | null;
  isDemo: boolean;
}

export interface SlotBookingRecord {
  id: string;
  slotId: string;
  cptsId: string;
  channel: SlotChannel;
  status: BookingStatus;
  source: 'maillon' | 'sas';
  externalId: string | null;
  patientLastName: string | null;
  patientFirstName: string | null;
  patientBirthDate: string | null;
  patientPhone: string | null;
  patientEmail: string | null;
  patientUnitCode: string | null;
  need: string | null;
  bookedBy: string | null;
  bookedAt: Date;
  statusAt: Date;
  cancelReason: string | null;
  isDemo: boolean;
}

/** A booking with its slot (lists and detail). */
export interface BookingWithSlot {
  booking: SlotBookingRecord;
  slot: BookableSlotRecord;
}

export interface SlotSearchQuery {
  departementCodes: readonly string[];
  from: Date;
  to: Date;
  consultationType: ConsultationType;
  professionCode: string | null;
  specialtyCode: string | null;
  /** Only slots open to one of these channels. */
  channels: readonly SlotChannel[];
  now: Date;
  limit: number;
}

export interface SlotBookingRepository {
  /**
   * Bookable slots (free, or held past their hold) of these départements starting in
   * [from, to), earliest first: one range of `slots_search_idx` per département.
   */
  search(query: SlotSearchQuery): Promise<BookableSlotRecord[]>;
  slot(id: string, options?: { forUpdate?: boolean }): Promise<BookableSlotRecord | null>;
  /**
   * Holds a bookable slot for `userId` until `until`, in one conditional UPDATE: null when the
   * slot is no longer bookable (another regulator was first).
   */
  hold(slotId: string, userId: string, now: Date, until: Date): Promise<BookableSlotRecord | null>;
  /**
   * Marks the slot booked if it is free, held past its hold, or held by `userId`: null otherwise.
   * Run it in the booking's transaction: the row stays locked until the commit.
   */
  claim(slotId: string, userId: string, now: Date): Promise<BookableSlotRecord | null>;
  /** Inserts a booking; false when the slot already has a live one (unique index `slot_bookings_one_live`). */
  insertBooking(record: SlotBookingRecord): Promise<boolean>;
  /** Frees a booked slot (its booking cancelled). */
  release(slotId: string, now: Date): Promise<void>;
  booking(id: string, options?: { forUpdate?: boolean }): Promise<BookingWithSlot | null>;
  setBookingStatus(id: string, status: BookingStatus, at: Date, cancelReason: string | null): Promise<void>;
  /** Bookings made by this user since `since`, latest slot first. */
  bookedBy(userId: string, since: Date): Promise<BookingWithSlot[]>;
  /** Bookings of the slots of this professional (national id) starting from `since`. */
  ofProfessional(idNatPs: string, since: Date): Promise<BookingWithSlot[]>;
  /** Bookings of a CPTS's slots starting in [from, to). */
  ofCpts(cptsId: string, from: Date, to: Date): Promise<BookingWithSlot[]>;
  /** Resets holds past `now` to free; the number reset. */
  releaseExpiredHolds(now: Date): Promise<number>;
  quota(cptsId: string, idNatPs: string, channel: SlotChannel): Promise<{ channel: SlotChannel; perWeek: number } | null>;
  /** Live (not cancelled) bookings through `channel` of the professional's slots starting in [from, to). */
  liveBookings(cptsId: string, idNatPs: string, channel: SlotChannel, from: Date, to: Date): Promise<number>;
  /** Slot use of these CPTS for slots starting in [from, to), per professional, day (in `timeZone`) and channel. */
  slotUse(cptsIds: readonly string[], from: Date, to: Date, timeZone: string): Promise<(SlotUseRow & { cptsId: string })[]>;
}
