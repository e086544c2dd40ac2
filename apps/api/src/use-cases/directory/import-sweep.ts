import { formatNumber, IMPORT_RUN_STATUSES, importSweepCutoffs, isFinalImportStatus } from '@maillon/domain';
import type { ImportContext, ImportPorts } from './import-ports.ts';

const FINAL_STATUSES = IMPORT_RUN_STATUSES.filter(isFinalImportStatus);

/** Deletes a run's staged rows (after apply, cancel, failure, interruption or expiry). */
export async function discardStagedRows(ports: Pick<ImportPorts, 'importRuns' | 'importStaging'>, runId: string): Promise<void> {
  await ports.importStaging.discard(runId);
  await ports.importRuns.markStagedRowsDiscarded(runId);
}

/**
 * Marks as interrupted the runs whose process stopped giving signs of life while reading (a
 * crash, a killed server: nothing was applied), expires previews nobody confirmed in time and
 * deletes the staged rows of every finished run. Called at server start and whenever runs are
 * listed, read or applied, so that any API process cleans up after any other.
 */
export async function sweepImportRuns(ctx: ImportContext): Promise<void> {
  const runs = ctx.ports.importRuns;
  const now = ctx.clock();
  const { heartbeatBefore, previewBefore } = importSweepCutoffs(now, ctx.settings);
  await runs.interruptStale({
    heartbeatBefore,
    now,
    // The domain's French number, not `toLocaleString`: the first Intl call of a process loads
    // the locale data, about 30 ms of every server start (issue #11 item 4).
    error: `Import interrompu : aucun signe de vie pendant plus de ${formatNumber(ctx.settings.heartbeatTimeoutSeconds)} s (arrêt ou redémarrage du serveur). Rien n'a été appliqué ; renvoyez le fichier.`,
  });
  await runs.expireOld({ before: previewBefore, now });
  for (const id of await runs.finalWithStagedRows(FINAL_STATUSES)) await discardStagedRows(ctx.ports, id);
}
