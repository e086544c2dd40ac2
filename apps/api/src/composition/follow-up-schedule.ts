import type { Db } from '@maillon/db';
import type { Mailer } from '@maillon/domain';
import { todayIn } from '../context.ts';
import { type SweepReport, sweepFollowUps } from '../use-cases/mt-matching/follow-up-sweep.ts';
import { type ProRequestSweepReport, sweepProRequests } from '../use-cases/pro-requests/pro-request-sweep.ts';
import { systemAuditRecorder } from './audit-recorder.ts';
import { portsFor } from './ports.ts';

/** Runs the médecin-traitant follow-up sweep once, as the system (its changes are audited as such). */
export function runFollowUpSweep(db: Db, clock: () => Date, mailer?: Mailer): Promise<SweepReport> {
  const audit = systemAuditRecorder('suivi des propositions', 'follow-up sweep', clock);
  return sweepFollowUps({
    ports: portsFor(db, audit, mailer),
    transaction: (work) => db.transaction((tx) => work(portsFor(tx, audit, mailer))),
    now: clock(),
    today: todayIn(clock),
  });
}

/** Runs the sweep of requests between professionals once, as the system (docs/reference/pro-requests.md §5). */
export function runProRequestSweep(db: Db, clock: () => Date, mailer?: Mailer): Promise<ProRequestSweepReport> {
  const audit = systemAuditRecorder('suivi des demandes entre professionnels', 'pro-request sweep', clock);
  return sweepProRequests({
    ports: portsFor(db, audit, mailer),
    transaction: (work) => db.transaction((tx) => work(portsFor(tx, audit, mailer))),
    now: clock(),
  });
}

/**
 * Schedules the sweeps every `everyMs` in this process. Every API process may run it: the sweep
 * itself is safe with several (conditional moves, reminders claimed once).
 */
export function scheduleFollowUpSweep(
  db: Db,
  clock: () => Date,
  options: { everyMs: number; log: (m: string) => void; mailer: Mailer },
): () => void {
  const timer = setInterval(() => {
    runFollowUpSweep(db, clock, options.mailer).catch((error: unknown) =>
      options.log(`Suivi des propositions : échec (${(error as Error).name}).`),
    );
    runProRequestSweep(db, clock, options.mailer).catch((error: unknown) =>
      options.log(`Suivi des demandes entre professionnels : échec (${(error as Error).name}).`),
    );
  }, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
