import type { LoginThrottleRepository } from '@maillon/domain';
import {
  type FailureCounter,
  type LoginCounters,
  type LoginThrottlePolicy,
  releaseAfterSuccess,
  reserveLoginAttempt,
  throttledMessage,
  throttleSource,
} from '@maillon/domain';
import { type AuthEventLog, logAuthEvent } from './auth-events.ts';
import { UNKNOWN_USER_HASH, verifyPassword } from './passwords.ts';

export type PasswordCheck =
  | { kind: 'checked'; ok: boolean }
  | { kind: 'throttled'; retryAfterSeconds: number; limitedBy: 'pair' | 'source' };

/** A refused attempt: `message` says in French when to retry, the route sends `Retry-After`. */
export interface Throttled {
  kind: 'throttled';
  retryAfterSeconds: number;
  message: string;
}

type Keys = Record<keyof LoginCounters, string>;

/** Throttle keys of an attempt on `account` (normalised e-mail) from a client address. */
export function throttleKeys(account: string, address: string): Keys {
  const source = throttleSource(address);
  return { pair: `pair:${source} ${account}`, source: `source:${source}`, account: `account:${account}` };
}

const EMPTY: FailureCounter = { failures: 0, lastFailureAt: null };

function countersOf(rows: ReadonlyMap<string, FailureCounter>, keys: Keys): LoginCounters {
  return { pair: rows.get(keys.pair) ?? EMPTY, source: rows.get(keys.source) ?? EMPTY, account: rows.get(keys.account) ?? EMPTY };
}

function rowsOf(counters: LoginCounters, keys: Keys): Map<string, FailureCounter> {
  return new Map([
    [keys.pair, counters.pair],
    [keys.source, counters.source],
    [keys.account, counters.account],
  ]);
}

/**
 * Checks a password under the login throttle (packages/domain/src/auth/login-throttle.ts): the
 * attempt is first reserved under a lock of its counters, and only a reserved attempt verifies
 * the hash, so concurrent attempts can never check more passwords than the policy allows. The
 * hash is verified outside the lock (argon2 takes tens of milliseconds). An account without a
 * password verifies a dummy hash, so that it answers like any wrong password, in the same time.
 */
export async function checkPasswordThrottled(options: {
  throttle: LoginThrottleRepository;
  keys: Keys;
  passwordHash: string | null;
  password: string;
  now: Date;
  policy: LoginThrottlePolicy;
}): Promise<PasswordCheck> {
  const { throttle, keys } = options;
  const reservation = await throttle.withLockedCounters(Object.values(keys), (rows) => {
    const decision = reserveLoginAttempt(countersOf(rows, keys), options.now, options.policy);
    return { save: decision.allowed ? rowsOf(decision.counters, keys) : new Map(), result: decision };
  });
  if (!reservation.allowed)
    return { kind: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds, limitedBy: reservation.limitedBy };
  const verified = await verifyPassword(options.passwordHash ?? UNKNOWN_USER_HASH, options.password);
  const ok = verified && options.passwordHash !== null;
  if (ok) {
    await throttle.withLockedCounters(Object.values(keys), (rows) => ({
      save: rowsOf(releaseAfterSuccess(countersOf(rows, keys), reservation), keys),
      result: undefined,
    }));
  }
  return { kind: 'checked', ok };
}

/** Logs a throttled attempt and turns it into the answer the route gives. */
export function throttledOutcome(
  log: AuthEventLog,
  attempt: { userId: string | null; source: string; check: Extract<PasswordCheck, { kind: 'throttled' }> },
): Throttled {
  const { retryAfterSeconds, limitedBy } = attempt.check;
  logAuthEvent(log, { event: 'login.throttled', userId: attempt.userId, source: attempt.source, retryAfterSeconds, limitedBy });
  return { kind: 'throttled', retryAfterSeconds, message: throttledMessage(retryAfterSeconds) };
}
