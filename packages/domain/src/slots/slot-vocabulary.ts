import { DomainError } from '../errors.ts';

/**
 * The vocabulary of unscheduled-care slots (issue #10, docs/reference/slots.md §1). The channel
 * codes are the SAS guide's slot types (TRE_R314: PUBLIC, PRO, SNP, CPTS), carried in
 * `Slot.meta.security`; a slot may be open to several channels at once.
 */
export const SLOT_CHANNELS = ['PUBLIC', 'PRO', 'SNP', 'CPTS'] as const;
export type SlotChannel = (typeof SLOT_CHANNELS)[number];

export const SLOT_CHANNEL_LABELS: Record<SlotChannel, string> = {
  PUBLIC: 'Grand public',
  PRO: 'Professionnels de santé',
  SNP: 'Régulation SAS (soins non programmés)',
  CPTS: 'CPTS',
};

/** Office, home visit, teleconsultation: the SAS guide's `serviceType` codes AMB, HH, VR. */
export const CONSULTATION_TYPES = ['office', 'home', 'teleconsultation'] as const;
export type ConsultationType = (typeof CONSULTATION_TYPES)[number];

export const CONSULTATION_TYPE_LABELS: Record<ConsultationType, string> = {
  office: 'Consultation au cabinet',
  home: 'Visite à domicile',
  teleconsultation: 'Téléconsultation',
};

/** HL7 v3 ActCode used by the SAS guide for `Slot.serviceType` (docs/reference/slots.md §4). */
export const CONSULTATION_TYPE_SAS_CODES: Record<ConsultationType, 'AMB' | 'HH' | 'VR'> = {
  office: 'AMB',
  home: 'HH',
  teleconsultation: 'VR',
};

/**
 * A slot is `free` (bookable), `held` for a few minutes while a regulator confirms a booking
 * (a hold past `heldUntil` counts as free), `booked`, or `withdrawn` by its professional.
 */
export const SLOT_STATUSES = ['free', 'held', 'booked', 'withdrawn'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export const SLOT_STATUS_LABELS: Record<SlotStatus, string> = {
  free: 'Libre',
  held: 'En cours de réservation',
  booked: 'Réservé',
  withdrawn: 'Retiré',
};

/**
 * A booking's outcome, as the SAS guide's appointment feedback states it (FrAppointmentSAS:
 * booked, fulfilled, noshow, cancelled).
 */
export const BOOKING_STATUSES = ['booked', 'fulfilled', 'noshow', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  booked: 'Rendez-vous pris',
  fulfilled: 'Honoré',
  noshow: 'Patient absent',
  cancelled: 'Annulé',
};

const BOOKING_TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  booked: ['fulfilled', 'noshow', 'cancelled'],
  // An outcome recorded by mistake can be corrected (a no-show who came late), not undone to booked.
  fulfilled: ['noshow'],
  noshow: ['fulfilled'],
  cancelled: [],
};

/** Whether a booking may move from one status to another (docs/reference/slots.md §3). */
export function canMoveBooking(from: BookingStatus, to: BookingStatus): boolean {
  return BOOKING_TRANSITIONS[from].includes(to);
}

export function assertBookingMove(from: BookingStatus, to: BookingStatus): void {
  if (!canMoveBooking(from, to))
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `Un rendez-vous « ${BOOKING_STATUS_LABELS[from]} » ne peut pas passer à « ${BOOKING_STATUS_LABELS[to]} ».`,
      'status',
    );
}

/** Whether a slot can be booked now: free, or held by a hold that has expired. */
export function isBookable(slot: { status: SlotStatus; heldUntil: Date | null }, now: Date): boolean {
  return slot.status === 'free' || (slot.status === 'held' && slot.heldUntil !== null && slot.heldUntil <= now);
}
