import cliProgress from 'cli-progress';

/** A progress bar per phase on stderr (hidden when stderr is not a terminal, e.g. in CI logs). */
export function progressBar(): { onProgress: (phase: string, done: number, total: number) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {percentage}% | {value}/{total}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  return {
    onProgress(next, done, total) {
      if (next !== phase) {
        if (phase) bar.stop();
        phase = next;
        bar.start(total, done, { phase: next.padEnd(9) });
      } else bar.update(done);
      bar.setTotal(total);
    },
    stop: () => bar.stop(),
  };
}
