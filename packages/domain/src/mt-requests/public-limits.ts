import { invalid } from '../errors.ts';
import type { WindowCounter } from '../storage/mt-requests-repository.ts';

/**
 * Limits of the public request form and status page, without a third-party service
 * (docs/reference/mt-requests.md §2; OWASP Automated Threats, "Denial of inventory" and
 * "Credential cracking"): fixed-window counters stored in the database so that they hold across
 * API processes, reserved before the work like the login throttle (auth/login-throttle.ts).
 */
export interface WindowLimit {
  max: number;
  windowSeconds: number;
}

export interface PublicFormPolicy {
  /** Requests filed from one address (IPv6 per /64). */
  submissionsPerSource: WindowLimit;
  /** Requests filed to one CPTS from every address together (a flood cannot drown a team's desk). */
  submissionsPerCpts: WindowLimit;
  /** Failed status lookups from one address. */
  statusFailuresPerSource: WindowLimit;
  /** Failed status lookups on one request number (a birth date guessed from many addresses). */
  statusFailuresPerNumber: WindowLimit;
  /** The form must stay open at least this long (bots fill it at once). */
  minFillSeconds: number;
  /** A form opened longer ago than this is stale (its timestamp cannot be replayed for ever). */
  maxFillHours: number;
}

/**
 * Five requests an hour from one address (a family filing for each of its members), two hundred
 * an hour to one CPTS, ten failed status lookups per quarter hour from an address and five on a
 * number (a birth date has about 36 500 values over a century: five tries per 15 min make
 * guessing take years), three seconds at least to fill the form.
 */
export const PUBLIC_FORM_POLICY: PublicFormPolicy = {
  submissionsPerSource: { max: 5, windowSeconds: 3600 },
  submissionsPerCpts: { max: 200, windowSeconds: 3600 },
  statusFailuresPerSource: { max: 10, windowSeconds: 900 },
  statusFailuresPerNumber: { max: 5, windowSeconds: 900 },
  minFillSeconds: 3,
  maxFillHours: 24,
};

export type WindowDecision = { allowed: true; save: Map<string, WindowCounter> } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit under every key at `now`: allowed only if no key is at its maximum within its
 * window (a window past its length starts again). A refusal counts nothing.
 */
export function countHit(
  counters: ReadonlyMap<string, WindowCounter>,
  limits: readonly { key: string; limit: WindowLimit }[],
  now: Date,
): WindowDecision {
  const save = new Map<string, WindowCounter>();
  let retryAfterSeconds = 0;
  for (const { key, limit } of limits) {
    const counter = counters.get(key) ?? { hits: 0, windowStartedAt: null };
    const elapsed = counter.windowStartedAt ? (now.getTime() - counter.windowStartedAt.getTime()) / 1000 : Number.POSITIVE_INFINITY;
    if (elapsed >= limit.windowSeconds || elapsed < 0) {
      save.set(key, { hits: 1, windowStartedAt: now });
    } else if (counter.hits >= limit.max) {
      retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil(limit.windowSeconds - elapsed));
    } else {
      save.set(key, { hits: counter.hits + 1, windowStartedAt: counter.windowStartedAt });
    }
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true, save };
}

/** Gives back one hit under each key (a status lookup that succeeded, like a successful login). */
export function giveBackHit(counters: ReadonlyMap<string, WindowCounter>, keys: readonly string[]): Map<string, WindowCounter> {
  const save = new Map<string, WindowCounter>();
  for (const key of keys) {
    const counter = counters.get(key);
    if (counter && counter.hits > 0) save.set(key, { hits: counter.hits - 1, windowStartedAt: counter.windowStartedAt });
  }
  return save;
}

/**
 * The form's bot traps: a hidden field a person never fills (honeypot) and the time the form
 * stayed open, from the timestamp the page sent (ms since epoch). Both refusals read as an
 * ordinary invalid form, so that a bot learns nothing.
 */
export function checkFormTraps(
  input: { website: string | undefined; openedAt: number },
  now: Date,
  policy: Pick<PublicFormPolicy, 'minFillSeconds' | 'maxFillHours'> = PUBLIC_FORM_POLICY,
): void {
  if (input.website) throw invalid('website', 'Formulaire refusé : rechargez la page et recommencez.');
  const seconds = (now.getTime() - input.openedAt) / 1000;
  if (!Number.isFinite(seconds) || seconds < policy.minFillSeconds) {
    throw invalid('openedAt', 'Formulaire envoyé trop vite : relisez-le puis envoyez-le à nouveau.');
  }
  if (seconds > policy.maxFillHours * 3600) throw invalid('openedAt', 'Formulaire expiré : rechargez la page et recommencez.');
}
