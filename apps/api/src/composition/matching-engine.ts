import { Worker } from 'node:worker_threads';
import { DomainError, type MatchingInput, type MatchingProgress, type MatchingResult } from '@maillon/domain';
import type { MatchingEngine } from '../use-cases/mt-matching/matching-run-ports.ts';

type Message = { kind: 'progress'; progress: MatchingProgress } | { kind: 'result'; result: MatchingResult };

/** Beside this module in the sources; beside the server in the bundle (apps/api/scripts/build-server.ts). */
const WORKER_ENTRY = import.meta.url.endsWith('.ts') ? './matching-worker-entry.ts' : './matching-worker-entry.mjs';

/**
 * The matching engine in a worker thread: a département-wide run takes seconds of CPU, which
 * must not stall the other requests of this process; progress comes back as messages.
 */
export function workerMatchingEngine(): MatchingEngine {
  return {
    run: (input: MatchingInput, onProgress: (progress: MatchingProgress) => void) =>
      new Promise<MatchingResult>((resolve, reject) => {
        const worker = new Worker(new URL(WORKER_ENTRY, import.meta.url), { workerData: input });
        let settled = false;
        worker.on('message', (message: Message) => {
          if (message.kind === 'progress') onProgress(message.progress);
          else {
            settled = true;
            resolve(message.result);
            void worker.terminate();
          }
        });
        worker.on('error', (error) => {
          settled = true;
          // A DomainError crosses the thread as a plain Error: keep its French message.
          reject(error instanceof DomainError ? error : new DomainError('INVALID', error.message));
        });
        worker.on('exit', (code) => {
          if (!settled) reject(new Error(`matching worker exited with code ${code}`));
        });
      }),
  };
}
