import { invalid } from '../errors.ts';
import { type Invitee, inviteeKey } from './invitee.ts';

export const INVITATION_STATUSES = ['sent', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  sent: 'Envoyée, sans réponse',
  accepted: 'Acceptée',
  declined: 'Déclinée',
};

export const INVITATION_CHANNELS = ['email', 'post', 'phone', 'inPerson', 'other'] as const;
export type InvitationChannel = (typeof INVITATION_CHANNELS)[number];

export const INVITATION_CHANNEL_LABELS: Record<InvitationChannel, string> = {
  email: 'Courriel',
  post: 'Courrier',
  phone: 'Téléphone',
  inPerson: 'En personne',
  other: 'Autre',
};

const INELIGIBLE: Record<Invitee['kind'], string> = {
  professional: "n'est pas un professionnel non adhérent exerçant sur le territoire",
  establishment: "n'est pas un établissement du territoire",
  commune: "n'est pas une commune du territoire",
  epci: "n'est pas un EPCI du territoire",
};

/**
 * Checks a batch of invitations to record (bulk "marquer comme invités"): every invitee must be
 * eligible (field path `invitees[i].id` otherwise), the sending date cannot be in the future.
 * Invitees listed twice are recorded once; those with an invitation still unanswered are not
 * invited again but reported, so that repeating a batch is harmless.
 */
export function planInvitations(input: {
  invitees: readonly Invitee[];
  eligibleKeys: ReadonlySet<string>;
  pendingKeys: ReadonlySet<string>;
  dates: { sentOn: string; today: string };
}): { toCreate: Invitee[]; alreadyPending: Invitee[] } {
  if (input.invitees.length === 0) throw invalid('invitees', 'Choisissez au moins un destinataire.');
  if (input.dates.sentOn > input.dates.today) throw invalid('sentOn', "La date d'envoi ne peut pas être dans le futur.");
  const seen = new Set<string>();
  const toCreate: Invitee[] = [];
  const alreadyPending: Invitee[] = [];
  input.invitees.forEach((invitee, i) => {
    const key = inviteeKey(invitee);
    if (!input.eligibleKeys.has(key)) throw invalid(`invitees[${i}].id`, `« ${invitee.id} » ${INELIGIBLE[invitee.kind]}.`);
    if (seen.has(key)) return;
    seen.add(key);
    (input.pendingKeys.has(key) ? alreadyPending : toCreate).push(invitee);
  });
  return { toCreate, alreadyPending };
}

/**
 * Records the answer to an invitation, or reopens it (back to "sent", answer cleared). The answer
 * date defaults to today; it cannot precede the sending nor be in the future.
 */
export function answerInvitation(
  invitation: { sentOn: string },
  change: { status: InvitationStatus; answeredOn?: string | null | undefined },
  today: string,
): { status: InvitationStatus; answeredOn: string | null } {
  if (change.status === 'sent') return { status: 'sent', answeredOn: null };
  const answeredOn = change.answeredOn ?? today;
  if (answeredOn < invitation.sentOn) throw invalid('answeredOn', "La réponse ne peut pas précéder l'envoi de l'invitation.");
  if (answeredOn > today) throw invalid('answeredOn', 'La date de réponse ne peut pas être dans le futur.');
  return { status: change.status, answeredOn };
}

export interface InvitationStats {
  sent: number;
  pending: number;
  accepted: number;
  declined: number;
  /** Answered over sent (0–1), null when nothing was sent. */
  responseRate: number | null;
  /** Accepted over sent (0–1), null when nothing was sent. */
  acceptanceRate: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/** Follow-up figures of the invitations sent (an aggregate: ARS/CPAM may read it). */
export function invitationStats(invitations: readonly { status: InvitationStatus }[]): InvitationStats {
  const count = (status: InvitationStatus) => invitations.filter((i) => i.status === status).length;
  const accepted = count('accepted');
  const declined = count('declined');
  const sent = invitations.length;
  return {
    sent,
    pending: count('sent'),
    accepted,
    declined,
    responseRate: share(accepted + declined, sent),
    acceptanceRate: share(accepted, sent),
  };
}
