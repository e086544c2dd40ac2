/**
 * MAILLON_STARTUP_TRACE=1 prints, on stderr, how long after the process started each start-up
 * phase ended (issue #11 item 4: finding what a warm start spends its second on), with the CPU time
 * the process used so far (all its threads): on a shared machine the elapsed time varies with the
 * neighbours' load, the CPU time much less. Off by default.
 */
export function startupTrace(env: NodeJS.ProcessEnv = process.env): (phase: string) => void {
  if (env.MAILLON_STARTUP_TRACE !== '1') return () => {};
  return (phase) => {
    const cpu = process.cpuUsage();
    process.stderr.write(`startup ${phase}: ${Math.round(performance.now())} ms (cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms)\n`);
  };
}
