import type { MailMessage } from '@maillon/domain';
import { deliverQueued, type MailPorts, queueMail } from '../mail/outbox.ts';

/**
 * E-mails of requests between professionals: no health detail, no patient, no act — only that
 * something waits and where (docs/reference/personal-data.md "Not in logs, e-mails or git",
 * docs/reference/pro-requests.md §5). Queued in the change's transaction, sent after commit.
 */
export type ProRequestMailKind = 'pro-request-offered' | 'pro-request-escalated';

const TEXTS: Record<ProRequestMailKind, { subject: string; body: (cpts: string) => string }> = {
  'pro-request-offered': {
    subject: 'Une demande vous attend',
    body: (cpts) =>
      `Un confrère de ${cpts} vous adresse une demande. Connectez-vous à Maillon (page « Demandes ») pour l’accepter ou la décliner.`,
  },
  'pro-request-escalated': {
    subject: 'Une demande entre professionnels n’a pas encore trouvé preneur',
    body: (cpts) =>
      `Une demande entre professionnels de ${cpts} approche de son échéance sans preneur. Connectez-vous à Maillon pour la suivre.`,
  },
};

export type QueuedMail = { id: string; message: MailMessage }[];

export async function queueProRequestMail(
  ports: Pick<MailPorts, 'mailOutbox'>,
  mail: { kind: ProRequestMailKind; to: string; cptsId: string; cptsName: string; now: Date },
  queued: QueuedMail,
): Promise<void> {
  const text = TEXTS[mail.kind];
  const body = text.body(mail.cptsName);
  const message = { to: mail.to, subject: text.subject, text: body, html: `<p>${body.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` };
  queued.push({ id: await queueMail(ports, { message, kind: mail.kind, cptsId: mail.cptsId, now: mail.now }), message });
}

export async function deliverProRequestMail(ports: MailPorts, queued: QueuedMail, now: () => Date): Promise<void> {
  for (const item of queued) await deliverQueued(ports, { ...item, now });
}
