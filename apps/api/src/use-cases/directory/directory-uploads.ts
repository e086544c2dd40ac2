import type { Readable } from 'node:stream';
import type { ImportRunDto } from '@maillon/contracts';
import { createCptsRepository, createDirectoryRepository, type Db, type ImportRunRecord } from '@maillon/db';
import { canCoordinate, DomainError, forbidden, isAdmin, type Principal } from '@maillon/domain';
import { importFiness } from './import-finess.ts';
import { importRpps } from './import-rpps.ts';
import { importRppsSkills } from './import-skills.ts';

const IMPORTERS = { rpps: importRpps, 'savoir-faire': importRppsSkills, finess: importFiness } as const;
type Kind = keyof typeof IMPORTERS;

interface UploadContext {
  db: Db;
  principal: Principal;
  now: () => Date;
}

/** A run's kind carries its scope: `rpps` (national) or `rpps:<cpts id>` (a CPTS's territory). */
export function toImportRunDto(run: ImportRunRecord): ImportRunDto {
  const stats = (run.stats ?? {}) as Record<string, number>;
  return {
    id: run.id,
    kind: run.kind.split(':')[0] ?? run.kind,
    sourceName: run.sourceName,
    status: run.status as ImportRunDto['status'],
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    bytesTotal: run.bytesTotal,
    bytesDone: run.bytesDone,
    linesRead: run.linesRead,
    accepted: run.accepted,
    rejectedCount: run.rejectedCount,
    rejected: run.rejected as ImportRunDto['rejected'],
    stats: Object.fromEntries(Object.entries(stats).filter(([, v]) => typeof v === 'number')),
    error: run.error,
    scope: run.kind.includes(':') ? (run.kind.split(':')[1] ?? null) : null,
  };
}

/**
 * Creates an import run before the upload so that the page can follow its progress from any
 * API process. National files are the platform admin's; a coordination team may import RPPS
 * lines for its own territory only (nothing outside it is kept or marked as gone).
 */
export async function createUpload(
  ctx: UploadContext,
  input: { kind: Kind; sourceName: string; bytesTotal?: number | null; cptsId?: string | undefined },
) {
  if (input.cptsId) {
    if (!canCoordinate(ctx.principal, input.cptsId)) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
    if (input.kind !== 'rpps') throw forbidden("Une équipe de coordination n'importe que l'extraction RPPS de son territoire.");
  } else if (!isAdmin(ctx.principal)) {
    throw forbidden("L'import national est réservé à l'administration de la plateforme ; indiquez votre CPTS.");
  }
  const id = crypto.randomUUID();
  const kind = input.cptsId ? `${input.kind}:${input.cptsId}` : input.kind;
  await createDirectoryRepository(ctx.db).startRun({
    id,
    kind,
    sourceName: input.sourceName,
    bytesTotal: input.bytesTotal ?? null,
    startedBy: ctx.principal.userId,
    now: ctx.now(),
  });
  return id;
}

async function visibleRun(ctx: UploadContext, id: string): Promise<ImportRunRecord> {
  const run = await createDirectoryRepository(ctx.db).getRun(id);
  const scope = run?.kind.split(':')[1];
  const visible =
    run &&
    (isAdmin(ctx.principal) || run.startedBy === ctx.principal.userId || (scope !== undefined && canCoordinate(ctx.principal, scope)));
  if (!run || !visible) throw new DomainError('NOT_FOUND', 'Import introuvable.');
  return run;
}

export async function getUpload(ctx: UploadContext, id: string): Promise<ImportRunDto> {
  return toImportRunDto(await visibleRun(ctx, id));
}

/** Streams the uploaded file into its run; answers when the import is finished. */
export async function receiveUpload(ctx: UploadContext, id: string, body: Readable): Promise<ImportRunDto> {
  const run = await visibleRun(ctx, id);
  if (run.status !== 'running' || run.linesRead > 0) throw new DomainError('CONFLICT', 'Ce fichier a déjà été envoyé pour cet import.');
  const [kind, cptsId] = run.kind.split(':') as [Kind, string | undefined];
  const scopeUnits = cptsId ? await createCptsRepository(ctx.db).unitCodes(cptsId) : undefined;
  try {
    await IMPORTERS[kind]({
      db: ctx.db,
      input: body,
      sourceName: run.sourceName,
      bytesTotal: run.bytesTotal,
      now: ctx.now,
      runId: id,
      scopeUnits,
    });
  } catch (error) {
    throw new DomainError('INVALID', error instanceof Error ? error.message : 'Fichier illisible.', 'file');
  }
  return toImportRunDto(await visibleRun(ctx, id));
}

export async function recentUploads(ctx: UploadContext): Promise<ImportRunDto[]> {
  const runs = await createDirectoryRepository(ctx.db).recentRuns(50);
  const visible = runs.filter((r) => {
    const scope = r.kind.split(':')[1];
    return isAdmin(ctx.principal) || (scope !== undefined && canCoordinate(ctx.principal, scope));
  });
  return visible.slice(0, 20).map(toImportRunDto);
}
