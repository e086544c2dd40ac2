import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { type AttendanceChange, applyAttendance, computeQuorum, type Voter } from './assembly.ts';

function makeVoters(n: number): Voter[] {
  return Array.from({ length: n }, (_, i) => ({
    memberId: `m${i}`,
    displayName: `Membre ${i}`,
    attendance: 'absent',
    proxyHolderId: null,
  }));
}

function errorOf(voters: Voter[], changes: AttendanceChange[], max = 2): DomainError {
  try {
    applyAttendance(voters, changes, max);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the attendance to be refused');
}

const present = (memberId: string): AttendanceChange => ({ memberId, attendance: 'present' });
const proxy = (memberId: string, holder: string | null): AttendanceChange => ({
  memberId,
  attendance: 'represented',
  proxyHolderId: holder,
});

describe('computeQuorum', () => {
  it('counts members present and represented against the quorum of voters', () => {
    const voters = applyAttendance(makeVoters(10), [present('m0'), present('m1'), proxy('m2', 'm0')], 2);
    expect(computeQuorum(voters, 25)).toEqual({
      voters: 10,
      present: 2,
      represented: 1,
      voices: 3,
      required: 3,
      reached: true,
      quorumPercent: 25,
    });
    expect(computeQuorum(voters, 50).reached).toBe(false);
  });

  it('rounds the required voices up and never reaches a quorum without voters', () => {
    expect(computeQuorum(makeVoters(7), 50).required).toBe(4);
    expect(computeQuorum([], 0).reached).toBe(false);
    expect(computeQuorum(makeVoters(3), 0).reached).toBe(true);
  });
});

describe('applyAttendance', () => {
  it('lets a present member carry proxies up to the statutes maximum', () => {
    const voters = applyAttendance(makeVoters(5), [present('m0'), proxy('m1', 'm0'), proxy('m2', 'm0')], 2);
    expect(voters.filter((v) => v.proxyHolderId === 'm0')).toHaveLength(2);
    const error = errorOf(voters, [proxy('m3', 'm0')]);
    expect([error.code, error.field]).toEqual(['INVALID', 'changes[0].proxyHolderId']);
    expect(error.message).toContain('2 au plus');
  });

  it('requires the holder to be present: no chained or absent proxies', () => {
    expect(errorOf(makeVoters(3), [proxy('m1', 'm0')]).field).toBe('changes[0].proxyHolderId');
    const chained = errorOf(makeVoters(3), [present('m0'), proxy('m1', 'm0'), proxy('m2', 'm1')]);
    expect([chained.code, chained.field]).toEqual(['CONFLICT', 'changes[2].proxyHolderId']);
  });

  it('refuses a holder who leaves while carrying proxies, naming their attendance', () => {
    const voters = applyAttendance(makeVoters(3), [present('m0'), proxy('m1', 'm0')], 2);
    const error = errorOf(voters, [{ memberId: 'm0', attendance: 'absent' }]);
    expect([error.code, error.field]).toEqual(['CONFLICT', 'changes[0].attendance']);
  });

  it('accepts a holder leaving when their proxies move in the same change set', () => {
    const voters = applyAttendance(makeVoters(3), [present('m0'), present('m2'), proxy('m1', 'm0')], 2);
    const next = applyAttendance(voters, [{ memberId: 'm0', attendance: 'absent' }, proxy('m1', 'm2')], 2);
    expect(next.find((v) => v.memberId === 'm1')?.proxyHolderId).toBe('m2');
  });

  it('refuses unknown members, self proxies, duplicates and missing holders', () => {
    expect(errorOf(makeVoters(2), [present('x')]).field).toBe('changes[0].memberId');
    expect(errorOf(makeVoters(2), [present('m0'), present('m0')]).field).toBe('changes[1].memberId');
    expect(errorOf(makeVoters(2), [proxy('m0', 'm0')]).field).toBe('changes[0].proxyHolderId');
    expect(errorOf(makeVoters(2), [proxy('m0', null)]).field).toBe('changes[0].proxyHolderId');
    expect(errorOf(makeVoters(2), [present('m0'), proxy('m1', 'outsider')]).field).toBe('changes[1].proxyHolderId');
  });

  it('drops the proxy of a member who comes in person', () => {
    const voters = applyAttendance(makeVoters(2), [present('m0'), proxy('m1', 'm0')], 2);
    const next = applyAttendance(voters, [{ memberId: 'm1', attendance: 'present', proxyHolderId: 'm0' }], 2);
    expect(next.find((v) => v.memberId === 'm1')).toMatchObject({ attendance: 'present', proxyHolderId: null });
  });
});
