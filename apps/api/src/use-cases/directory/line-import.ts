import type { Readable } from 'node:stream';
import { createImportRunsRepository, type Db } from '@maillon/db';
import type { RejectedLine } from '@maillon/domain';
import { conflict, invalid } from '@maillon/domain';
import { readLines } from './read-lines.ts';

export interface ImportProgressEvent {
  bytesDone: number;
  bytesTotal: number | null;
  linesRead: number;
}

/** What a format-specific reader plugs into the shared streaming loop. */
export interface LineHandler {
  /** Called with each non-empty line; returns 'accepted', 'skipped' or a rejection reason. */
  line(text: string, lineNumber: number): { accepted: true } | { skipped: true } | { reason: string };
  /** Rows waiting to be staged. */
  pending(): number;
  /**
   * Takes the pending rows (synchronously, so parsing can go on) and returns their staging
   * write, run while the next batch is parsed.
   */
  drain(): (db: Db) => Promise<void>;
  /** After the whole file: last staging writes and end-of-file checks (a missing header…). */
  finish(db: Db): Promise<void>;
  stats: Record<string, number>;
}

export interface LineImportOptions {
  db: Db;
  runId: string;
  input: Readable;
  bytesTotal: number | null;
  now: () => Date;
  /** The run is marked interrupted by others when no heartbeat came for this long. */
  heartbeatTimeoutSeconds: number;
  onProgress?: ((event: ImportProgressEvent) => void) | undefined;
}

export interface LineImportReport {
  linesRead: number;
  accepted: number;
  rejectedCount: number;
  rejected: RejectedLine[];
  stats: Record<string, number>;
}

const BATCH = 5_000;
const KEPT_REJECTS = 200;

/** The run stopped being ours while we read it (abandoned, or marked interrupted by another process). */
export const runNoLongerReading = () =>
  conflict("L'import a été abandonné ou interrompu pendant la lecture du fichier : rien n'a été appliqué.");

/**
 * Streams a file through a handler into the run's staging rows, in batches, with progress and
 * heartbeat stored on the run (visible to every API process) and reported to the caller. The
 * live directory is not touched: the caller previews, then applies or discards.
 */
export async function readIntoStaging(options: LineImportOptions, handler: LineHandler): Promise<LineImportReport> {
  const runs = createImportRunsRepository(options.db);
  const { runId } = options;
  const rejected: RejectedLine[] = [];
  let rejectedCount = 0;
  let accepted = 0;
  let linesRead = 0;
  let bytesDone = 0;
  let lost = false;
  const report = async () => {
    if (!(await runs.progress(runId, { bytesDone, linesRead, accepted, rejectedCount, rejected }, options.now()))) lost = true;
    options.onProgress?.({ bytesDone, bytesTotal: options.bytesTotal, linesRead });
  };
  // Between batches too (a slow upload, a long final write), so that only a dead process looks abandoned.
  const beat = setInterval(
    () => {
      runs.heartbeat(runId, options.now()).then(
        (alive) => {
          if (!alive) lost = true;
        },
        () => {},
      );
    },
    Math.max(1_000, (options.heartbeatTimeoutSeconds * 1000) / 3),
  );
  beat.unref();
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
        if (lost) throw runNoLongerReading();
        const write = handler.drain();
        inFlight = options.db.transaction((tx) => write(tx)).then(report);
      }
    }
    await inFlight;
    await options.db.transaction((tx) => handler.drain()(tx));
    await handler.finish(options.db);
    if (options.bytesTotal !== null && bytesDone !== options.bytesTotal) {
      throw invalid(
        'file',
        `Fichier incomplet : ${bytesDone.toLocaleString('fr-FR')} octets reçus sur ${options.bytesTotal.toLocaleString('fr-FR')} annoncés.`,
      );
    }
    await report();
    if (lost) throw runNoLongerReading();
  } catch (error) {
    await inFlight.catch(() => {});
    await report().catch(() => {});
    throw error;
  } finally {
    clearInterval(beat);
  }
  return { linesRead, accepted, rejectedCount, rejected, stats: handler.stats };
}
