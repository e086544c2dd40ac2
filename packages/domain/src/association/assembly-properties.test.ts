import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { ATTENDANCES, type AttendanceChange, applyAttendance, computeQuorum, type Voter } from './assembly.ts';
import { decideVote } from './vote.ts';

const VOTERS = 8;
const ids = Array.from({ length: VOTERS }, (_, i) => `m${i}`);
const start: Voter[] = ids.map((memberId) => ({ memberId, displayName: memberId, attendance: 'absent', proxyHolderId: null }));

const changeArb: fc.Arbitrary<AttendanceChange> = fc.record({
  memberId: fc.constantFrom(...ids),
  attendance: fc.constantFrom(...ATTENDANCES),
  proxyHolderId: fc.option(fc.constantFrom(...ids, 'outsider'), { nil: null }),
});

describe('attendance and vote properties', () => {
  it('after any accepted change set, every proxy is carried by a present voter within the maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.array(changeArb, { maxLength: 4 }), { maxLength: 25 }), fc.integer({ min: 0, max: 3 }), (batches, max) => {
        let voters = start;
        for (const changes of batches) {
          try {
            voters = applyAttendance(voters, changes, max);
          } catch (error) {
            if (!(error instanceof DomainError) || !error.field) throw error;
          }
          const byId = new Map(voters.map((v) => [v.memberId, v]));
          const carried = new Map<string, number>();
          for (const v of voters) {
            if (v.attendance !== 'represented') {
              expect(v.proxyHolderId).toBeNull();
              continue;
            }
            const holder = byId.get(v.proxyHolderId ?? '');
            expect(holder?.attendance).toBe('present');
            carried.set(holder?.memberId ?? '', (carried.get(holder?.memberId ?? '') ?? 0) + 1);
          }
          for (const count of carried.values()) expect(count).toBeLessThanOrEqual(max);
        }
      }),
    );
  });

  it('the quorum counts each voter once and is reached exactly when voices reach the required share', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ATTENDANCES), { maxLength: 40 }), fc.integer({ min: 0, max: 100 }), (attendances, pct) => {
        const q = computeQuorum(
          attendances.map((attendance) => ({ attendance })),
          pct,
        );
        expect(q.present + q.represented).toBe(q.voices);
        expect(q.voices).toBeLessThanOrEqual(q.voters);
        expect(q.reached).toBe(q.voters > 0 && q.voices * 100 >= q.voters * pct);
      }),
    );
  });

  it('no accepted vote has more ballots than voices present or represented', () => {
    const count = fc.integer({ min: 0, max: 30 });
    fc.assert(
      fc.property(count, count, count, fc.integer({ min: 0, max: 30 }), (votesFor, votesAgainst, votesAbstain, present) => {
        const quorum = computeQuorum(
          Array.from({ length: 30 }, (_, i) => ({ attendance: i < present ? 'present' : 'absent' }) as const),
          10,
        );
        try {
          decideVote({ votesFor, votesAgainst, votesAbstain }, 'simple', quorum);
          expect(votesFor + votesAgainst + votesAbstain).toBeLessThanOrEqual(quorum.voices);
          expect(quorum.reached).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
    );
  });
});
