import { describe, expect, it } from 'vitest';
import { teamOrder } from './team-order.ts';

const item = (id: string, status: string, escalated: boolean, deadlineAt: string, createdAt = '2026-11-20T08:00:00.000Z') => ({
  id,
  status,
  escalated,
  deadlineAt,
  createdAt,
});

describe('teamOrder', () => {
  it('puts open escalated requests first, then open ones by deadline, then closed ones newest first', () => {
    const items = [
      item('taken-old', 'taken', false, '2026-11-21T08:00:00.000Z', '2026-11-19T08:00:00.000Z'),
      item('open-late', 'open', false, '2026-11-25T08:00:00.000Z'),
      item('expired-escalated', 'expired', true, '2026-11-21T09:00:00.000Z', '2026-11-20T09:00:00.000Z'),
      item('open-soon', 'open', false, '2026-11-23T08:00:00.000Z'),
      item('escalated', 'open', true, '2026-11-24T08:00:00.000Z'),
    ];
    expect(teamOrder(items).map((i) => i.id)).toEqual(['escalated', 'open-soon', 'open-late', 'expired-escalated', 'taken-old']);
  });

  it('leaves its input untouched', () => {
    const items = [item('b', 'taken', false, 'x'), item('a', 'open', true, 'y')];
    teamOrder(items);
    expect(items.map((i) => i.id)).toEqual(['b', 'a']);
  });
});
