import type { Readable } from 'node:stream';
import type { DirectoryImportKind, ImportRunDto } from '@maillon/contracts';
import { createCptsRepository, createImportRunsRepository } from '@maillon/db';
import type { AppliedEntityCounts, ImportRunRecord } from '@maillon/domain';
import { canCoordinate, DomainError, forbidden, isAdmin, type Principal } from '@maillon/domain';
import { applyImport, cancelImport } from './import-apply.ts';
import { createImportRun, previewImportFile } from './import-preview.ts';
import { toImportRunDto } from './import-run-dto.ts';
import { type ImportDeps, sweepImportRuns } from './import-sweep.ts';
import { parseRunKind } from './readers.ts';

interface UploadContext extends ImportDeps {
  principal: Principal;
}

/**
 * Creates an import run before the upload so that the page can follow its progress from any
 * API process. National files are the platform admin's; a coordination team may import RPPS
 * lines for its own territory only.
 */
export async function createUpload(
  ctx: UploadContext,
  input: { kind: DirectoryImportKind; sourceName: string; bytesTotal?: number | null; cptsId?: string | undefined },
): Promise<string> {
  if (input.cptsId) {
    if (!canCoordinate(ctx.principal, input.cptsId)) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
    if (input.kind !== 'rpps') throw forbidden("Une équipe de coordination n'importe que l'extraction RPPS de son territoire.");
  } else if (!isAdmin(ctx.principal)) {
    throw forbidden("L'import national est réservé à l'administration de la plateforme ; indiquez votre CPTS.");
  }
  return createImportRun(ctx, {
    kind: input.kind,
    sourceName: input.sourceName,
    bytesTotal: input.bytesTotal ?? null,
    startedBy: ctx.principal.userId,
    cptsId: input.cptsId ?? null,
  });
}

const scopeOf = (run: ImportRunRecord) => parseRunKind(run.kind).cptsId;

function isVisible(principal: Principal, run: ImportRunRecord): boolean {
  const scope = scopeOf(run);
  return isAdmin(principal) || run.startedBy === principal.userId || (scope !== null && canCoordinate(principal, scope));
}

/** Sending, applying and abandoning are for whoever may import into the run's scope. */
function assertMayManage(principal: Principal, run: ImportRunRecord): void {
  const scope = scopeOf(run);
  if (scope === null ? !isAdmin(principal) : !canCoordinate(principal, scope)) {
    throw forbidden("Cet import n'est pas dans votre périmètre.");
  }
}

async function visibleRun(ctx: UploadContext, id: string): Promise<ImportRunRecord> {
  const run = await createImportRunsRepository(ctx.db).get(id);
  if (!run || !isVisible(ctx.principal, run)) throw new DomainError('NOT_FOUND', 'Import introuvable.');
  return run;
}

async function toDtos(ctx: UploadContext, runs: ImportRunRecord[]): Promise<ImportRunDto[]> {
  const ids = [...new Set(runs.flatMap((r) => scopeOf(r) ?? []))];
  const names = new Map(ids.length ? (await createCptsRepository(ctx.db).list({ ids })).map((c) => [c.id, c.name]) : []);
  return runs.map((run) =>
    toImportRunDto(run, { scopeName: names.get(scopeOf(run) ?? '') ?? null, previewTtlHours: ctx.settings.previewTtlHours }),
  );
}

const toDto = async (ctx: UploadContext, run: ImportRunRecord) => (await toDtos(ctx, [run]))[0] as ImportRunDto;

export async function getUpload(ctx: UploadContext, id: string): Promise<ImportRunDto> {
  await sweepImportRuns(ctx);
  return toDto(ctx, await visibleRun(ctx, id));
}

/** Streams the uploaded file into its run; answers with the preview once the whole file is read. */
export async function receiveUpload(ctx: UploadContext, id: string, body: Readable): Promise<ImportRunDto> {
  assertMayManage(ctx.principal, await visibleRun(ctx, id));
  return toDto(ctx, await previewImportFile(ctx, id, { input: body }));
}

/** Applies a previewed run; `applied` gives the rows written, for the audit trail. */
export async function applyUpload(ctx: UploadContext, id: string): Promise<{ run: ImportRunDto; applied: AppliedEntityCounts[] }> {
  assertMayManage(ctx.principal, await visibleRun(ctx, id));
  const result = await applyImport(ctx, id, ctx.principal.userId);
  return { run: await toDto(ctx, result.run), applied: result.applied };
}

export async function cancelUpload(ctx: UploadContext, id: string): Promise<ImportRunDto> {
  assertMayManage(ctx.principal, await visibleRun(ctx, id));
  return toDto(ctx, await cancelImport(ctx, id));
}

export async function recentUploads(ctx: UploadContext): Promise<ImportRunDto[]> {
  await sweepImportRuns(ctx);
  const runs = await createImportRunsRepository(ctx.db).recent(50);
  return toDtos(ctx, runs.filter((r) => isVisible(ctx.principal, r)).slice(0, 20));
}
