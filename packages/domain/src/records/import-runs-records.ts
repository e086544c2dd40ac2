import type { ImportEntityCounts } from '../directory/import-run.ts';

/** Records the import runs repository exchanges with the use cases (ports in apps/api/src/use-cases). */

/** A directory import run as stored (table `import_runs`). */
export interface ImportRunRecord {
  id: string;
  /** 'rpps', 'skills', 'finess', or 'rpps:<cpts id>' for a coordination team's territory upload. */
  kind: string;
  sourceName: string;
  status: string;
  startedAt: Date;
  /** When the run reached a final state. */
  finishedAt: Date | null;
  bytesTotal: number | null;
  bytesDone: number;
  linesRead: number;
  accepted: number;
  rejectedCount: number;
  /** First rejected lines with line number and reason. */
  rejected: unknown;
  stats: unknown;
  error: string | null;
  startedBy: string | null;
  /** Updated while the file is read: a run whose heartbeat is too old was abandoned by a crash. */
  heartbeatAt: Date | null;
  previewedAt: Date | null;
  appliedAt: Date | null;
  appliedBy: string | null;
  /** Territory upload: the CPTS's units when the file was read (they must not change before apply). */
  scopeUnits: unknown;
  /** Figures per kind of row comparing the staged file with the live directory. */
  preview: unknown;
  /** Rows written by the apply step, per kind of row (added, updated, gone). */
  applied: unknown;
  /** Staged rows may remain (discarded once the run is final). */
  hasStagedRows: boolean;
}

export interface RejectedLine {
  line: number;
  reason: string;
}

export interface ImportProgress {
  bytesDone: number;
  linesRead: number;
  accepted: number;
  rejectedCount: number;
  rejected: RejectedLine[];
}

/** The stored preview of a run: its scope and the figures per kind of row. */

export interface StoredPreview {
  scope: 'national' | 'territory';
  entities: ImportEntityCounts[];
}
