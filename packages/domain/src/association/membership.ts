import { DomainError, invalid } from '../errors.ts';
import { isIsoDate } from '../lifecycle/dates.ts';

/** Who a member is: a professional (linked to their RPPS identity when known) or a structure. */
export const MEMBER_KINDS = ['professional', 'structure'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** Structures that join a CPTS (issue #3, "Members"). */
export const STRUCTURE_TYPES = [
  'msp',
  'healthCentre',
  'primaryCareTeam',
  'hospital',
  'medicoSocial',
  'prevention',
  'patientAssociation',
  'commune',
  'epci',
  'other',
] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

/** requested → active | refused; active → left. A refused or departed person asks again with a new membership. */
export const MEMBER_STATUSES = ['requested', 'active', 'refused', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** What the membership history records. */
export const MEMBER_EVENTS = ['requested', 'added', 'accepted', 'refused', 'left', 'updated'] as const;
export type MemberEvent = (typeof MEMBER_EVENTS)[number];

export type MembershipDecision =
  | { kind: 'accept'; categoryId: string | undefined; joinedOn: string | undefined }
  | { kind: 'refuse'; comment: string | undefined }
  | { kind: 'leave'; leftOn: string | undefined; comment: string | undefined };

export interface MembershipState {
  status: MemberStatus;
  joinedOn: string | null;
}

export interface MembershipChange {
  status: MemberStatus;
  categoryId?: string;
  joinedOn?: string;
  leftOn?: string;
  event: MemberEvent;
  comment: string | null;
}

function checkPastDate(field: string, value: string, today: string): void {
  if (!isIsoDate(value)) throw invalid(field, 'Date au format AAAA-MM-JJ attendue.');
  if (value > today) throw invalid(field, 'La date ne peut pas être dans le futur.');
}

const trimmed = (comment: string | undefined): string | null => comment?.trim() || null;

/**
 * Applies a decision of the coordination team to a membership: a request is accepted into a
 * category or refused; an active member leaves. Any other move is an illegal transition.
 */
export function planMembershipDecision(state: MembershipState, decision: MembershipDecision, today: string): MembershipChange {
  switch (decision.kind) {
    case 'accept': {
      if (state.status !== 'requested') throw illegal(state.status, 'accepter');
      if (!decision.categoryId) throw invalid('categoryId', "Choisissez la catégorie d'adhésion (collège).");
      const joinedOn = decision.joinedOn ?? today;
      checkPastDate('joinedOn', joinedOn, today);
      return { status: 'active', categoryId: decision.categoryId, joinedOn, event: 'accepted', comment: null };
    }
    case 'refuse':
      if (state.status !== 'requested') throw illegal(state.status, 'refuser');
      return { status: 'refused', event: 'refused', comment: trimmed(decision.comment) };
    case 'leave': {
      if (state.status !== 'active') throw illegal(state.status, 'enregistrer le départ de');
      const leftOn = decision.leftOn ?? today;
      checkPastDate('leftOn', leftOn, today);
      if (state.joinedOn && leftOn < state.joinedOn) throw invalid('leftOn', "Le départ ne peut pas précéder l'adhésion.");
      return { status: 'left', leftOn, event: 'left', comment: trimmed(decision.comment) };
    }
  }
}

const STATUS_WORDS: Record<MemberStatus, string> = {
  requested: 'en attente',
  active: 'active',
  refused: 'refusée',
  left: 'terminée',
};

function illegal(status: MemberStatus, verb: string): DomainError {
  return new DomainError('ILLEGAL_TRANSITION', `Impossible de ${verb} une adhésion ${STATUS_WORDS[status]}.`, 'decision');
}

/** A membership still counts (blocks a second request for the same person or structure). */
export function isOpenMembership(status: MemberStatus): boolean {
  return status === 'requested' || status === 'active';
}

/** Checks the joining date of a member added directly by the coordination team. */
export function checkJoinedOn(joinedOn: string, today: string): void {
  checkPastDate('joinedOn', joinedOn, today);
}
