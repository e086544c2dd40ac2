import type { ImportEntityCounts, ImportRunStatus } from '../directory/import-run.ts';
import type { AppliedEntityCounts } from './import-staging-repository.ts';

/** The storage contract of import runs: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

/**
 * Import runs and their states. Every state change is a conditional UPDATE on the expected
 * current state, so that two API processes (or two clicks) can never both move the same run.
 */
export interface ImportRunsRepository {
  create(run: {
    id: string;
    kind: string;
    sourceName: string;
    bytesTotal: number | null;
    startedBy: string | null;
    now: Date;
  }): Promise<void>;
  /** created → reading, atomically; false when the run was not waiting for its file. */
  claimForReading(id: string, options: { now: Date; scopeUnits: readonly string[] | null }): Promise<boolean>;
  /** Progress and heartbeat while reading; false when the run is no longer reading. */
  progress(id: string, progress: ImportProgress, now: Date): Promise<boolean>;
  heartbeat(id: string, now: Date): Promise<boolean>;
  /** reading → previewed with the figures; false when the run is no longer reading. */
  markPreviewed(id: string, outcome: { now: Date; preview: StoredPreview; stats: Record<string, number> }): Promise<boolean>;
  /** Moves the run to a final state from one of `from`; false when it was in none of them. */
  finish(
    id: string,
    outcome: { from: readonly ImportRunStatus[]; to: ImportRunStatus; now: Date; error?: string; stats?: Record<string, number> },
  ): Promise<boolean>;
  /** The run, locked until the end of the current transaction (apply). */
  lock(id: string): Promise<ImportRunRecord | null>;
  markApplied(id: string, outcome: { now: Date; appliedBy: string | null; applied: AppliedEntityCounts[] }): Promise<void>;
  get(id: string): Promise<ImportRunRecord | null>;
  recent(limit: number): Promise<ImportRunRecord[]>;
  /** reading runs whose heartbeat is older than the cut-off → interrupted; returns their ids. */
  interruptStale(options: { heartbeatBefore: Date; now: Date; error: string }): Promise<string[]>;
  /** Previews (and runs never sent their file) older than the cut-off → expired. */
  expireOld(options: { before: Date; now: Date }): Promise<string[]>;
  /** Final runs that may still have staged rows. */
  finalWithStagedRows(finalStatuses: readonly ImportRunStatus[]): Promise<string[]>;
  markStagedRowsDiscarded(id: string): Promise<void>;
}
