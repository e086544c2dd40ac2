import type { SpecialistRequestDto } from '@maillon/contracts';
import { achievedDelay, type SpecialistOutcome, type SpecialistRequestRecord } from '@maillon/domain';
import type { SpecialistRequestsPorts } from './specialist-requests-ports.ts';

/** What the indicator needs of a request (docs/reference/specialist-access.md §3). */
export const outcomeOf = (r: SpecialistRequestRecord): SpecialistOutcome => ({
  specialtyCode: r.specialtyCode,
  status: r.status,
  requestedAt: r.createdAt,
  deadlineAt: r.deadlineAt,
  achievedAt: r.achievedAt,
});

/** A request as its author, its specialists and the team see it, with the booked slot when there is one. */
export async function specialistRequestDto(
  ports: Pick<SpecialistRequestsPorts, 'slotBooking'>,
  r: SpecialistRequestRecord,
  now: Date,
): Promise<SpecialistRequestDto> {
  const booked = r.bookingId ? await ports.slotBooking.booking(r.bookingId) : null;
  const delay = r.achievedAt ? achievedDelay(r.createdAt, r.deadlineAt, r.achievedAt) : null;
  return {
    id: r.id,
    cptsId: r.cptsId,
    authorName: r.authorName,
    specialtyCode: r.specialtyCode,
    kind: r.kind,
    target: r.target,
    patient: r.patient,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    deadlineAt: r.deadlineAt.toISOString(),
    settledByName: r.settledByName,
    settledAt: r.settledAt?.toISOString() ?? null,
    answerText: r.answerText,
    booking: booked
      ? {
          startAt: booked.slot.startAt.toISOString(),
          endAt: booked.slot.endAt.toISOString(),
          practitioner: booked.slot.displayName,
          address: booked.slot.address,
          cancelled: booked.booking.status === 'cancelled',
        }
      : null,
    achievedAt: r.achievedAt?.toISOString() ?? null,
    achievedMinutes: delay?.minutes ?? null,
    withinTarget: delay?.withinTarget ?? null,
    overdue: r.status === 'open' && now > r.deadlineAt,
    isDemo: r.isDemo,
  };
}
