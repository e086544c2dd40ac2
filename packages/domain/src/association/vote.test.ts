import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { computeQuorum, type Quorum } from './assembly.ts';
import { decideVote, type MajorityRule, outcomeOf, type VoteTally } from './vote.ts';

const tally = (votesFor: number, votesAgainst: number, votesAbstain = 0): VoteTally => ({ votesFor, votesAgainst, votesAbstain });
const quorumOf = (voices: number, voters = 20, percent = 25): Quorum =>
  computeQuorum(
    Array.from({ length: voters }, (_, i) => ({ attendance: i < voices ? 'present' : 'absent' }) as const),
    percent,
  );

function errorOf(t: VoteTally, quorum: Quorum, rule: MajorityRule = 'simple'): DomainError {
  try {
    decideVote(t, rule, quorum);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the vote to be refused');
}

describe('outcomeOf', () => {
  it('simple majority: abstentions are not cast, a tie is rejected', () => {
    expect(outcomeOf(tally(5, 4, 10), 'simple', 19)).toBe('adopted');
    expect(outcomeOf(tally(4, 4, 1), 'simple', 9)).toBe('rejected');
  });

  it('absolute majority: more than half of the voices present or represented', () => {
    expect(outcomeOf(tally(5, 4, 10), 'absolute', 19)).toBe('rejected');
    expect(outcomeOf(tally(10, 0, 9), 'absolute', 19)).toBe('adopted');
    expect(outcomeOf(tally(10, 0, 10), 'absolute', 20)).toBe('rejected');
  });

  it('two thirds of the votes cast, exactly two thirds being enough', () => {
    expect(outcomeOf(tally(8, 4, 7), 'twoThirds', 19)).toBe('adopted');
    expect(outcomeOf(tally(7, 4), 'twoThirds', 11)).toBe('rejected');
    expect(outcomeOf(tally(6, 3), 'twoThirds', 9)).toBe('adopted');

    expect(outcomeOf(tally(0, 0, 5), 'twoThirds', 5)).toBe('rejected');
  });
});

describe('decideVote', () => {
  it('decides a vote once the quorum is reached', () => {
    expect(decideVote(tally(3, 1, 1), 'simple', quorumOf(5))).toBe('adopted');
  });

  it('refuses to vote without quorum, naming quorum', () => {
    const error = errorOf(tally(3, 1), quorumOf(4));
    expect([error.code, error.field]).toEqual(['CONFLICT', 'quorum']);
  });

  it('refuses more ballots than voices present or represented', () => {
    const error = errorOf(tally(4, 1, 1), quorumOf(5));
    expect([error.code, error.field]).toEqual(['INVALID', 'votesFor']);
  });

  it('refuses negative or fractional counts and an empty tally', () => {
    expect(errorOf(tally(1, -1), quorumOf(5)).field).toBe('votesAgainst');
    expect(errorOf(tally(1, 0, 0.5), quorumOf(5)).field).toBe('votesAbstain');
    expect(errorOf(tally(0, 0, 0), quorumOf(5)).field).toBe('votesFor');
  });
});
