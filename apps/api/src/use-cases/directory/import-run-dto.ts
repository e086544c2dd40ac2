import type { ImportRunDto } from '@maillon/contracts';
import type { ImportRunRecord, ImportRunStatus, StoredPreview } from '@maillon/domain';
import { parseRunKind } from './readers.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A run as the web page and the CLI show it; `scopeName` names the CPTS of a territory upload. */
export function toImportRunDto(run: ImportRunRecord, options: { scopeName: string | null; previewTtlHours: number }): ImportRunDto {
  const stats = (run.stats ?? {}) as Record<string, unknown>;
  const kind = parseRunKind(run.kind);
  const status = run.status as ImportRunStatus;
  return {
    id: run.id,
    kind: kind.file,
    sourceName: run.sourceName,
    status,
    startedAt: run.startedAt.toISOString(),
    finishedAt: iso(run.finishedAt),
    bytesTotal: run.bytesTotal,
    bytesDone: run.bytesDone,
    linesRead: run.linesRead,
    accepted: run.accepted,
    rejectedCount: run.rejectedCount,
    rejected: run.rejected as ImportRunDto['rejected'],
    stats: Object.fromEntries(Object.entries(stats).filter((entry): entry is [string, number] => typeof entry[1] === 'number')),
    error: run.error,
    scope: kind.cptsId,
    scopeName: kind.cptsId ? options.scopeName : null,
    preview: (run.preview as StoredPreview | null) ?? null,
    previewedAt: iso(run.previewedAt),
    applied: (run.applied as ImportRunDto['applied']) ?? null,
    appliedAt: iso(run.appliedAt),
    expiresAt:
      status === 'previewed' && run.previewedAt
        ? new Date(run.previewedAt.getTime() + options.previewTtlHours * 3_600_000).toISOString()
        : null,
  };
}
