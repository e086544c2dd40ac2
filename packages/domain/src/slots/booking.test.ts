import { describe, expect, it } from 'vitest';
import {
  type BookingPatient,
  bookingMail,
  checkBookingPatient,
  checkCancelReason,
  checkOutcomeTime,
  HOLD_MINUTES,
  holdUntil,
  isoWeekRange,
} from './booking.ts';
import { assertBookingMove } from './slot-vocabulary.ts';

const PATIENT: BookingPatient = {
  lastName: 'Zéphyr',
  firstName: 'Alix',
  birthDate: '1990-02-03',
  phone: '0612345678',
  email: null,
  unitCode: '04070',
  need: 'Fièvre',
};

describe('booking rules', () => {
  it('holds for 5 minutes', () => {
    expect(HOLD_MINUTES).toBe(5);
    expect(holdUntil(new Date('2026-11-22T10:00:00Z')).toISOString()).toBe('2026-11-22T10:05:00.000Z');
  });

  it('needs names, a plausible birth date and a phone or an e-mail, naming the field', () => {
    expect(() => checkBookingPatient(PATIENT, '2026-11-22')).not.toThrow();
    expect(() => checkBookingPatient({ ...PATIENT, phone: null, email: null }, '2026-11-22')).toThrow(
      expect.objectContaining({ field: 'phone' }),
    );
    expect(() => checkBookingPatient({ ...PATIENT, birthDate: '2027-01-01' }, '2026-11-22')).toThrow(
      expect.objectContaining({ field: 'birthDate' }),
    );
    expect(() => checkBookingPatient({ ...PATIENT, birthDate: '1850-01-01' }, '2026-11-22')).toThrow(
      expect.objectContaining({ field: 'birthDate' }),
    );
    expect(() => checkBookingPatient({ ...PATIENT, lastName: ' ' }, '2026-11-22')).toThrow(expect.objectContaining({ field: 'lastName' }));
  });

  it('requires a cancellation reason, and an outcome only once the time has come', () => {
    expect(() => checkCancelReason('  ')).toThrow(expect.objectContaining({ field: 'reason' }));
    expect(checkCancelReason(' Cabinet fermé ')).toBe('Cabinet fermé');
    const now = new Date('2026-11-22T10:00:00Z');
    expect(() => checkOutcomeTime(new Date('2026-11-22T11:00:00Z'), now)).toThrow(/pas encore eu lieu/);
    expect(() => checkOutcomeTime(new Date('2026-11-22T09:00:00Z'), now)).not.toThrow();
  });

  it('moves a booking only along the appointment statuses', () => {
    expect(() => assertBookingMove('booked', 'fulfilled')).not.toThrow();
    expect(() => assertBookingMove('cancelled', 'booked')).toThrow();
    expect(() => assertBookingMove('fulfilled', 'cancelled')).toThrow();
  });

  it('counts quotas per ISO week in Paris time (Monday 00:00 → next Monday)', () => {
    // Sunday 22 November 2026, 23:30 in Paris is still the week of Monday 16.
    const week = isoWeekRange(new Date('2026-11-22T22:30:00Z'));
    expect(week.from.toISOString()).toBe('2026-11-15T23:00:00.000Z');
    expect(week.to.toISOString()).toBe('2026-11-22T23:00:00.000Z');
  });

  it('writes the patient e-mail with date, time, practitioner and address only', () => {
    const slot = {
      startAt: new Date('2026-11-22T13:30:00Z'),
      displayName: 'Dr Martin',
      address: '3 rue Haute',
      communeName: 'Digne-les-Bains',
    };
    const booked = bookingMail('slot-booked', slot);
    expect(booked.text).toContain('le 22/11/2026 à 14:30 avec Dr Martin, 3 rue Haute, Digne-les-Bains');
    expect(booked.text).not.toContain('Fièvre');
    expect(bookingMail('slot-cancelled', slot).text).toContain('est annulé');
  });
});
