import type { Readable } from 'node:stream';
import { createDirectoryRepository, type Db, type RejectedLine } from '@maillon/db';
import { readLines } from './read-lines.ts';

export interface ImportProgressEvent {
  bytesDone: number;
  bytesTotal: number | null;
  linesRead: number;
}

export interface DirectoryImportOptions {
  db: Db;
  input: Readable;
  sourceName: string;
  bytesTotal: number | null;
  now: () => Date;
  startedBy?: string | null;
  /** Only keep rows in these units, and only mark disappearances there (a CPTS's own upload). */
  scopeUnits?: readonly string[];
  isDemo?: boolean;
  onProgress?: (event: ImportProgressEvent) => void;
  /** Pre-created run id (the web upload returns it before the import ends). */
  runId?: string;
}

export interface DirectoryImportReport {
  runId: string;
  linesRead: number;
  accepted: number;
  rejectedCount: number;
  rejected: RejectedLine[];
  stats: Record<string, number>;
}

/** The run id rows are tagged with: the caller's (web upload) or a new one. */
export function runIdentity(options: DirectoryImportOptions): { runId: string; runExists: boolean } {
  return options.runId ? { runId: options.runId, runExists: true } : { runId: crypto.randomUUID(), runExists: false };
}

/** What a format-specific importer plugs into the shared streaming loop. */
export interface LineHandler {
  /** Called with each non-empty line; returns 'accepted', 'skipped' or a rejection reason. */
  line(text: string, lineNumber: number): { accepted: true } | { skipped: true } | { reason: string };
  /** Rows waiting to be written. */
  pending(): number;
  /**
   * Takes the pending rows (synchronously, so parsing can go on) and returns the write of
   * those rows, run in one transaction while the next batch is parsed.
   */
  drain(): (db: Db) => Promise<void>;
  /** After the whole file: final writes, disappearance marking; returns extra stats. */
  finish(db: Db, runId: string): Promise<void>;
  stats: Record<string, number>;
}

const BATCH = 5_000;
const KEPT_REJECTS = 200;

/**
 * Streams a file through a handler in batches, each written in its own transaction, with
 * progress stored on the import run (visible to every API process) and reported to the caller.
 * Only a file read to the end gets `finish` (so a failed import never marks rows as gone).
 */
export async function runLineImport(
  kind: string,
  options: DirectoryImportOptions & { runId: string; runExists: boolean },
  handler: LineHandler,
): Promise<DirectoryImportReport> {
  const runs = createDirectoryRepository(options.db);
  const runId = options.runId;
  if (!options.runExists) {
    await runs.startRun({
      id: runId,
      kind,
      sourceName: options.sourceName,
      bytesTotal: options.bytesTotal,
      startedBy: options.startedBy ?? null,
      now: options.now(),
    });
  }
  const rejected: RejectedLine[] = [];
  let rejectedCount = 0;
  let accepted = 0;
  let linesRead = 0;
  let bytesDone = 0;
  const report = async () => {
    await runs.progress(runId, { bytesDone, linesRead, accepted, rejectedCount, rejected });
    options.onProgress?.({ bytesDone, bytesTotal: options.bytesTotal, linesRead });
  };
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for await (const { line, lineNumber } of readLines(options.input, (b) => {
      bytesDone = b;
    })) {
      linesRead = lineNumber;
      if (line.trim() === '') continue;
      const outcome = handler.line(line, lineNumber);
      if ('reason' in outcome) {
        rejectedCount++;
        if (rejected.length < KEPT_REJECTS) rejected.push({ line: lineNumber, reason: outcome.reason });
      } else if ('accepted' in outcome) accepted++;
      if (handler.pending() >= BATCH) {
        // One batch written while the next is parsed: the database works as Node parses.
        await inFlight;
        const write = handler.drain();
        inFlight = options.db.transaction((tx) => write(tx)).then(report);
      }
    }
    await inFlight;
    const last = handler.drain();
    await options.db.transaction((tx) => last(tx));
    await handler.finish(options.db, runId);
    await report();
    await runs.finishRun(runId, { status: 'succeeded', now: options.now(), stats: handler.stats });
  } catch (error) {
    await inFlight.catch(() => {});
    await report();
    await runs.finishRun(runId, {
      status: 'failed',
      now: options.now(),
      stats: handler.stats,
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
  return { runId, linesRead, accepted, rejectedCount, rejected, stats: handler.stats };
}
