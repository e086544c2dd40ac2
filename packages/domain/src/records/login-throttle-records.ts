import type { FailureCounter } from '../auth/login-throttle.ts';

/** Records the login throttle repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export type CounterUpdate<T> = (counters: ReadonlyMap<string, FailureCounter>) => {
  /** Counters to write before the lock is released (none: nothing changes). */
  save: ReadonlyMap<string, FailureCounter>;
  result: T;
};
