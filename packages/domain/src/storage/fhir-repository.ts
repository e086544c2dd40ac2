import type { BookingStatus, ConsultationType, SlotChannel, SlotStatus } from '../slots/slot-vocabulary.ts';

/**
 * Storage of the SAS FHIR interface (issue #10 item 4, docs/reference/slots.md §4): the software
 * clients allowed on /fhir, the slot search the SAS platform runs, and the appointment feedback
 * it sends back (bookings with source `sas`).
 */

/** A software client of /fhir (the SAS platform of one or more départements). */
export interface FhirClientRecord {
  id: string;
  name: string;
  /** Départements whose slots it reads and books; null: every département. */
  departementCodes: string[] | null;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface NewFhirClient {
  id: string;
  name: string;
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  tokenHash: string;
  departementCodes: string[] | null;
  createdAt: Date;
}

/** What the search asks for: one window, 1–25 professionals, the clients' départements. */
export interface FhirSlotQuery {
  from: Date;
  to: Date;
  idNatPs: readonly string[];
  /** null: every département. */
  departementCodes: readonly string[] | null;
  /** Also booked slots and live holds (shown `busy`), not only bookable ones. */
  includeBusy: boolean;
  /** A hold that lapsed before this instant counts as free. */
  now: Date;
}

/**
 * One slot with what its Bundle needs around it (practitioner, practice commune, CPTS), read in
 * one query so that a search never runs a query per slot.
 */
export interface FhirSlotRow {
  id: string;
  cptsId: string;
  idNatPs: string;
  displayName: string;
  professionCode: string;
  specialtyCode: string | null;
  unitCode: string;
  unitName: string;
  postalCode: string | null;
  address: string | null;
  startAt: Date;
  endAt: Date;
  consultationType: ConsultationType;
  visibility: SlotChannel[];
  status: SlotStatus;
  heldUntil: Date | null;
  isDemo: boolean;
  /** From the directory when it knows the professional. */
  firstName: string | null;
  lastName: string | null;
  cptsName: string;
  cptsFiness: string | null;
  cptsPhone: string | null;
}

/** A slot as appointment feedback sees it (read locked within the feedback's transaction). */
export interface FhirBookableSlot {
  id: string;
  cptsId: string;
  idNatPs: string;
  departementCode: string;
  startAt: Date;
  endAt: Date;
  visibility: SlotChannel[];
  status: SlotStatus;
  heldUntil: Date | null;
  isDemo: boolean;
}

export interface SasBookingRecord {
  id: string;
  slotId: string;
  cptsId: string;
  status: BookingStatus;
  /** "<system>|<value>" of Appointment.identifier. */
  externalId: string;
  operatorIdentifier: string | null;
  bookedAt: Date;
  statusAt: Date;
}

export interface NewSasBooking {
  id: string;
  slotId: string;
  cptsId: string;
  channel: SlotChannel;
  externalId: string;
  operatorIdentifier: string;
  patientLastName: string | null;
  patientFirstName: string | null;
  patientBirthDate: string | null;
  at: Date;
  isDemo: boolean;
}

export interface FhirRepository {
  /** The client holding this token hash, revoked or not; null when unknown. */
  clientByTokenHash(tokenHash: string): Promise<FhirClientRecord | null>;
  /** Marks the client used at `at` unless it was marked less than a minute before (one write a minute at most). */
  touchClient(id: string, at: Date): Promise<void>;
  addClient(client: NewFhirClient): Promise<void>;
  /** Every client, newest first. */
  clients(): Promise<FhirClientRecord[]>;
  /** Revokes the client at `at`; false when no live client has that id. */
  revokeClient(id: string, at: Date): Promise<boolean>;

  /** Slots starting within [from, to] of the given professionals in the départements, by start time. */
  searchSlots(query: FhirSlotQuery): Promise<FhirSlotRow[]>;
  /** The slot, locked until the end of the transaction; null when unknown. */
  lockSlot(id: string): Promise<FhirBookableSlot | null>;
  /** The id of the slot of this professional starting exactly at `startAt` (not withdrawn); null when none. */
  slotAt(idNatPs: string, startAt: Date): Promise<string | null>;
  /** The SAS booking carrying this identifier; null when none. */
  sasBooking(externalId: string): Promise<SasBookingRecord | null>;
  /** Inserts a booked booking; the unique index `slot_bookings_one_live` refuses a second live one. */
  insertSasBooking(booking: NewSasBooking): Promise<void>;
  setBookingStatus(id: string, status: BookingStatus, at: Date): Promise<void>;
  setSlotStatus(id: string, status: SlotStatus, at: Date): Promise<void>;
}
