import { describe, expect, it } from 'vitest';
import { assertBodyDeletable, assertNoVotingSeat, planBodyEnd, seatHolderOf, seatsOnDeparture } from './seats.ts';

const refusal = (code: string, field: string) => expect.objectContaining({ code, field });
const mandate = (id: string, startOn: string, endOn: string | null = null) => ({ id, startOn, endOn });

describe('assertNoVotingSeat', () => {
  it('keeps the vote of a member seated in the bureau or the board, naming the field changed', () => {
    expect(() => assertNoVotingSeat(['workingGroup', 'bureau'], 'categoryId')).toThrow(refusal('CONFLICT', 'categoryId'));
    expect(() => assertNoVotingSeat(['board'], 'voting')).toThrow(refusal('CONFLICT', 'voting'));
  });

  it('lets a member without such a seat lose the vote', () => {
    expect(() => assertNoVotingSeat([], 'categoryId')).not.toThrow();
    expect(() => assertNoVotingSeat(['workingGroup', 'animationCommittee', 'coordinationTeam'], 'voting')).not.toThrow();
  });
});

describe('planBodyEnd', () => {
  it('ends with the body the mandates still running on its last day', () => {
    const mandates = [
      mandate('past', '2024-01-01', '2025-01-01'),
      mandate('running', '2024-01-01'),
      mandate('later', '2024-01-01', '2027-01-01'),
    ];
    expect(planBodyEnd(mandates, '2026-06-30').map((m) => m.id)).toEqual(['running', 'later']);
  });

  it('refuses to end a body before one of its mandates starts', () => {
    expect(() => planBodyEnd([mandate('m', '2026-06-30')], '2026-06-30')).toThrow(refusal('CONFLICT', 'endedOn'));
  });
});

describe('assertBodyDeletable', () => {
  it('deletes only a body without mandates', () => {
    expect(() => assertBodyDeletable(0)).not.toThrow();
    expect(() => assertBodyDeletable(1)).toThrow(refusal('CONFLICT', 'bodyId'));
  });
});

describe('seatsOnDeparture', () => {
  it('ends running mandates on the day the member left and drops those not started', () => {
    const plan = seatsOnDeparture(
      [mandate('running', '2024-01-01'), mandate('future', '2026-12-01'), mandate('same-day', '2026-11-01')],
      '2026-11-01',
    );
    expect(plan.ended).toEqual([{ id: 'running', startOn: '2024-01-01', endOn: '2026-11-01' }]);
    expect(plan.deleted.map((m) => m.id)).toEqual(['future', 'same-day']);
  });
});

describe('seatHolderOf', () => {
  const member = { id: 'm1', status: 'active' as const, leftOn: null };

  it('gives a vote to a member of a voting category only', () => {
    expect(seatHolderOf(member, { voting: true })).toEqual({ id: 'm1', status: 'active', voting: true, leftOn: null });
    expect(seatHolderOf(member, { voting: false }).voting).toBe(false);
    expect(seatHolderOf(member, null).voting).toBe(false);
  });

  it('refuses a member of another CPTS, naming memberId', () => {
    expect(() => seatHolderOf(null, null)).toThrow(refusal('INVALID', 'memberId'));
  });
});
