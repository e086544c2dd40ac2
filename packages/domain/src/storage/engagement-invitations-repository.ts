import type { InvitationChannel, InvitationStatus } from '../engagement/invitations.ts';

/** The storage contract of engagement invitations: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

export interface InvitationsRepository {
  /** Most recent first. */
  list(cptsId: string): Promise<InvitationListRow[]>;
  statuses(cptsId: string): Promise<{ status: InvitationStatus }[]>;
  create(rows: readonly InvitationRecord[]): Promise<void>;
  get(cptsId: string, id: string, options?: { forUpdate?: boolean }): Promise<InvitationRecord | null>;
  answer(id: string, change: { status: InvitationStatus; answeredOn: string | null }): Promise<void>;
  /** Which of `keys` have an invitation still waiting for an answer. */
  pendingKeys(cptsId: string, keys: readonly string[]): Promise<Set<string>>;
  /** The most recent invitation of each of `keys` that has one. */
  latestFor(cptsId: string, keys: readonly string[]): Promise<Map<string, InvitationRecord>>;
}
