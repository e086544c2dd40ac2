/**
 * MAILLON_STARTUP_TRACE=1 prints, on stderr, how long after the process started each start-up
 * phase ended (issue #11 item 4: finding what a warm start spends its second on). Off by default.
 */
export function startupTrace(env: NodeJS.ProcessEnv = process.env): (phase: string) => void {
  if (env.MAILLON_STARTUP_TRACE !== '1') return () => {};
  return (phase) => process.stderr.write(`startup ${phase}: ${Math.round(performance.now())} ms\n`);
}
