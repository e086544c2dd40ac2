import type { Readable } from 'node:stream';
import type { ImportRunRecord } from '@maillon/domain';
import { conflict, DomainError, importAuthority, notFound } from '@maillon/domain';
import type { ImportContext } from './import-ports.ts';
import { discardStagedRows } from './import-sweep.ts';
import { type ImportProgressEvent, readIntoStaging, runNoLongerReading } from './line-import.ts';
import { DIRECTORY_READERS, type DirectoryFileKind, parseRunKind, storedRunKind } from './readers.ts';

export interface NewImportRun {
  kind: DirectoryFileKind;
  sourceName: string;
  bytesTotal: number | null;
  startedBy: string | null;
  /** A coordination team's upload of its territory's RPPS lines; null for a national file. */
  cptsId: string | null;
}

/** Creates a run waiting for its file (authorisation is the caller's). */
export async function createImportRun(ctx: ImportContext, run: NewImportRun): Promise<string> {
  const id = crypto.randomUUID();
  await ctx.ports.importRuns.create({
    id,
    kind: storedRunKind(run.kind, run.cptsId),
    sourceName: run.sourceName,
    bytesTotal: run.bytesTotal,
    startedBy: run.startedBy,
    now: ctx.clock(),
  });
  return id;
}

export interface ReceivedFile {
  input: Readable;
  isDemo?: boolean;
  onProgress?: (event: ImportProgressEvent) => void;
}

/**
 * Reads the run's file into staging rows and computes its preview; the live directory is not
 * touched. The run is claimed first with a conditional update (created → reading), so that a
 * second upload to the same run, from any process, is refused instead of read twice. Whatever
 * goes wrong while reading leaves the run failed and its staged rows deleted.
 */
export async function previewImportFile(ctx: ImportContext, runId: string, file: ReceivedFile): Promise<ImportRunRecord> {
  const { importRuns: runs, importStaging: staging, audit } = ctx.ports;
  const run = await runs.get(runId);
  if (!run) throw notFound('Import introuvable.');
  const kind = parseRunKind(run.kind);
  const scopeUnits = kind.cptsId ? await ctx.ports.cpts.unitCodes(kind.cptsId) : null;
  if (!(await runs.claimForReading(runId, { now: ctx.clock(), scopeUnits }))) {
    throw conflict('Ce fichier a déjà été envoyé pour cet import.');
  }
  try {
    const handler = await DIRECTORY_READERS[kind.file].read({ ports: ctx.ports, runId, scopeUnits, isDemo: file.isDemo ?? false });
    const report = await readIntoStaging(
      ctx,
      { runId, input: file.input, bytesTotal: run.bytesTotal, onProgress: file.onProgress },
      handler,
    );
    const authority = importAuthority(scopeUnits);
    const entities = await staging.preview(runId, kind.staged, authority);
    const previewed = await runs.markPreviewed(runId, {
      now: ctx.clock(),
      preview: { scope: authority.scope, entities },
      stats: report.stats,
    });
    if (!previewed) throw runNoLongerReading();
    // The staged rows are professionals' personal data, kept until applied, abandoned or expired.
    await audit.record({
      action: 'import',
      entity: 'professional',
      recordIds: [],
      cptsId: kind.cptsId ?? null,
      details: { runId, phase: 'aperçu', linesRead: report.linesRead, rejected: report.rejectedCount },
    });
  } catch (error) {
    // Only our own messages (the file's problems) are kept and answered; anything else, a database
    // failure among them, may quote the rows' values: it stays in the safe log, the run says less.
    const message = error instanceof DomainError ? error.message : 'Erreur interne pendant la lecture du fichier ; réessayez.';
    await runs.finish(runId, { from: ['reading'], to: 'failed', now: ctx.clock(), error: message }).catch(() => false);
    await discardStagedRows(ctx.ports, runId).catch(() => {});
    throw error;
  }
  return (await runs.get(runId)) as ImportRunRecord;
}
