/**
 * The storage contract of outgoing e-mail (issue #9 item 8, docs/reference/mt-requests.md §6):
 * every message is written to the outbox first, then sent through SMTP when it is configured;
 * without SMTP it stays in the outbox, where the admin reads it. A message is never dropped.
 */

/** A message as the mailer is asked to send it (French text and simple HTML, no health detail). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export const OUTBOX_STATES = ['pending', 'sent', 'failed'] as const;
/** pending: not sent (no SMTP configured, or not yet); sent; failed: SMTP refused it (error kept). */
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxMessageRecord extends MailMessage {
  id: string;
  /** Template name ("mt-request-received"), for the admin's reading. */
  kind: string;
  cptsId: string | null;
  state: OutboxState;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}

export interface MailOutboxRepository {
  add(message: OutboxMessageRecord): Promise<void>;
  markSent(id: string, at: Date): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
  /** Newest first. */
  list(options: { limit: number; state?: OutboxState | undefined }): Promise<OutboxMessageRecord[]>;
}

/** The port that delivers a message (SMTP adapter in apps/api/src/composition). */
export interface Mailer {
  /** True when messages leave the machine (SMTP configured); false: they wait in the outbox. */
  readonly delivers: boolean;
  /** Sends one message; throws when the server refuses it. */
  send(message: MailMessage): Promise<void>;
}
