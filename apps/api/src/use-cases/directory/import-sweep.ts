import { createImportRunsRepository, createImportStagingRepository, type Db } from '@maillon/db';
import { IMPORT_RUN_STATUSES, importSweepCutoffs, isFinalImportStatus } from '@maillon/domain';
import type { AuditRecorder } from '../../composition/audit-recorder.ts';
import type { ImportSettings } from '../../config.ts';

/** What every directory-import use case needs: the database, the clock and the import settings. */
export interface ImportDeps {
  db: Db;
  now: () => Date;
  settings: ImportSettings;
  /** Reading a file stages professionals' personal data; applying it changes the directory: both are recorded. */
  audit: AuditRecorder;
}

const FINAL_STATUSES = IMPORT_RUN_STATUSES.filter(isFinalImportStatus);

/** Deletes a run's staged rows (after apply, cancel, failure, interruption or expiry). */
export async function discardStagedRows(db: Db, runId: string): Promise<void> {
  await createImportStagingRepository(db).discard(runId);
  await createImportRunsRepository(db).markStagedRowsDiscarded(runId);
}

/**
 * Marks as interrupted the runs whose process stopped giving signs of life while reading (a
 * crash, a killed server: nothing was applied), expires previews nobody confirmed in time and
 * deletes the staged rows of every finished run. Called at server start and whenever runs are
 * listed, read or applied, so that any API process cleans up after any other.
 */
export async function sweepImportRuns(deps: ImportDeps): Promise<void> {
  const runs = createImportRunsRepository(deps.db);
  const now = deps.now();
  const { heartbeatBefore, previewBefore } = importSweepCutoffs(now, deps.settings);
  await runs.interruptStale({
    heartbeatBefore,
    now,
    error: `Import interrompu : aucun signe de vie pendant plus de ${deps.settings.heartbeatTimeoutSeconds.toLocaleString('fr-FR')} s (arrêt ou redémarrage du serveur). Rien n'a été appliqué ; renvoyez le fichier.`,
  });
  await runs.expireOld({ before: previewBefore, now });
  for (const id of await runs.finalWithStagedRows(FINAL_STATUSES)) await discardStagedRows(deps.db, id);
}
