import { DomainError } from '../errors.ts';
import { type BodyKind, type MandateInput, requiresVotingMember, type SeatHolder } from './governance.ts';
import type { MemberStatus } from './membership.ts';

type Term = Pick<MandateInput, 'startOn' | 'endOn'> & { id: string };

/**
 * A bureau or board seat requires a vote: refuses a change that would take the vote away from a
 * member still holding (or about to hold) such a seat. `openSeats` are the kinds of the bodies of
 * the member's mandates running today or starting later; `field` names what the change touches
 * (`categoryId`, `voting`). docs/reference/association.md §4.
 */
export function assertNoVotingSeat(openSeats: readonly BodyKind[], field: string): void {
  if (openSeats.some(requiresVotingMember)) {
    throw new DomainError(
      'CONFLICT',
      "Un adhérent siégeant au bureau ou au conseil d'administration doit garder le droit de vote : terminez d'abord son mandat.",
      field,
    );
  }
}

/**
 * The end of a body on `endedOn`: refused while one of its mandates starts that day or later
 * (to be changed first); answers the mandates still running then, which end with the body.
 */
export function planBodyEnd<M extends Term>(mandates: readonly M[], endedOn: string): M[] {
  if (mandates.some((m) => m.startOn >= endedOn)) {
    throw new DomainError('CONFLICT', 'Un mandat commence après cette date de fin : modifiez-le d’abord.', 'endedOn');
  }
  return mandates.filter((m) => m.endOn === null || m.endOn > endedOn);
}

/** A body with mandates is ended, never deleted: its history stays on record. */
export function assertBodyDeletable(mandateCount: number): void {
  if (mandateCount > 0) {
    throw new DomainError('CONFLICT', 'Cette instance a des mandats : indiquez sa date de fin plutôt que de la supprimer.', 'bodyId');
  }
}

/**
 * A member who leaves leaves their seats too: running mandates end on the day they left, and
 * those that had not started yet are deleted.
 */
export function seatsOnDeparture<M extends Term>(openMandates: readonly M[], leftOn: string): { ended: M[]; deleted: M[] } {
  return {
    ended: openMandates.filter((m) => m.startOn < leftOn).map((m) => ({ ...m, endOn: leftOn })),
    deleted: openMandates.filter((m) => m.startOn >= leftOn),
  };
}

/**
 * The member a seat is given to, as the composition rules see them: a member of this CPTS,
 * with a vote when their category has one.
 */
export function seatHolderOf(
  member: { id: string; status: MemberStatus; leftOn: string | null } | null,
  category: { voting: boolean } | null | undefined,
): SeatHolder {
  if (!member) throw new DomainError('INVALID', 'Adhérent introuvable dans cette CPTS.', 'memberId');
  return { id: member.id, status: member.status, voting: category?.voting ?? false, leftOn: member.leftOn };
}
