import { invalid } from '../errors.ts';
import { DEFAULT_TIME_ZONE, formatDate, formatTime } from '../format/dates.ts';
import { dayIn, startOfDayIn } from '../time/zoned-day.ts';
import type { BookingStatus } from './slot-vocabulary.ts';

/** How long a regulator holds a slot while taking the patient's identity (docs/reference/slots.md §3). */
export const HOLD_MINUTES = 5;

export const holdUntil = (now: Date) => new Date(now.getTime() + HOLD_MINUTES * 60_000);

/** The patient a slot is booked for, as the regulator types it. */
export interface BookingPatient {
  lastName: string;
  firstName: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  unitCode: string;
  /** The need, for the professional only: never in an e-mail. */
  need: string | null;
}

/**
 * The identity a booking needs: names, a real birth date not in the future nor more than 130
 * years ago, and a way to reach the patient (phone or e-mail) (docs/reference/slots.md §3).
 */
export function checkBookingPatient(patient: BookingPatient, today: string): void {
  if (!patient.lastName.trim()) throw invalid('lastName', 'Indiquez le nom du patient.');
  if (!patient.firstName.trim()) throw invalid('firstName', 'Indiquez le prénom du patient.');
  if (patient.birthDate > today) throw invalid('birthDate', 'La date de naissance ne peut pas être dans le futur.');
  if (Number(patient.birthDate.slice(0, 4)) < Number(today.slice(0, 4)) - 130)
    throw invalid('birthDate', 'La date de naissance est trop ancienne.');
  if (!patient.phone && !patient.email) throw invalid('phone', 'Indiquez un téléphone ou une adresse e-mail du patient.');
}

/** A cancellation says why (shown to the professional and the team). */
export function checkCancelReason(reason: string): string {
  const text = reason.trim();
  if (!text) throw invalid('reason', 'Indiquez le motif de l’annulation.');
  return text;
}

/** Outcomes the professional or the team records once the time has come (FrAppointmentSAS statuses). */
export const BOOKING_OUTCOMES = ['fulfilled', 'noshow'] as const satisfies readonly BookingStatus[];
export type BookingOutcome = (typeof BOOKING_OUTCOMES)[number];

/** An outcome is recorded once the appointment has started, not before. */
export function checkOutcomeTime(startAt: Date, now: Date): void {
  if (startAt > now) throw invalid('status', 'Le rendez-vous n’a pas encore eu lieu.');
}

/**
 * The ISO week (Monday 00:00 to the next Monday, in the CPTS's time zone) of an instant: the
 * period of a weekly quota (docs/reference/slots.md §1).
 */
export function isoWeekRange(instant: Date, timeZone = DEFAULT_TIME_ZONE): { from: Date; to: Date } {
  const day = dayIn(instant, timeZone);
  const noon = new Date(`${day}T12:00:00Z`);
  const weekday = (noon.getUTCDay() + 6) % 7;
  const monday = new Date(noon.getTime() - weekday * 86_400_000).toISOString().slice(0, 10);
  const next = new Date(noon.getTime() + (7 - weekday) * 86_400_000).toISOString().slice(0, 10);
  return { from: startOfDayIn(monday, timeZone), to: startOfDayIn(next, timeZone) };
}

export type BookingMailKind = 'slot-booked' | 'slot-cancelled';

/**
 * The patient's e-mail: date, time, practitioner and address only — no need, no reason, no
 * health detail (docs/reference/personal-data.md "Not in logs, e-mails or git").
 */
export function bookingMail(
  kind: BookingMailKind,
  slot: { startAt: Date; displayName: string; address: string | null; communeName: string },
  timeZone = DEFAULT_TIME_ZONE,
): { subject: string; text: string } {
  const when = `le ${formatDate(slot.startAt, timeZone)} à ${formatTime(slot.startAt, timeZone)}`;
  const where = [slot.address, slot.communeName].filter(Boolean).join(', ');
  if (kind === 'slot-booked')
    return {
      subject: 'Votre rendez-vous',
      text: `Un rendez-vous a été pris pour vous ${when} avec ${slot.displayName}, ${where}. En cas d’empêchement, prévenez le cabinet.`,
    };
  return {
    subject: 'Rendez-vous annulé',
    text: `Votre rendez-vous du ${formatDate(slot.startAt, timeZone)} à ${formatTime(slot.startAt, timeZone)} avec ${slot.displayName} est annulé.`,
  };
}
