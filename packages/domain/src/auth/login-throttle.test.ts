import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelaySeconds,
  type FailureCounter,
  LOGIN_THROTTLE_POLICY,
  type LoginCounters,
  releaseAfterSuccess,
  reserveLoginAttempt,
  retryDelayInFrench,
  throttledMessage,
} from './login-throttle.ts';

const T0 = new Date('2026-11-22T10:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const none: FailureCounter = { failures: 0, lastFailureAt: null };
const fresh: LoginCounters = { pair: none, source: none, account: none };
const failures = (n: number, lastFailureAt = T0): FailureCounter => ({ failures: n, lastFailureAt });

/** Runs attempts that all fail, each as soon as it is allowed; returns the Retry-After values met. */
function failRepeatedly(count: number): number[] {
  let counters = fresh;
  let now = T0;
  const waits: number[] = [];
  for (let i = 0; i < count; i++) {
    let reservation = reserveLoginAttempt(counters, now);
    if (!reservation.allowed) {
      waits.push(reservation.retryAfterSeconds);
      now = new Date(now.getTime() + reservation.retryAfterSeconds * 1000);
      reservation = reserveLoginAttempt(counters, now);
    }
    if (!reservation.allowed) throw new Error('still throttled after Retry-After');
    counters = reservation.counters;
  }
  return waits;
}

describe('login throttle', () => {
  it('lets five failures through at once, then doubles the wait from 30 seconds up to 15 minutes', () => {
    expect(failRepeatedly(13)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('counts a reserved attempt as a failure before the password is checked', () => {
    const reservation = reserveLoginAttempt(fresh, T0);
    expect(reservation).toMatchObject({ allowed: true, counters: { pair: failures(1), source: failures(1), account: failures(1) } });
  });

  it('refuses with the time left until the backoff ends, in whole seconds', () => {
    const reservation = reserveLoginAttempt({ ...fresh, pair: failures(6) }, at(10.2));
    expect(reservation).toEqual({ allowed: false, retryAfterSeconds: 50, limitedBy: 'pair' });
  });

  it('throttles a source that failed on many accounts, whatever the account', () => {
    const reservation = reserveLoginAttempt({ ...fresh, source: failures(30) }, at(1));
    expect(reservation).toEqual({ allowed: false, retryAfterSeconds: 59, limitedBy: 'source' });
  });

  it('never refuses a source without failures of its own, however attacked the account is', () => {
    const reservation = reserveLoginAttempt({ ...fresh, account: failures(10_000) }, T0);
    expect(reservation.allowed).toBe(true);
  });

  it('past the account soft limit, starts every pair’s backoff after one failure', () => {
    const attacked = { pair: failures(1), source: failures(1), account: failures(LOGIN_THROTTLE_POLICY.account.softLimit) };
    expect(reserveLoginAttempt(attacked, T0)).toMatchObject({ allowed: false, retryAfterSeconds: 30 });
    expect(reserveLoginAttempt({ ...attacked, account: failures(19) }, T0).allowed).toBe(true);
  });

  it('forgets a counter a day after its last failure', () => {
    const old = { ...fresh, pair: failures(12), source: failures(200) };
    expect(reserveLoginAttempt(old, at(24 * 3600 - 1))).toMatchObject({ allowed: true, counters: { pair: { failures: 13 } } });
    const reservation = reserveLoginAttempt(old, at(24 * 3600));
    expect(reservation).toMatchObject({ allowed: true, counters: { pair: failures(1, at(24 * 3600)) } });
  });

  it('gives a successful attempt back: the pair starts from zero, earlier failures stay', () => {
    const before = { pair: failures(3), source: failures(7, at(-60)), account: failures(2, at(-30)) };
    const reservation = reserveLoginAttempt(before, T0);
    if (!reservation.allowed) throw new Error('expected allowed');
    expect(releaseAfterSuccess(reservation.counters, reservation)).toEqual({ pair: none, source: before.source, account: before.account });
  });

  it('keeps the later failure time when another attempt was counted in the meantime', () => {
    const reservation = reserveLoginAttempt(fresh, T0);
    if (!reservation.allowed) throw new Error('expected allowed');
    const meanwhile = { ...reservation.counters, source: failures(2, at(1)), account: failures(2, at(1)) };
    expect(releaseAfterSuccess(meanwhile, reservation)).toEqual({ pair: none, source: failures(1, at(1)), account: failures(1, at(1)) });
  });

  it('never lets more checks through than free failures at one instant, whatever the starting counters', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), (pair, source, account) => {
        let counters: LoginCounters = { pair: failures(pair), source: failures(source), account: failures(account) };
        let allowed = 0;
        for (let i = 0; i < 60; i++) {
          const reservation = reserveLoginAttempt(counters, T0);
          if (!reservation.allowed) continue;
          allowed++;
          counters = reservation.counters;
        }
        expect(allowed).toBeLessThanOrEqual(Math.max(0, LOGIN_THROTTLE_POLICY.pair.freeFailures - pair));
      }),
    );
  });

  it('caps the delay even after a huge number of failures', () => {
    expect(backoffDelaySeconds(10_000, LOGIN_THROTTLE_POLICY.pair)).toBe(900);
  });

  it('says in French when to try again', () => {
    expect(retryDelayInFrench(1)).toBe('1\u00a0seconde');
    expect(retryDelayInFrench(30)).toBe('30\u00a0secondes');
    expect(retryDelayInFrench(60)).toBe('1\u00a0minute');
    expect(retryDelayInFrench(61)).toBe('2\u00a0minutes');
    expect(retryDelayInFrench(3600)).toBe('1\u00a0heure');
    expect(throttledMessage(900)).toBe('Trop de tentatives de connexion. Réessayez dans 15\u00a0minutes.');
  });
});
