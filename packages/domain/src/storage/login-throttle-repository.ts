import type { FailureCounter } from '../auth/login-throttle.ts';

/** The storage contract of login throttle: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export type CounterUpdate<T> = (counters: ReadonlyMap<string, FailureCounter>) => {
  /** Counters to write before the lock is released (none: nothing changes). */
  save: ReadonlyMap<string, FailureCounter>;
  result: T;
};

/** Failed-login counters, read and written under a row lock (see login_throttles). */
export interface LoginThrottleRepository {
  /**
   * Locks the counters of `keys` (creating missing ones at zero), hands them to `update` and
   * saves what it returns, in one transaction: two callers sharing a key run one after the
   * other, so no interleaving of "count" and "record" can let an extra attempt through. Keys are
   * locked in sorted order so that callers with overlapping keys cannot deadlock.
   */
  withLockedCounters<T>(keys: readonly string[], update: CounterUpdate<T>): Promise<T>;
  /** Drops counters whose last failure is older than `before` (skipping rows in use). */
  deleteForgotten(before: Date): Promise<void>;
}
