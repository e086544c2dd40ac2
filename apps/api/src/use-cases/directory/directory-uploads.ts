import type { Readable } from 'node:stream';
import type { DirectoryImportKind, ImportRunDto } from '@maillon/contracts';
import type { AppliedEntityCounts, ImportRunRecord } from '@maillon/domain';
import { assertMayManageImportRun, assertMayStartImport, DomainError, mayReadImportRun } from '@maillon/domain';
import { applyImport, cancelImport } from './import-apply.ts';
import type { UploadContext } from './import-ports.ts';
import { createImportRun, previewImportFile } from './import-preview.ts';
import { toImportRunDto } from './import-run-dto.ts';
import { sweepImportRuns } from './import-sweep.ts';
import { parseRunKind } from './readers.ts';

/**
 * Creates an import run before the upload so that the page can follow its progress from any
 * API process. National files are the platform admin's; a coordination team may import RPPS
 * lines for its own territory only (`assertMayStartImport`).
 */
export async function createUpload(
  ctx: UploadContext,
  input: { kind: DirectoryImportKind; sourceName: string; bytesTotal?: number | null; cptsId?: string | undefined },
): Promise<string> {
  assertMayStartImport(ctx.principal, { kind: input.kind, cptsId: input.cptsId ?? null });
  return createImportRun(ctx, {
    kind: input.kind,
    sourceName: input.sourceName,
    bytesTotal: input.bytesTotal ?? null,
    startedBy: ctx.principal.userId,
    cptsId: input.cptsId ?? null,
  });
}

const scopeOf = (run: ImportRunRecord) => ({ startedBy: run.startedBy, cptsId: parseRunKind(run.kind).cptsId });

async function visibleRun(ctx: UploadContext, id: string): Promise<ImportRunRecord> {
  const run = await ctx.ports.importRuns.get(id);
  if (!run || !mayReadImportRun(ctx.principal, scopeOf(run))) throw new DomainError('NOT_FOUND', 'Import introuvable.');
  return run;
}

/** Sending, applying and abandoning are for whoever may import into the run's scope. */
async function manageableRun(ctx: UploadContext, id: string): Promise<void> {
  assertMayManageImportRun(ctx.principal, scopeOf(await visibleRun(ctx, id)));
}

async function toDtos(ctx: UploadContext, runs: ImportRunRecord[]): Promise<ImportRunDto[]> {
  const ids = [...new Set(runs.flatMap((r) => scopeOf(r).cptsId ?? []))];
  const names = new Map(ids.length ? (await ctx.ports.cpts.list({ ids })).map((c) => [c.id, c.name]) : []);
  return runs.map((run) =>
    toImportRunDto(run, { scopeName: names.get(scopeOf(run).cptsId ?? '') ?? null, previewTtlHours: ctx.settings.previewTtlHours }),
  );
}

const toDto = async (ctx: UploadContext, run: ImportRunRecord) => (await toDtos(ctx, [run]))[0] as ImportRunDto;

export async function getUpload(ctx: UploadContext, id: string): Promise<ImportRunDto> {
  await sweepImportRuns(ctx);
  return toDto(ctx, await visibleRun(ctx, id));
}

/** Streams the uploaded file into its run; answers with the preview once the whole file is read. */
export async function receiveUpload(ctx: UploadContext, id: string, body: Readable): Promise<ImportRunDto> {
  await manageableRun(ctx, id);
  return toDto(ctx, await previewImportFile(ctx, id, { input: body }));
}

/** Applies a previewed run; `applied` gives the rows written, for the audit trail. */
export async function applyUpload(ctx: UploadContext, id: string): Promise<{ run: ImportRunDto; applied: AppliedEntityCounts[] }> {
  await manageableRun(ctx, id);
  const result = await applyImport(ctx, id, ctx.principal.userId);
  return { run: await toDto(ctx, result.run), applied: result.applied };
}

export async function cancelUpload(ctx: UploadContext, id: string): Promise<ImportRunDto> {
  await manageableRun(ctx, id);
  return toDto(ctx, await cancelImport(ctx, id));
}

export async function recentUploads(ctx: UploadContext): Promise<ImportRunDto[]> {
  await sweepImportRuns(ctx);
  const runs = await ctx.ports.importRuns.recent(50);
  return toDtos(ctx, runs.filter((r) => mayReadImportRun(ctx.principal, scopeOf(r))).slice(0, 20));
}
