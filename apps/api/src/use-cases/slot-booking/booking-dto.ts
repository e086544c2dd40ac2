import type { BookingDto } from '@maillon/contracts';
import { type BookingWithSlot, type CptsScope, canCoordinate, canRegulateFor, type Principal } from '@maillon/domain';

/** Who may do what with a booking (docs/reference/slots.md §3). */
export function bookingRights(b: BookingWithSlot, principal: Principal, cpts: CptsScope, idNatPs: string | null) {
  const own = idNatPs !== null && b.slot.idNatPs === idNatPs;
  const team = canCoordinate(principal, b.slot.cptsId);
  const regulator = canRegulateFor(principal, cpts) || b.booking.bookedBy === principal.userId;
  return { read: own || team || regulator, cancel: own || team || regulator, outcome: own || team };
}

export function bookingDto(b: BookingWithSlot, communeName: string, rights: { cancel: boolean; outcome: boolean }): BookingDto {
  const { booking, slot } = b;
  const live = booking.status === 'booked';
  return {
    id: booking.id,
    slotId: slot.id,
    cptsId: slot.cptsId,
    status: booking.status,
    channel: booking.channel,
    startAt: slot.startAt.toISOString(),
    endAt: slot.endAt.toISOString(),
    practitionerName: slot.displayName,
    address: slot.address,
    communeName,
    consultationType: slot.consultationType,
    patient: {
      lastName: booking.patientLastName,
      firstName: booking.patientFirstName,
      birthDate: booking.patientBirthDate,
      phone: booking.patientPhone,
      email: booking.patientEmail,
      unitCode: booking.patientUnitCode,
    },
    need: booking.need,
    bookedAt: booking.bookedAt.toISOString(),
    statusAt: booking.statusAt.toISOString(),
    cancelReason: booking.cancelReason,
    canCancel: rights.cancel && live,
    canRecordOutcome: rights.outcome && (live || booking.status === 'fulfilled' || booking.status === 'noshow'),
    isDemo: booking.isDemo,
  };
}
