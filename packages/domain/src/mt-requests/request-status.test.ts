import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  applyRequestAction,
  CLOSED_STATUSES,
  nextStatuses,
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
} from './request-status.ts';

const today = '2026-12-02';

describe('request status transitions', () => {
  it('walks the whole placement path to a declared MT, closing on the last step', () => {
    let status = applyRequestAction('waiting', 'propose', today);
    expect(status).toEqual({ action: 'propose', from: 'waiting', to: 'proposed', closedOn: null });
    for (const action of ['accept', 'inform', 'recordFirstVisit'] as const) {
      status = applyRequestAction(status.to, action, today);
      expect(status.closedOn).toBeNull();
    }
    expect(status.to).toBe('firstVisit');
    expect(applyRequestAction(status.to, 'confirmDeclaration', today)).toEqual({
      action: 'confirmDeclaration',
      from: 'firstVisit',
      to: 'declared',
      closedOn: today,
    });
  });

  it('puts a declined proposal back in the queue, open', () => {
    expect(applyRequestAction('proposed', 'decline', today)).toMatchObject({ to: 'waiting', closedOn: null });
    for (const from of ['proposed', 'accepted', 'informed', 'firstVisit'] as const) {
      expect(applyRequestAction(from, 'requeue', today).to).toBe('waiting');
    }
  });

  it('closes on withdrawal, expiry and merge, and reopens withdrawn or expired requests only', () => {
    expect(applyRequestAction('waiting', 'withdraw', today).closedOn).toBe(today);
    expect(applyRequestAction('proposed', 'expire', today).closedOn).toBe(today);
    expect(applyRequestAction('waiting', 'merge', today)).toMatchObject({ to: 'merged', closedOn: today });
    expect(applyRequestAction('expired', 'reopen', today)).toMatchObject({ to: 'waiting', closedOn: null });
    expect(() => applyRequestAction('declared', 'reopen', today)).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION', field: 'status' }),
    );
  });

  it('makes declared and merged final and refuses every action not listed, in French', () => {
    expect(allowedActions('declared')).toEqual([]);
    expect(allowedActions('merged')).toEqual([]);
    for (const status of REQUEST_STATUSES) {
      for (const action of REQUEST_ACTIONS) {
        const allowed = REQUEST_TRANSITIONS[action].from.includes(status);
        if (allowed) expect(applyRequestAction(status, action, today).to).toBe(REQUEST_TRANSITIONS[action].to);
        else expect(() => applyRequestAction(status, action, today)).toThrow(/impossible : la demande est/);
      }
    }
  });

  it('reaches every status from waiting and leaves every open status', () => {
    const seen = new Set<string>(['waiting']);
    const queue = ['waiting'] as (typeof REQUEST_STATUSES)[number][];
    while (queue.length > 0) {
      const s = queue.shift() as (typeof REQUEST_STATUSES)[number];
      for (const n of nextStatuses(s)) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    expect([...seen].sort()).toEqual([...REQUEST_STATUSES].sort());
    for (const s of REQUEST_STATUSES) {
      if (!CLOSED_STATUSES.includes(s)) expect(nextStatuses(s).length).toBeGreaterThan(0);
    }
  });
});
