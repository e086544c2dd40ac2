import type { InvitationChannel, InvitationStatus } from '../engagement/invitations.ts';

/** Records the engagement invitations repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface InvitationRecord {
  id: string;
  cptsId: string;
  /** `inviteeKey` of the invitee (the RPPS national id for a professional). */
  inviteeKey: string;
  sentOn: string;
  channel: InvitationChannel;
  status: InvitationStatus;
  answeredOn: string | null;
}

export interface InvitationListRow extends InvitationRecord {
  /** Name from the directory or the geography; null when the invitee is no longer listed. */
  name: string | null;
  professionLabel: string | null;
}
