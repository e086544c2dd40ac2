import type { PatientSummary } from '../pro-requests/pro-request.ts';
import type { SpecialistKind, SpecialistStatus, SpecialistTarget } from '../specialist-requests/specialist-request.ts';

/** The storage contract of specialist requests (issue #10 item 6, docs/reference/specialist-access.md). */

export interface SpecialistRequestRecord {
  id: string;
  cptsId: string;
  authorIdNatPs: string;
  authorName: string;
  specialtyCode: string;
  kind: SpecialistKind;
  target: SpecialistTarget;
  patient: PatientSummary;
  status: SpecialistStatus;
  createdAt: Date;
  deadlineAt: Date;
  settledByIdNatPs: string | null;
  settledByName: string | null;
  settledAt: Date | null;
  answerText: string | null;
  bookingId: string | null;
  /** The written answer's instant, or the booked consultation's start (§3). */
  achievedAt: Date | null;
  cancelledAt: Date | null;
  isDemo: boolean;
}

/** How a request is settled: a written answer, or a booked slot (§2). */
export type SpecialistSettlement =
  | { status: 'answered'; answerText: string; bookingId: null }
  | { status: 'booked'; answerText: null; bookingId: string };

export interface SpecialistRequestsRepository {
  insert(record: SpecialistRequestRecord): Promise<void>;
  /** `forUpdate` locks the row: a booking locks the request before claiming the slot. */
  get(id: string, options?: { forUpdate?: boolean }): Promise<SpecialistRequestRecord | null>;
  /**
   * The one settlement: sets the specialist, the answer or booking and the achieved instant only
   * if the request is still open (`UPDATE … WHERE status = 'open' RETURNING`): of concurrent
   * settlements, one wins.
   */
  settle(
    id: string,
    settlement: SpecialistSettlement & { byIdNatPs: string; byName: string; at: Date; achievedAt: Date },
  ): Promise<boolean>;
  /**
   * The consultation booked for a request was cancelled: the request is open again, without its
   * specialist, booking or achieved instant (docs/reference/specialist-access.md §2). Returns the
   * request's id, or null when no booked request hangs on this booking.
   */
  reopenAfterCancelledBooking(bookingId: string): Promise<string | null>;
  /** Cancels an open request; false when it was no longer open. */
  cancel(id: string, at: Date): Promise<boolean>;
  /** Requests of this author, newest first. */
  postedBy(idNatPs: string): Promise<SpecialistRequestRecord[]>;
  /**
   * A specialist's inbox in one CPTS: open requests of these specialties (not their own) and
   * those they settled, by deadline.
   */
  inbox(cptsId: string, specialtyCodes: readonly string[], idNatPs: string): Promise<SpecialistRequestRecord[]>;
  /** Every request of a CPTS, newest first. */
  ofCpts(cptsId: string): Promise<SpecialistRequestRecord[]>;
}
