import type { Db } from '@maillon/db';
import { createSlotsRepository } from '@maillon/db';
import { extendSeries } from '../use-cases/slots/series-extension.ts';

/** Extends the running slot series once (docs/reference/slots.md §1). */
export function runSeriesExtension(db: Db, clock: () => Date) {
  return extendSeries({ slots: createSlotsRepository(db), now: clock() });
}

/** Every API process may run it: materialising an occurrence twice is refused by a unique index. */
export function scheduleSeriesExtension(db: Db, clock: () => Date, options: { everyMs: number; log: (m: string) => void }): () => void {
  const timer = setInterval(() => {
    runSeriesExtension(db, clock).catch((error: unknown) =>
      options.log(`Extension des séries de créneaux : échec (${(error as Error).name}).`),
    );
  }, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
