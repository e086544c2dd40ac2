import type { Readable } from 'node:stream';
import type { RejectedLine, StagingWriter } from '@maillon/domain';
import { assertFileComplete, conflict } from '@maillon/domain';
import type { ImportContext } from './import-ports.ts';
import { type LinePart, readLineParts, readLines } from './read-lines.ts';

export interface ImportProgressEvent {
  bytesDone: number;
  bytesTotal: number | null;
  linesRead: number;
}

/** What a format-specific reader plugs into the shared streaming loop. */
export interface LineHandler {
  /** Called with each non-empty line; returns 'accepted', 'skipped' or a rejection reason. */
  line(text: string, lineNumber: number): LineOutcome;
  /**
   * When set, called instead of `line` with the lines of a UTF-8 file as bytes (`bytes[start, end)`,
   * valid UTF-8, without the newline): the same outcome as `line` with the decoded line, or null
   * for a blank line, which `line` is never given.
   */
  lineBytes?: ((bytes: Buffer, start: number, end: number, lineNumber: number) => LineOutcome | null) | undefined;
  /** Rows waiting to be staged. */
  pending(): number;
  /**
   * Takes the pending rows (synchronously, so parsing can go on) and returns their staging
   * write, run while the next batch is parsed.
   */
  drain(): (staging: StagingWriter) => Promise<void>;
  /** After the whole file: last staging writes and end-of-file checks (a missing header…). */
  finish(staging: StagingWriter): Promise<void>;
  stats: Record<string, number>;
}

export type LineOutcome = { accepted: true } | { skipped: true } | { reason: string };

export interface LineImportOptions {
  runId: string;
  input: Readable;
  bytesTotal: number | null;
  onProgress?: ((event: ImportProgressEvent) => void) | undefined;
}

export interface LineImportReport {
  linesRead: number;
  accepted: number;
  rejectedCount: number;
  rejected: RejectedLine[];
  stats: Record<string, number>;
}

// Small batches: the rows of a pending batch survive the young generation's scavenges (copied,
// then promoted), so V8's work grows with the batch; with one COPY stream per run (staging
// repository) a write is no longer a transaction of its own, and small batches cost nothing more.
const BATCH = 1_000;
/** Progress is stored on the run every this many lines (one UPDATE), not after every batch. */
const REPORT_EVERY = 10_000;
const KEPT_REJECTS = 200;
const YIELD_EVERY = 256;

/** The run stopped being ours while we read it (abandoned, or marked interrupted by another process). */
export const runNoLongerReading = () =>
  conflict("L'import a été abandonné ou interrompu pendant la lecture du fichier : rien n'a été appliqué.");

/**
 * Streams a file through a handler into the run's staging rows, in batches written to one
 * staging stream (one COPY per table on PostgreSQL), with progress and heartbeat stored on the run
 * (visible to every API process) and reported to the caller. The live directory is not touched:
 * the caller previews, then applies or discards.
 */
export async function readIntoStaging(ctx: ImportContext, options: LineImportOptions, handler: LineHandler): Promise<LineImportReport> {
  const runs = ctx.ports.importRuns;
  const { runId } = options;
  const rejected: RejectedLine[] = [];
  let rejectedCount = 0;
  let accepted = 0;
  let linesRead = 0;
  let bytesDone = 0;
  let lost = false;
  const report = async () => {
    if (!(await runs.progress(runId, { bytesDone, linesRead, accepted, rejectedCount, rejected }, ctx.clock()))) lost = true;
    options.onProgress?.({ bytesDone, bytesTotal: options.bytesTotal, linesRead });
  };
  // Between batches too (a slow upload, a long final write), so that only a dead process looks abandoned.
  const beat = setInterval(
    () => {
      runs.heartbeat(runId, ctx.clock()).then(
        (alive) => {
          if (!alive) lost = true;
        },
        () => {},
      );
    },
    Math.max(1_000, (ctx.settings.heartbeatTimeoutSeconds * 1000) / 3),
  );
  beat.unref();
  let inFlight: Promise<void> = Promise.resolve();
  const staging = ctx.ports.importStaging.open(runId);
  try {
    let lineNumber = 0;
    let reportAt = REPORT_EVERY;
    const onBytes = (b: number) => {
      bytesDone = b;
    };
    const lineBytes = handler.lineBytes;
    const parts: AsyncIterable<LinePart> = lineBytes ? readLineParts(options.input, onBytes) : textParts(readLines(options.input, onBytes));
    const ends: number[] = [];
    for await (const part of parts) {
      const { text, bytes } = part;
      ends.length = 0;
      if (bytes) for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) ends.push(at);
      const count = text ? text.length : ends.length;
      for (let i = 0; i < count; i++) {
        lineNumber++;
        linesRead = lineNumber;
        // Let the event loop run while a chunk is parsed: the staging write's replies (a batch
        // is several round trips) and the heartbeat then go on instead of waiting for the chunk's end.
        if (lineNumber % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
        let outcome: LineOutcome | null;
        if (text) {
          const line = text[i] as string;
          outcome = line.trim() === '' ? null : handler.line(line, lineNumber);
        } else {
          const start = i === 0 ? 0 : (ends[i - 1] as number) + 1;
          outcome = (lineBytes as NonNullable<typeof lineBytes>)(bytes as Buffer, start, ends[i] as number, lineNumber);
        }
        if (outcome === null) continue;
        if ('reason' in outcome) {
          rejectedCount++;
          if (rejected.length < KEPT_REJECTS) rejected.push({ line: lineNumber, reason: outcome.reason });
        } else if ('accepted' in outcome) accepted++;
        if (handler.pending() >= BATCH) {
          // One batch written while the next is parsed: the database works as Node parses.
          await inFlight;
          if (lost) throw runNoLongerReading();
          const write = handler.drain();
          const due = lineNumber >= reportAt;
          if (due) reportAt = lineNumber + REPORT_EVERY;
          inFlight = due ? write(staging).then(report) : write(staging);
        }
      }
    }
    await inFlight;
    await handler.drain()(staging);
    await handler.finish(staging);
    assertFileComplete(bytesDone, options.bytesTotal);
    await staging.close();
    await report();
    if (lost) throw runNoLongerReading();
  } catch (error) {
    await inFlight.catch(() => {});
    await staging.abort().catch(() => {});
    await report().catch(() => {});
    throw error;
  } finally {
    clearInterval(beat);
  }
  return { linesRead, accepted, rejectedCount, rejected, stats: handler.stats };
}

async function* textParts(lines: AsyncIterable<string[]>): AsyncGenerator<LinePart> {
  for await (const text of lines) yield { text };
}
