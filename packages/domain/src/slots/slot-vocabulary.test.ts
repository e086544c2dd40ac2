import { describe, expect, it } from 'vitest';
import { assertBookingMove, BOOKING_STATUSES, canMoveBooking, isBookable } from './slot-vocabulary.ts';

describe('booking moves', () => {
  it('lets a booking be honoured, missed or cancelled, and nothing come back from cancelled', () => {
    expect(canMoveBooking('booked', 'fulfilled')).toBe(true);
    expect(canMoveBooking('booked', 'noshow')).toBe(true);
    expect(canMoveBooking('booked', 'cancelled')).toBe(true);
    for (const to of BOOKING_STATUSES) expect(canMoveBooking('cancelled', to)).toBe(false);
    expect(canMoveBooking('fulfilled', 'booked')).toBe(false);
  });

  it('names both statuses in French when refusing', () => {
    expect(() => assertBookingMove('cancelled', 'fulfilled')).toThrow(/Annulé.*Honoré/);
  });
});

describe('isBookable', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  it('treats an expired hold as free and a live hold as taken', () => {
    expect(isBookable({ status: 'free', heldUntil: null }, now)).toBe(true);
    expect(isBookable({ status: 'held', heldUntil: new Date('2026-12-02T09:59:00Z') }, now)).toBe(true);
    expect(isBookable({ status: 'held', heldUntil: new Date('2026-12-02T10:05:00Z') }, now)).toBe(false);
    expect(isBookable({ status: 'booked', heldUntil: null }, now)).toBe(false);
    expect(isBookable({ status: 'withdrawn', heldUntil: null }, now)).toBe(false);
  });
});
