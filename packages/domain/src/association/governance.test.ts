import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { type BodyDates, checkMandate, type MandateCheck, type MandateInput, mandatesOverlap, type SeatHolder } from './governance.ts';

const bureau: BodyDates = { kind: 'bureau', createdOn: '2024-06-01', endedOn: null };
const group: BodyDates = { kind: 'workingGroup', createdOn: '2024-06-01', endedOn: null };
const voter: SeatHolder = { id: 'm1', status: 'active', voting: true, leftOn: null };
const partner: SeatHolder = { id: 'm2', status: 'active', voting: false, leftOn: null };

function makeMandate(overrides: Partial<MandateInput> = {}): MandateInput {
  return { memberId: 'm1', role: 'president', startOn: '2025-06-01', endOn: null, ...overrides };
}

function errorOf(check: MandateCheck): DomainError {
  try {
    checkMandate(check);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the mandate to be refused');
}

describe('checkMandate', () => {
  it('seats an active voting member as president of the bureau', () => {
    expect(() => checkMandate({ body: bureau, mandate: makeMandate(), member: voter, others: [] })).not.toThrow();
  });

  it('requires a voting member for a bureau or board seat, not for a working group', () => {
    const error = errorOf({ body: bureau, mandate: makeMandate({ memberId: 'm2', role: 'member' }), member: partner, others: [] });
    expect([error.code, error.field]).toEqual(['INVALID', 'memberId']);
    expect(() =>
      checkMandate({ body: group, mandate: makeMandate({ memberId: 'm2', role: 'lead' }), member: partner, others: [] }),
    ).not.toThrow();
  });

  it('requires an active member, but keeps the ended mandates of a member who left', () => {
    const left: SeatHolder = { ...voter, status: 'left', leftOn: '2026-01-31' };
    expect(errorOf({ body: bureau, mandate: makeMandate(), member: left, others: [] }).field).toBe('memberId');
    expect(() => checkMandate({ body: bureau, mandate: makeMandate({ endOn: '2026-01-31' }), member: left, others: [] })).not.toThrow();
    expect(errorOf({ body: bureau, mandate: makeMandate(), member: { ...voter, status: 'requested' }, others: [] }).field).toBe('memberId');
  });

  it('allows one president at a time in the bureau, with a handover on the same day', () => {
    const current = makeMandate({ id: 'a', memberId: 'm9', startOn: '2024-06-01', endOn: null });
    const error = errorOf({ body: bureau, mandate: makeMandate(), member: voter, others: [current] });
    expect([error.code, error.field]).toEqual(['CONFLICT', 'role']);
    const ended = { ...current, endOn: '2025-06-01' };
    expect(() => checkMandate({ body: bureau, mandate: makeMandate(), member: voter, others: [ended] })).not.toThrow();
  });

  it('allows several vice-presidents but not the same member twice at once', () => {
    const vp = makeMandate({ id: 'a', memberId: 'm9', role: 'vicePresident' });
    expect(() =>
      checkMandate({ body: bureau, mandate: makeMandate({ role: 'vicePresident' }), member: voter, others: [vp] }),
    ).not.toThrow();
    const error = errorOf({
      body: bureau,
      mandate: makeMandate({ role: 'secretary' }),
      member: voter,
      others: [{ ...vp, memberId: 'm1' }],
    });
    expect([error.code, error.field]).toEqual(['CONFLICT', 'memberId']);
  });

  it('ignores the edited mandate itself among the others', () => {
    const existing = makeMandate({ id: 'a' });
    expect(() =>
      checkMandate({ body: bureau, mandate: { ...existing, endOn: '2026-06-01' }, member: voter, others: [existing] }),
    ).not.toThrow();
  });

  it('keeps mandate dates coherent with each other and with the body', () => {
    const check = (mandate: MandateInput, body: BodyDates = bureau) => errorOf({ body, mandate, member: voter, others: [] }).field;
    expect(check(makeMandate({ endOn: '2025-06-01' }))).toBe('endOn');
    expect(check(makeMandate({ startOn: '2024-05-31' }))).toBe('startOn');
    expect(check(makeMandate({ startOn: 'hier' }))).toBe('startOn');
    expect(check(makeMandate(), { ...bureau, endedOn: '2025-12-31' })).toBe('endOn');
    expect(check(makeMandate({ startOn: '2026-01-01', endOn: '2026-06-01' }), { ...bureau, endedOn: '2025-12-31' })).toBe('startOn');
  });

  it('refuses a role the body does not have, with the field prefix', () => {
    const error = errorOf({ body: group, mandate: makeMandate(), member: voter, others: [], fieldPrefix: 'firstBodies[0].mandates[1].' });
    expect(error.field).toBe('firstBodies[0].mandates[1].role');
  });
});

describe('mandatesOverlap', () => {
  it('treats open-ended mandates as running forever', () => {
    expect(mandatesOverlap({ startOn: '2020-01-01', endOn: null }, { startOn: '2030-01-01', endOn: null })).toBe(true);
    expect(mandatesOverlap({ startOn: '2020-01-01', endOn: '2021-01-01' }, { startOn: '2021-01-01', endOn: null })).toBe(false);
    expect(mandatesOverlap({ startOn: '2021-01-01', endOn: null }, { startOn: '2020-01-01', endOn: '2021-01-02' })).toBe(true);
  });
});
