import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { type MembershipDecision, type MembershipState, planMembershipDecision } from './membership.ts';

const TODAY = '2026-11-22';

function errorOf(state: MembershipState, decision: MembershipDecision): DomainError {
  try {
    planMembershipDecision(state, decision, TODAY);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the decision to be refused');
}

const requested: MembershipState = { status: 'requested', joinedOn: null };
const active: MembershipState = { status: 'active', joinedOn: '2025-03-01' };
const accept = (categoryId: string | undefined, joinedOn?: string): MembershipDecision => ({ kind: 'accept', categoryId, joinedOn });

describe('planMembershipDecision', () => {
  it('accepts a request into a category, joining today by default', () => {
    expect(planMembershipDecision(requested, accept('cat-1'), TODAY)).toEqual({
      status: 'active',
      categoryId: 'cat-1',
      joinedOn: TODAY,
      event: 'accepted',
      comment: null,
    });
  });

  it('requires a category to accept a request, naming categoryId', () => {
    const error = errorOf(requested, accept(undefined));
    expect([error.code, error.field]).toEqual(['INVALID', 'categoryId']);
  });

  it('refuses a joining date in the future or malformed', () => {
    expect(errorOf(requested, accept('c', '2026-11-23')).field).toBe('joinedOn');
    expect(errorOf(requested, accept('c', '22/11/2026')).field).toBe('joinedOn');
  });

  it('refuses a request, keeping the trimmed comment', () => {
    expect(planMembershipDecision(requested, { kind: 'refuse', comment: '  Hors territoire ' }, TODAY)).toMatchObject({
      status: 'refused',
      event: 'refused',
      comment: 'Hors territoire',
    });
  });

  it('records the departure of an active member, not before they joined', () => {
    expect(planMembershipDecision(active, { kind: 'leave', leftOn: '2026-06-30', comment: undefined }, TODAY)).toMatchObject({
      status: 'left',
      leftOn: '2026-06-30',
    });
    expect(errorOf(active, { kind: 'leave', leftOn: '2025-01-01', comment: undefined }).field).toBe('leftOn');
  });

  it.each([
    ['active', accept('c')],
    ['refused', accept('c')],
    ['left', { kind: 'refuse', comment: undefined }],
    ['requested', { kind: 'leave', leftOn: undefined, comment: undefined }],
    ['left', { kind: 'leave', leftOn: undefined, comment: undefined }],
  ] as const)('refuses to move a %s membership with %o', (status, decision) => {
    const error = errorOf({ status, joinedOn: null }, decision as MembershipDecision);
    expect([error.code, error.field]).toEqual(['ILLEGAL_TRANSITION', 'decision']);
  });
});
