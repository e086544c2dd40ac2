import { DomainError } from '../errors.ts';

/**
 * The life of a médecin-traitant request (docs/reference/mt-requests.md §3, issue #9 item 5):
 * waiting in the queue → proposed to a GP → accepted by the GP → patient informed → first
 * consultation → MT declaration confirmed (closed). A GP who declines, or a placement that falls
 * through, puts the request back in the queue with its seniority (`requestedOn` is never moved).
 * Withdrawn (the patient no longer needs it), expired (no answer to a check) and merged (a
 * duplicate folded into another request) are closed too.
 */
export const REQUEST_STATUSES = [
  'waiting',
  'proposed',
  'accepted',
  'informed',
  'firstVisit',
  'declared',
  'withdrawn',
  'expired',
  'merged',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses after which the request leaves the queue for good: its closing date starts the retention period. */
export const CLOSED_STATUSES: readonly RequestStatus[] = ['declared', 'withdrawn', 'expired', 'merged'];

/** Statuses in which a request is still being worked on (open). */
export const OPEN_STATUSES: readonly RequestStatus[] = REQUEST_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

export function isClosedStatus(status: RequestStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** French labels shown to the team and, for the public ones, on the status page. */
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  waiting: 'En attente',
  proposed: 'Proposée à un médecin',
  accepted: 'Acceptée par un médecin',
  informed: 'Patient informé',
  firstVisit: 'Première consultation faite',
  declared: 'Médecin traitant déclaré',
  withdrawn: 'Retirée',
  expired: 'Expirée',
  merged: 'Fusionnée avec une autre demande',
};

/**
 * What the person sees on the public status page: never the GP, never a health detail, only
 * where the request stands (docs/reference/mt-requests.md §4).
 */
export const PUBLIC_STATUS_LABELS: Record<RequestStatus, string> = {
  waiting: 'Votre demande est enregistrée et en attente d’un médecin.',
  proposed: 'Un médecin étudie votre demande.',
  accepted: 'Un médecin a accepté de vous recevoir : l’équipe de la CPTS va vous contacter.',
  informed: 'Vous avez été informé(e) du médecin qui vous reçoit.',
  firstVisit: 'Votre première consultation a eu lieu.',
  declared: 'Votre médecin traitant est déclaré : la demande est close.',
  withdrawn: 'La demande a été retirée.',
  expired: 'La demande a expiré.',
  merged: 'Cette demande a été regroupée avec une autre demande à votre nom.',
};

/** The named moves between statuses; each one is one history event. */
export const REQUEST_ACTIONS = [
  'propose',
  'accept',
  'decline',
  'inform',
  'recordFirstVisit',
  'confirmDeclaration',
  'requeue',
  'withdraw',
  'expire',
  'merge',
  'reopen',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

interface ActionRule {
  from: readonly RequestStatus[];
  to: RequestStatus;
  label: string;
}

const IN_PLACEMENT: readonly RequestStatus[] = ['proposed', 'accepted', 'informed', 'firstVisit'];

/**
 * The allowed transitions. `decline` and `requeue` both go back to waiting keeping the seniority
 * date (issue #9 item 5: "re-queueing without losing seniority"); `reopen` brings back a request
 * withdrawn or expired by mistake, also with its seniority. `declared` and `merged` are final.
 */
export const REQUEST_TRANSITIONS: Record<RequestAction, ActionRule> = {
  propose: { from: ['waiting'], to: 'proposed', label: 'Proposée à un médecin' },
  accept: { from: ['proposed'], to: 'accepted', label: 'Acceptée par le médecin' },
  decline: { from: ['proposed'], to: 'waiting', label: 'Refusée par le médecin, remise en file' },
  inform: { from: ['accepted'], to: 'informed', label: 'Patient informé' },
  recordFirstVisit: { from: ['informed'], to: 'firstVisit', label: 'Première consultation' },
  confirmDeclaration: { from: ['firstVisit'], to: 'declared', label: 'Déclaration de médecin traitant confirmée' },
  requeue: { from: IN_PLACEMENT, to: 'waiting', label: 'Remise en file (ancienneté conservée)' },
  withdraw: { from: ['waiting', ...IN_PLACEMENT], to: 'withdrawn', label: 'Retirée' },
  expire: { from: ['waiting', 'proposed'], to: 'expired', label: 'Expirée' },
  merge: { from: ['waiting', ...IN_PLACEMENT, 'withdrawn', 'expired'], to: 'merged', label: 'Fusionnée' },
  reopen: { from: ['withdrawn', 'expired'], to: 'waiting', label: 'Rouverte (ancienneté conservée)' },
};

/** Every action allowed from a status, in `REQUEST_ACTIONS` order. */
export function allowedActions(status: RequestStatus): RequestAction[] {
  return REQUEST_ACTIONS.filter((a) => REQUEST_TRANSITIONS[a].from.includes(status));
}

/** The statuses reachable in one move from a status. */
export function nextStatuses(status: RequestStatus): RequestStatus[] {
  return [...new Set(allowedActions(status).map((a) => REQUEST_TRANSITIONS[a].to))];
}

export interface StatusChange {
  action: RequestAction;
  from: RequestStatus;
  to: RequestStatus;
  /** The day the request closes (entering a closed status), else null; reopening clears it. */
  closedOn: string | null;
}

/**
 * Applies an action to a request's status on `today` (YYYY-MM-DD): the new status and closing
 * date, or ILLEGAL_TRANSITION on field "status" naming both, in French.
 */
export function applyRequestAction(status: RequestStatus, action: RequestAction, today: string): StatusChange {
  const rule = REQUEST_TRANSITIONS[action];
  if (!rule.from.includes(status)) {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `Action « ${rule.label} » impossible : la demande est « ${REQUEST_STATUS_LABELS[status]} ».`,
      'status',
    );
  }
  return { action, from: status, to: rule.to, closedOn: isClosedStatus(rule.to) ? today : null };
}
