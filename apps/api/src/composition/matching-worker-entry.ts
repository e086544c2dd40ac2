import { parentPort, workerData } from 'node:worker_threads';
import { type MatchingInput, matchPatients } from '@maillon/domain';

// Runs the matching engine off the API's event loop, posting its progress at most every
// 100 ms (docs/reference/mt-matching.md §2): the main thread stores it for every process to read.
let last = 0;
const result = matchPatients(workerData as MatchingInput, (progress) => {
  const now = Date.now();
  if (now - last < 100) return;
  last = now;
  parentPort?.postMessage({ kind: 'progress', progress });
});
parentPort?.postMessage({ kind: 'result', result });
