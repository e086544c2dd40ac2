import type { SlotBookingRepository } from '@maillon/domain';

/**
 * Resets holds past their time to free (docs/reference/slots.md §3). Search and booking already
 * treat an expired hold as free; the sweep keeps the table honest for the FHIR feed and counts.
 */
export async function sweepExpiredHolds(
  ports: { slotBooking: Pick<SlotBookingRepository, 'releaseExpiredHolds'> },
  now: Date,
): Promise<number> {
  return ports.slotBooking.releaseExpiredHolds(now);
}
