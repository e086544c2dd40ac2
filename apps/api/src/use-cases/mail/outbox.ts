import type { Mailer, MailMessage, MailOutboxRepository } from '@maillon/domain';

/** What sending e-mail needs: the outbox (written first) and the mailer. */
export interface MailPorts {
  mailOutbox: MailOutboxRepository;
  mailer: Mailer;
}

/**
 * Writes a message to the outbox, pending (issue #9 item 8: never dropped). Call it inside the
 * transaction of the change it belongs to, then `deliverQueued` after the commit.
 */
export async function queueMail(
  ports: Pick<MailPorts, 'mailOutbox'>,
  options: { message: MailMessage; kind: string; cptsId: string | null; now: Date },
): Promise<string> {
  const id = crypto.randomUUID();
  await ports.mailOutbox.add({
    ...options.message,
    id,
    kind: options.kind,
    cptsId: options.cptsId,
    state: 'pending',
    createdAt: options.now,
    sentAt: null,
    attempts: 0,
    lastError: null,
  });
  return id;
}

/**
 * Sends a queued message through the mailer when one delivers; true if it left. A refusal is
 * kept on the message (state "failed", the error without the address), which stays readable.
 */
export async function deliverQueued(ports: MailPorts, options: { id: string; message: MailMessage; now: () => Date }): Promise<boolean> {
  if (!ports.mailer.delivers) return false;
  try {
    await ports.mailer.send(options.message);
    await ports.mailOutbox.markSent(options.id, options.now());
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replaceAll(options.message.to, '<destinataire>') : 'échec inconnu';
    await ports.mailOutbox.markFailed(options.id, reason);
    return false;
  }
}
