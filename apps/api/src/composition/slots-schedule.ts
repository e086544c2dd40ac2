import type { Db } from '@maillon/db';
import { createSlotBookingRepository, createSlotsRepository } from '@maillon/db';
import { sweepExpiredHolds } from '../use-cases/slot-booking/hold-sweep.ts';
import { extendSeries } from '../use-cases/slots/series-extension.ts';

/** Extends the running slot series once (docs/reference/slots.md §1). */
export function runSeriesExtension(db: Db, clock: () => Date) {
  return extendSeries({ slots: createSlotsRepository(db), now: clock() });
}

/** One round of the slots' upkeep; a failure is logged (its kind only) and retried next round. */
export async function runSlotsUpkeep(db: Db, clock: () => Date, log: (m: string) => void): Promise<{ added: number; released: number }> {
  const [extension, released] = await Promise.all([
    runSeriesExtension(db, clock).catch((error: unknown) => {
      log(`Extension des séries de créneaux : échec (${(error as Error).name}).`);
      return { added: 0 };
    }),
    sweepExpiredHolds({ slotBooking: createSlotBookingRepository(db) }, clock()).catch((error: unknown) => {
      log(`Libération des créneaux retenus : échec (${(error as Error).name}).`);
      return 0;
    }),
  ]);
  return { added: extension.added, released };
}

/**
 * The slots' upkeep: extends the running series and frees the holds past their time
 * (docs/reference/slots.md §1 and §3). Every API process may run it: materialising an occurrence
 * twice is refused by a unique index, and freeing a lapsed hold is one conditional UPDATE.
 * Holds last 5 minutes; search and booking already treat a lapsed hold as free, so the period
 * only bounds how long the FHIR feed and the counts show it held.
 */
export function scheduleSlotsUpkeep(db: Db, clock: () => Date, options: { everyMs: number; log: (m: string) => void }): () => void {
  const timer = setInterval(() => void runSlotsUpkeep(db, clock, options.log), options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
