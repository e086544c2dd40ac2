import type { Db } from '@maillon/db';
import { todayIn } from '../context.ts';
import { purgeClosedRequests } from '../use-cases/mt-requests/purge.ts';
import { systemAuditRecorder } from './audit-recorder.ts';
import { buildUseCaseContext } from './use-case-context.ts';

/** Once an hour: retention is counted in months, an hour late is nothing, and the sweep is cheap. */
export const RETENTION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

const ANONYMOUS_SYSTEM = { userId: '', email: '', displayName: 'purge automatique', grants: [] };

/**
 * One pass of the purge and of forgotten public-form counters, as the system (audit label
 * "purge automatique des demandes"). Safe with several API processes (purge.ts).
 */
export async function runRetentionSweep(options: { db: Db; clock: () => Date }) {
  const ctx = buildUseCaseContext({
    db: options.db,
    audit: systemAuditRecorder('purge automatique des demandes', 'job retention-sweep', options.clock),
    principal: ANONYMOUS_SYSTEM,
    now: options.clock(),
    today: todayIn(options.clock),
  });
  const purged = await purgeClosedRequests({ transaction: ctx.transaction, today: ctx.today });
  await ctx.ports.publicThrottle.deleteForgotten(new Date(ctx.now.getTime() - 24 * 3600 * 1000));
  return purged;
}

/**
 * The first pass waits this long after start: run at once, it queued its transaction in front of
 * the first requests (PGlite runs one query at a time) and loaded Intl's time-zone data on the way
 * (issue #11 item 4). Retention is counted in months: a minute changes nothing.
 */
export const RETENTION_FIRST_SWEEP_DELAY_MS = 60 * 1000;

/**
 * Runs the sweep a minute after start and then every hour inside the API process; no job queue
 * dependency is needed since the work is one idempotent statement per batch (docs/decisions/0004).
 */
export function startRetentionSweep(options: { db: Db; clock: () => Date; log: (m: string) => void }): { stop(): void } {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const purged = await runRetentionSweep(options);
      if (purged.length > 0) options.log(`Purge : ${purged.length} demande(s) close(s) effacée(s) après leur durée de conservation.`);
    } catch (error) {
      options.log(`Purge des demandes en échec : ${error instanceof Error ? error.name : 'erreur'}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), RETENTION_FIRST_SWEEP_DELAY_MS);
  const timer = setInterval(() => void tick(), RETENTION_SWEEP_INTERVAL_MS);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
