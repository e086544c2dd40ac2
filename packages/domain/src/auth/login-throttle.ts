/**
 * Login throttling, after the OWASP Authentication Cheat Sheet ("Protect Against Automated
 * Attacks", "Account Lockout": count failures, grow the delay exponentially, do not let an
 * attacker lock the owner out) and the OWASP Credential Stuffing Prevention Cheat Sheet
 * ("Defense in Depth": limits per source across accounts).
 *
 * Three counters of failed password checks, each forgotten `forgetAfterHours` after its last
 * failure:
 * - pair (account, source): the first `freeFailures` failures pass at once; after that each
 *   attempt waits `base × 2^(failures − free)` seconds after the previous failure, capped at
 *   `maxDelaySeconds` (exponential backoff). A successful login resets it.
 * - source (any account): the same backoff with a higher threshold, against credential stuffing
 *   and password spraying from one address.
 * - account (any source): a soft limit. Past `softLimit` failures, every pair of the account
 *   gets only `pairFreeFailuresBeyond` free failures before its own backoff starts. Guessing
 *   slows down from every address, yet a source that has no failure of its own always gets its
 *   attempt: a third party can slow the owner down, never lock them out.
 *
 * An attempt is counted as a failure when it is reserved, before the password is checked, so
 * that concurrent attempts cannot overtake the count; a success gives the reservation back.
 */

/** Failed password checks under one key, and when the last one happened. */
export interface FailureCounter {
  failures: number;
  lastFailureAt: Date | null;
}

/** Exponential backoff: free failures, then a delay doubling from `baseDelaySeconds` up to the cap. */
export interface BackoffRule {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export interface LoginThrottlePolicy {
  /** Per (account, source): the owner's own typing mistakes, or one attacker on one account. */
  pair: BackoffRule;
  /** Per source, all accounts together (credential stuffing, password spraying). */
  source: BackoffRule;
  /** Per account, all sources together: only lowers the pairs' free failures, never refuses alone. */
  account: { softLimit: number; pairFreeFailuresBeyond: number };
  /** A counter without failure for this long starts again from zero. */
  forgetAfterHours: number;
}

/**
 * Maillon's limits: five free tries per account and address, then 30 s, 1 min, 2 min … up to
 * 15 min between tries; thirty free failures per address across accounts, then 1 min doubling up
 * to 1 h; past twenty failures on an account from all addresses together, one free try per
 * address before the backoff starts.
 */
export const LOGIN_THROTTLE_POLICY: LoginThrottlePolicy = {
  pair: { freeFailures: 5, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60 },
  source: { freeFailures: 30, baseDelaySeconds: 60, maxDelaySeconds: 60 * 60 },
  account: { softLimit: 20, pairFreeFailuresBeyond: 1 },
  forgetAfterHours: 24,
};

/** The three counters that decide one attempt. */
export interface LoginCounters {
  pair: FailureCounter;
  source: FailureCounter;
  account: FailureCounter;
}

export type LoginReservation =
  /**
   * The attempt may check the password; `counters` (the attempt counted as a failure) must be
   * saved first, `before` is what a success gives back to (see releaseAfterSuccess).
   */
  | { allowed: true; counters: LoginCounters; before: LoginCounters; at: Date }
  | { allowed: false; retryAfterSeconds: number; limitedBy: 'pair' | 'source' };

const NONE: FailureCounter = { failures: 0, lastFailureAt: null };

/** Seconds to wait after the last failure, once `failures` failures were counted under a rule. */
export function backoffDelaySeconds(failures: number, rule: BackoffRule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.baseDelaySeconds * 2 ** (failures - rule.freeFailures), rule.maxDelaySeconds);
}

function live(counter: FailureCounter, now: Date, policy: LoginThrottlePolicy): FailureCounter {
  if (!counter.lastFailureAt || counter.failures <= 0) return NONE;
  const age = now.getTime() - counter.lastFailureAt.getTime();
  return age >= policy.forgetAfterHours * 3_600_000 ? NONE : counter;
}

function waitSeconds(counter: FailureCounter, rule: BackoffRule, now: Date): number {
  const delay = backoffDelaySeconds(counter.failures, rule);
  if (delay === 0 || !counter.lastFailureAt) return 0;
  const remaining = counter.lastFailureAt.getTime() + delay * 1000 - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

const counted = (counter: FailureCounter, now: Date): FailureCounter => ({ failures: counter.failures + 1, lastFailureAt: now });

/** Decides whether an attempt may check a password now and, if so, counts it. */
export function reserveLoginAttempt(
  counters: LoginCounters,
  now: Date,
  policy: LoginThrottlePolicy = LOGIN_THROTTLE_POLICY,
): LoginReservation {
  const pair = live(counters.pair, now, policy);
  const source = live(counters.source, now, policy);
  const account = live(counters.account, now, policy);
  const underAttack = account.failures >= policy.account.softLimit;
  const pairRule = underAttack
    ? { ...policy.pair, freeFailures: Math.min(policy.pair.freeFailures, policy.account.pairFreeFailuresBeyond) }
    : policy.pair;
  const pairWait = waitSeconds(pair, pairRule, now);
  const sourceWait = waitSeconds(source, policy.source, now);
  if (pairWait > 0 || sourceWait > 0) {
    return { allowed: false, retryAfterSeconds: Math.max(pairWait, sourceWait), limitedBy: pairWait >= sourceWait ? 'pair' : 'source' };
  }
  return {
    allowed: true,
    counters: { pair: counted(pair, now), source: counted(source, now), account: counted(account, now) },
    before: { pair, source, account },
    at: now,
  };
}

/**
 * After a successful password check (`current`: the counters as they are now): the pair starts
 * again from zero; the source and account counters give the reservation back, so that a success
 * is never a failure and never erases earlier ones. The last-failure time goes back to what it
 * was unless another attempt was counted meanwhile (then it stays, the stricter choice).
 */
export function releaseAfterSuccess(current: LoginCounters, reservation: { before: LoginCounters; at: Date }): LoginCounters {
  const giveBack = (counter: FailureCounter, before: FailureCounter): FailureCounter => {
    const untouched = counter.failures === before.failures + 1 && counter.lastFailureAt?.getTime() === reservation.at.getTime();
    if (untouched) return before;
    return { failures: Math.max(0, counter.failures - 1), lastFailureAt: counter.lastFailureAt };
  };
  return {
    pair: NONE,
    source: giveBack(current.source, reservation.before.source),
    account: giveBack(current.account, reservation.before.account),
  };
}

/** "30 secondes", "2 minutes", "1 heure": when to try again, in French. */
export function retryDelayInFrench(seconds: number): string {
  const unit = (n: number, word: string) => `${n}\u00a0${word}${n > 1 ? 's' : ''}`;
  if (seconds < 60) return unit(Math.max(1, Math.ceil(seconds)), 'seconde');
  if (seconds < 3600) return unit(Math.ceil(seconds / 60), 'minute');
  return unit(Math.ceil(seconds / 3600), 'heure');
}

/** The 429 message: says when the next attempt will be accepted. */
export function throttledMessage(retryAfterSeconds: number): string {
  return `Trop de tentatives de connexion. Réessayez dans ${retryDelayInFrench(retryAfterSeconds)}.`;
}
