import { DomainError, invalid } from '../errors.ts';
import type { Quorum } from './assembly.ts';

/**
 * Majority rules of the statutes:
 * - `simple` (default): more votes for than against among the votes cast; abstentions are not
 *   cast (the usual reading of "majorité des suffrages exprimés");
 * - `absolute`: more than half of the voices present or represented (abstentions weigh against);
 * - `twoThirds`: at least two thirds of the votes cast (abstentions not cast).
 */
export const MAJORITY_RULES = ['simple', 'absolute', 'twoThirds'] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

export const RESOLUTION_OUTCOMES = ['adopted', 'rejected'] as const;
export type ResolutionOutcome = (typeof RESOLUTION_OUTCOMES)[number];

export interface VoteTally {
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

/** Outcome of a tally under a majority rule, given the voices present or represented. */
export function outcomeOf(tally: VoteTally, rule: MajorityRule, voices: number): ResolutionOutcome {
  const cast = tally.votesFor + tally.votesAgainst;
  switch (rule) {
    case 'simple':
      return tally.votesFor > tally.votesAgainst ? 'adopted' : 'rejected';
    case 'absolute':
      return 2 * tally.votesFor > voices ? 'adopted' : 'rejected';
    case 'twoThirds':
      return cast > 0 && 3 * tally.votesFor >= 2 * cast ? 'adopted' : 'rejected';
  }
}

/**
 * Checks and decides a vote: the assembly deliberates only with its quorum reached, each count
 * is a whole number, and all ballots together (for, against, abstention) cannot exceed the
 * voices present or represented.
 */
export function decideVote(tally: VoteTally, rule: MajorityRule, quorum: Quorum): ResolutionOutcome {
  for (const field of ['votesFor', 'votesAgainst', 'votesAbstain'] as const) {
    const value = tally[field];
    if (!Number.isInteger(value) || value < 0) throw invalid(field, 'Nombre de voix entier et positif attendu.');
  }
  if (!quorum.reached) {
    throw new DomainError(
      'CONFLICT',
      `Quorum non atteint (${quorum.voices} voix présentes ou représentées, ${quorum.required} requises) : l'assemblée ne peut pas délibérer.`,
      'quorum',
    );
  }
  const total = tally.votesFor + tally.votesAgainst + tally.votesAbstain;
  if (total > quorum.voices) {
    throw invalid('votesFor', `${total} voix exprimées ou abstentions pour ${quorum.voices} membres présents ou représentés.`);
  }
  if (total === 0) throw invalid('votesFor', 'Aucune voix saisie.');
  return outcomeOf(tally, rule, quorum.voices);
}
