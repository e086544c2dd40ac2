import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { answerInvitation, invitationStats, planInvitations } from './invitations.ts';
import { type Invitee, inviteeKey, parseInviteeKey } from './invitee.ts';

const errorOf = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error('expected a DomainError');
};

const pro = (id: string): Invitee => ({ kind: 'professional', id });
const dates = { sentOn: '2026-11-20', today: '2026-11-22' };

describe('inviteeKey', () => {
  it('stores professionals by their national id and partners with a prefix, both ways', () => {
    expect(inviteeKey(pro('810000000001'))).toBe('810000000001');
    expect(inviteeKey({ kind: 'establishment', id: '040000001' })).toBe('establishment:040000001');
    for (const invitee of [
      pro('810000000001'),
      { kind: 'epci', id: '200067106' } as Invitee,
      { kind: 'commune', id: '04070' } as Invitee,
    ]) {
      expect(parseInviteeKey(inviteeKey(invitee))).toEqual(invitee);
    }
    expect(parseInviteeKey('professional:1')).toEqual(pro('professional:1'));
  });
});

describe('planInvitations', () => {
  const eligibleKeys = new Set(['81', '82', '83', 'commune:04070']);

  it('records eligible invitees once and reports those still waiting for an answer', () => {
    const plan = planInvitations({
      invitees: [pro('81'), pro('82'), pro('81'), { kind: 'commune', id: '04070' }],
      eligibleKeys,
      pendingKeys: new Set(['82']),
      dates,
    });
    expect(plan.toCreate).toEqual([pro('81'), { kind: 'commune', id: '04070' }]);
    expect(plan.alreadyPending).toEqual([pro('82')]);
  });

  it('names the first invitee who is not a non-member professional of the territory', () => {
    const error = errorOf(() => planInvitations({ invitees: [pro('81'), pro('99')], eligibleKeys, pendingKeys: new Set(), dates }));
    expect(error.code).toBe('INVALID');
    expect(error.field).toBe('invitees[1].id');
    expect(
      errorOf(() => planInvitations({ invitees: [{ kind: 'epci', id: '81' }], eligibleKeys, pendingKeys: new Set(), dates })).field,
    ).toBe('invitees[0].id');
  });

  it('refuses an empty batch and a sending date in the future', () => {
    expect(errorOf(() => planInvitations({ invitees: [], eligibleKeys, pendingKeys: new Set(), dates })).field).toBe('invitees');
    const future = { sentOn: '2026-11-23', today: '2026-11-22' };
    expect(errorOf(() => planInvitations({ invitees: [pro('81')], eligibleKeys, pendingKeys: new Set(), dates: future })).field).toBe(
      'sentOn',
    );
  });
});

describe('answerInvitation', () => {
  const invitation = { sentOn: '2026-11-10' };

  it('dates the answer today by default, or on the given day', () => {
    expect(answerInvitation(invitation, { status: 'accepted' }, '2026-11-22')).toEqual({ status: 'accepted', answeredOn: '2026-11-22' });
    expect(answerInvitation(invitation, { status: 'declined', answeredOn: '2026-11-10' }, '2026-11-22')).toEqual({
      status: 'declined',
      answeredOn: '2026-11-10',
    });
  });

  it('reopens an answered invitation without an answer date', () => {
    expect(answerInvitation(invitation, { status: 'sent', answeredOn: '2026-11-12' }, '2026-11-22')).toEqual({
      status: 'sent',
      answeredOn: null,
    });
  });

  it('refuses an answer before the sending or in the future', () => {
    expect(errorOf(() => answerInvitation(invitation, { status: 'accepted', answeredOn: '2026-11-09' }, '2026-11-22')).field).toBe(
      'answeredOn',
    );
    expect(errorOf(() => answerInvitation(invitation, { status: 'accepted', answeredOn: '2026-11-23' }, '2026-11-22')).field).toBe(
      'answeredOn',
    );
  });
});

describe('invitationStats', () => {
  it('gives response and acceptance rates over the invitations sent', () => {
    const statuses = ['sent', 'accepted', 'accepted', 'declined', 'sent', 'sent', 'sent', 'accepted'] as const;
    expect(invitationStats(statuses.map((status) => ({ status })))).toEqual({
      sent: 8,
      pending: 4,
      accepted: 3,
      declined: 1,
      responseRate: 0.5,
      acceptanceRate: 0.375,
    });
  });

  it('has no rate before the first invitation', () => {
    expect(invitationStats([])).toMatchObject({ sent: 0, responseRate: null, acceptanceRate: null });
  });
});
