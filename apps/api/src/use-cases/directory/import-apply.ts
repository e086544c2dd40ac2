import type { AppliedEntityCounts, ImportRunRecord } from '@maillon/domain';
import {
  assertCanApplyImport,
  assertCanCancelImport,
  assertTerritoryUnchangedSincePreview,
  conflict,
  type ImportRunStatus,
  importAuthority,
  notFound,
} from '@maillon/domain';
import type { ImportContext } from './import-ports.ts';
import { createImportRun, type NewImportRun, previewImportFile, type ReceivedFile } from './import-preview.ts';
import { discardStagedRows, sweepImportRuns } from './import-sweep.ts';
import { parseRunKind } from './readers.ts';

export interface AppliedImport {
  run: ImportRunRecord;
  /** Rows written per kind of row: what the audit entry of the import records. */
  applied: AppliedEntityCounts[];
}

/**
 * Merges a previewed run into the live directory in one transaction, the run's row locked
 * first: a second apply (double click, another process) waits for the first, then finds the run
 * applied and gets a conflict, so the merge happens once. A crash during the merge rolls it back
 * whole: the run stays previewed and can be applied again. Only a national file marks rows gone.
 */
export async function applyImport(ctx: ImportContext, runId: string, appliedBy: string | null): Promise<AppliedImport> {
  await sweepImportRuns(ctx);
  const applied = await ctx.transaction(async (ports) => {
    const run = await ports.importRuns.lock(runId);
    if (!run) throw notFound('Import introuvable.');
    assertCanApplyImport(run.status as ImportRunStatus);
    const kind = parseRunKind(run.kind);
    const scopeUnits = (run.scopeUnits as string[] | null) ?? null;
    if (kind.cptsId) assertTerritoryUnchangedSincePreview(scopeUnits, await ports.cpts.unitCodes(kind.cptsId));
    const now = ctx.clock();
    const counts = await ports.importStaging.merge(runId, kind.staged, { authority: importAuthority(scopeUnits), now });
    await ports.importRuns.markApplied(runId, { now, appliedBy, applied: counts });
    await ports.audit.record({
      action: 'import',
      entity: 'professional',
      recordIds: [],
      cptsId: kind.cptsId ?? null,
      details: { runId, phase: 'application', ...appliedDetails(counts) },
    });
    return counts;
  });
  // Outside the transaction: leftovers, if this fails, are swept later.
  await discardStagedRows(ctx.ports, runId).catch(() => {});
  return { run: (await ctx.ports.importRuns.get(runId)) as ImportRunRecord, applied };
}

/** Abandons a run (its file not sent yet, being read, or previewed) and deletes its staged rows. */
export async function cancelImport(ctx: ImportContext, runId: string): Promise<ImportRunRecord> {
  const runs = ctx.ports.importRuns;
  const cancelled = await runs.finish(runId, { from: ['created', 'reading', 'previewed'], to: 'cancelled', now: ctx.clock() });
  if (!cancelled) {
    const run = await runs.get(runId);
    if (!run) throw notFound('Import introuvable.');
    assertCanCancelImport(run.status as ImportRunStatus);
    throw conflict("L'import vient de changer d'état : réessayez.");
  }
  await discardStagedRows(ctx.ports, runId);
  const run = (await runs.get(runId)) as ImportRunRecord;
  await ctx.ports.audit.record({
    action: 'delete',
    entity: 'professional',
    recordIds: [],
    cptsId: parseRunKind(run.kind).cptsId ?? null,
    details: { runId, phase: 'abandon', staged: true },
  });
  return run;
}

/** `{ "professional.added": 12, … }`: counts only, never rows. */
function appliedDetails(counts: readonly AppliedEntityCounts[]): Record<string, number> {
  return Object.fromEntries(
    counts.flatMap((c) => [
      [`${c.entity}.added`, c.added],
      [`${c.entity}.updated`, c.updated],
      [`${c.entity}.gone`, c.gone],
    ]),
  );
}

/**
 * Creates a run, reads its file into a preview and applies it without asking: the demo start,
 * the benchmark and tests load generated or fixture files this way (people use the preview).
 */
export async function importAndApply(
  ctx: ImportContext,
  run: NewImportRun,
  file: ReceivedFile,
): Promise<{ previewed: ImportRunRecord } & AppliedImport> {
  const id = await createImportRun(ctx, run);
  const previewed = await previewImportFile(ctx, id, file);
  return { previewed, ...(await applyImport(ctx, id, run.startedBy)) };
}
