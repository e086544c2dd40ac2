import type { ConsultationType, SlotChannel, SlotStatus } from '../slots/slot-vocabulary.ts';

/**
 * The storage contract of slot publication (issue #10 item 1, docs/reference/slots.md §1 and §5):
 * slots, recurring series, quotas, calendar feeds and the CPTS rota. Slots are not patient data;
 * the bookings hanging on them are (slot-booking-repository.ts).
 */

/** Who publishes: a professional of the directory and where they practise. */
export interface SlotOwner {
  idNatPs: string;
  displayName: string;
  professionCode: string;
  specialtyCode: string | null;
  /** The practice commune (INSEE code). */
  unitCode: string;
  address: string | null;
  consultationType: ConsultationType;
  visibility: SlotChannel[];
}

export interface SlotRecord extends SlotOwner {
  id: string;
  cptsId: string;
  seriesId: string | null;
  departementCode: string;
  startAt: Date;
  endAt: Date;
  status: SlotStatus;
  heldUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
  isDemo: boolean;
}

export interface SlotSeriesRecord extends SlotOwner {
  id: string;
  cptsId: string;
  dtstart: Date;
  durationMinutes: number;
  rrule: string;
  tzid: string;
  createdBy: string | null;
  createdAt: Date;
  /** Withdrawn from this instant: no occurrence at or after it is published any more. */
  endedAt: Date | null;
  isDemo: boolean;
}

/** A practice of a professional, from the directory (RPPS extraction). */
export interface ProfessionalPractice {
  unitCode: string;
  departementCode: string;
  townLabel: string | null;
  address: string | null;
  specialtyCode: string | null;
}

export interface ProfessionalEntry {
  idNatPs: string;
  displayName: string;
  professionCode: string;
  professionLabel: string;
  practices: ProfessionalPractice[];
}

export interface CalendarFeedRecord {
  id: string;
  userId: string;
  idNatPs: string;
  tokenHash: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastReadAt: Date | null;
}

export interface RotaShiftRecord {
  id: string;
  cptsId: string;
  idNatPs: string;
  displayName: string;
  startAt: Date;
  endAt: Date;
  createdBy: string | null;
  createdAt: Date;
  isDemo: boolean;
}

/** Slots of a CPTS counted per day (Europe/Paris), consultation type and status. */
export interface OfferCount {
  day: string;
  consultationType: ConsultationType;
  status: SlotStatus;
  count: number;
}

/** The same per channel: a slot open to two channels counts once on each. */
export interface ChannelOfferCount {
  day: string;
  channel: SlotChannel;
  status: SlotStatus;
  count: number;
}

export interface SlotsRepository {
  /** The professional if the directory lists them as present with at least one present practice in a known commune; else null. */
  professional(idNatPs: string): Promise<ProfessionalEntry | null>;
  /** CPTS whose territory holds one of these communes, by name. */
  cptsServing(unitCodes: readonly string[]): Promise<{ id: string; name: string; unitCodes: string[] }[]>;
  /** General practitioners practising in the CPTS's territory (the rota's candidates), by name. */
  territoryGps(cptsId: string): Promise<{ idNatPs: string; displayName: string }[]>;

  /** A professional's slots starting in [from, to), every status, by start. */
  slotsOf(idNatPs: string, from: Date, to: Date): Promise<SlotRecord[]>;
  /** A professional's slots that are not withdrawn and meet [from, to) (for the overlap rule). */
  liveSlotsMeeting(idNatPs: string, from: Date, to: Date): Promise<SlotRecord[]>;
  /** `forUpdate` locks the row so that an edit and a booking are serialised. */
  slot(id: string, options?: { forUpdate?: boolean }): Promise<SlotRecord | null>;
  /** Inserts slots; an occurrence of a series already materialised is skipped. Returns how many were added. */
  insertSlots(records: readonly SlotRecord[]): Promise<number>;
  /** Changes a free slot's channels and type; false when the slot is no longer free. */
  updateFreeSlot(id: string, changes: { visibility: SlotChannel[]; consultationType: ConsultationType; updatedAt: Date }): Promise<boolean>;
  /** Withdraws these slots if they are still free (or their hold lapsed); returns the ids withdrawn. */
  withdrawFree(ids: readonly string[], now: Date): Promise<string[]>;
  /** A series' slots starting at or after `from`, every status. */
  seriesSlotsFrom(seriesId: string, from: Date): Promise<SlotRecord[]>;

  insertSeries(record: SlotSeriesRecord): Promise<void>;
  series(id: string): Promise<SlotSeriesRecord | null>;
  seriesOf(idNatPs: string): Promise<SlotSeriesRecord[]>;
  /** Ends a series at `at` (occurrences from then on are not published any more). */
  endSeries(id: string, at: Date): Promise<void>;
  /** Series still running (not ended, or ended after `now`), for the periodic extension. */
  runningSeries(now: Date, limit: number): Promise<SlotSeriesRecord[]>;

  /** Quotas of a professional in a CPTS: bookings per ISO week per channel. */
  quotas(cptsId: string, idNatPs: string): Promise<Partial<Record<SlotChannel, number>>>;
  /** Replaces them (a channel absent is unlimited). */
  setQuotas(cptsId: string, idNatPs: string, quotas: Partial<Record<SlotChannel, number>>): Promise<void>;
  /** Live bookings (not cancelled) of a professional's slots starting in [from, to): when and through which channel. */
  bookedChannels(idNatPs: string, from: Date, to: Date): Promise<{ startAt: Date; channel: SlotChannel }[]>;

  /** The account's feed that is not revoked, if any. */
  activeFeed(userId: string): Promise<CalendarFeedRecord | null>;
  feedByTokenHash(tokenHash: string): Promise<CalendarFeedRecord | null>;
  insertFeed(record: CalendarFeedRecord): Promise<void>;
  /** Revokes every live feed of the account; returns how many. */
  revokeFeeds(userId: string, at: Date): Promise<number>;
  touchFeed(id: string, at: Date): Promise<void>;

  /** Counts of a CPTS's slots starting in [from, to), withdrawn ones left out. */
  offerCounts(cptsId: string, from: Date, to: Date): Promise<{ slots: OfferCount[]; channels: ChannelOfferCount[] }>;

  /** Shifts of a CPTS meeting [from, to), by start. */
  shifts(cptsId: string, from: Date, to: Date): Promise<RotaShiftRecord[]>;
  shift(id: string): Promise<RotaShiftRecord | null>;
  insertShift(record: RotaShiftRecord): Promise<void>;
  deleteShift(id: string): Promise<void>;
}
