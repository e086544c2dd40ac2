import { describe, expect, it } from 'vitest';
import type { WindowCounter } from '../storage/mt-requests-repository.ts';
import { checkFormTraps, countHit, giveBackHit, PUBLIC_FORM_POLICY } from './public-limits.ts';

const at = (s: number) => new Date(Date.UTC(2026, 11, 2, 10, 0, s));
const limit = { max: 3, windowSeconds: 60 };

function run(hits: number[], keys = ['a']) {
  let counters = new Map<string, WindowCounter>();
  return hits.map((s) => {
    const decision = countHit(
      counters,
      keys.map((key) => ({ key, limit })),
      at(s),
    );
    if (decision.allowed) counters = new Map([...counters, ...decision.save]);
    return decision.allowed ? 'ok' : decision.retryAfterSeconds;
  });
}

describe('public form limits', () => {
  it('allows the maximum within a window, then refuses with the seconds left, then starts again', () => {
    expect(run([0, 10, 20, 30, 59, 60, 61])).toEqual(['ok', 'ok', 'ok', 30, 1, 'ok', 'ok']);
  });

  it('refuses when any key is full and counts nothing for a refused hit', () => {
    const counters = new Map<string, WindowCounter>([
      ['ip', { hits: 3, windowStartedAt: at(0) }],
      ['cpts', { hits: 1, windowStartedAt: at(0) }],
    ]);
    const decision = countHit(
      counters,
      [
        { key: 'cpts', limit },
        { key: 'ip', limit },
      ],
      at(15),
    );
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 45 });
  });

  it('gives a reserved hit back after a success', () => {
    const counters = new Map<string, WindowCounter>([['n', { hits: 2, windowStartedAt: at(0) }]]);
    expect(giveBackHit(counters, ['n', 'missing']).get('n')).toEqual({ hits: 1, windowStartedAt: at(0) });
  });

  it('refuses a filled honeypot, a form sent too fast, and a stale form', () => {
    const now = at(30);
    expect(() => checkFormTraps({ website: 'http://spam', openedAt: at(0).getTime() }, now)).toThrow(
      expect.objectContaining({ field: 'website' }),
    );
    expect(() => checkFormTraps({ website: '', openedAt: at(29).getTime() }, now)).toThrow(/trop vite/);
    expect(() => checkFormTraps({ website: undefined, openedAt: now.getTime() - 25 * 3600_000 }, now)).toThrow(/expiré/);
    expect(() => checkFormTraps({ website: '', openedAt: at(30 - PUBLIC_FORM_POLICY.minFillSeconds).getTime() }, now)).not.toThrow();
  });
});
