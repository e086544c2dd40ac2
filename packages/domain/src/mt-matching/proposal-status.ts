import { DomainError } from '../errors.ts';

/**
 * The life of a proposal of a GP to a waiting patient (issue #9 item 5,
 * docs/reference/mt-matching.md §3). A run's result is `draft` until the team sends it: the
 * engine never assigns anyone by itself. A GP's pull creates an `accepted` proposal at once.
 */
export const MT_PROPOSAL_STATUSES = [
  'draft',
  'discarded',
  'sent',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
  'consulted',
  'declared',
] as const;
export type MtProposalStatus = (typeof MT_PROPOSAL_STATUSES)[number];

export const MT_PROPOSAL_STATUS_LABELS: Record<MtProposalStatus, string> = {
  draft: 'À examiner',
  discarded: 'Écartée par l’équipe',
  sent: 'Envoyée au médecin',
  accepted: 'Acceptée par le médecin',
  declined: 'Déclinée par le médecin',
  withdrawn: 'Retirée',
  expired: 'Expirée sans réponse',
  consulted: 'Première consultation faite',
  declared: 'Médecin traitant déclaré',
};

/** Who moves a proposal: the coordination team, the GP it names, or the periodic sweep. */
export type MtProposalActor = 'team' | 'gp' | 'sweep';

const TRANSITIONS: Record<MtProposalStatus, Partial<Record<MtProposalStatus, readonly MtProposalActor[]>>> = {
  draft: { sent: ['team'], discarded: ['team'] },
  discarded: {},
  sent: { accepted: ['gp'], declined: ['gp'], withdrawn: ['team'], expired: ['sweep'] },
  accepted: { consulted: ['gp', 'team'], withdrawn: ['team', 'gp'] },
  declined: {},
  withdrawn: {},
  expired: {},
  consulted: { declared: ['gp', 'team'], withdrawn: ['team'] },
  declared: {},
};

/** Whether the proposal still holds a place and its patient (one open proposal per patient). */
export const OPEN_MT_PROPOSAL_STATUSES: readonly MtProposalStatus[] = ['sent', 'accepted', 'consulted'];

/** Statuses after which the patient goes back to the queue, seniority kept. */
export const REQUEUEING_STATUSES: readonly MtProposalStatus[] = ['declined', 'withdrawn', 'expired'];

/** Statuses in which the GP sees the patient's identity: only once they accepted. */
export const IDENTITY_VISIBLE_STATUSES: readonly MtProposalStatus[] = ['accepted', 'consulted', 'declared'];

export function canMoveProposal(from: MtProposalStatus, to: MtProposalStatus, actor: MtProposalActor): boolean {
  return TRANSITIONS[from][to]?.includes(actor) ?? false;
}

/** Refuses a move the workflow does not allow, in French, naming both statuses. */
export function assertProposalMove(from: MtProposalStatus, to: MtProposalStatus, actor: MtProposalActor): void {
  if (!canMoveProposal(from, to, actor))
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `Une proposition « ${MT_PROPOSAL_STATUS_LABELS[from]} » ne peut pas passer à « ${MT_PROPOSAL_STATUS_LABELS[to]} ».`,
      'status',
    );
}

/** Reasons a GP gives when declining (plus free text). */
export const DECLINE_REASONS = ['full', 'tooFar', 'clinicalNeeds', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  full: 'Patientèle complète',
  tooFar: 'Domicile trop éloigné',
  clinicalNeeds: 'Besoins de suivi hors de mes possibilités',
  other: 'Autre raison',
};
