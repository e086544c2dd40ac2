import type { MailMessage } from '@maillon/domain';
import { deliverQueued, type MailPorts, queueMail } from '../mail/outbox.ts';

/**
 * E-mails of the proposal workflow, in French, with no health detail and no patient name
 * (issue #9 item 7, docs/reference/personal-data.md "Not in logs, e-mails or git"): they only
 * say there is something to look at, and where. Queued in part A's outbox inside the
 * transaction of the change (never lost), delivered after the commit when SMTP is configured
 * (docs/reference/mt-requests.md §6).
 */
export type MtMailKind = 'mt-proposal-to-gp' | 'mt-patient-proposal' | 'mt-gp-reminder' | 'mt-response-due';

const TEXTS: Record<MtMailKind, { subject: string; body: (cptsName: string) => string }> = {
  'mt-proposal-to-gp': {
    subject: 'Nouvelle proposition de patient',
    body: (cpts) => `${cpts} vous propose un nouveau patient en recherche de médecin traitant. Connectez-vous à Maillon pour répondre.`,
  },
  'mt-patient-proposal': {
    subject: 'Votre demande de médecin traitant',
    body: (cpts) =>
      `Vous avez une nouvelle proposition : connectez-vous à la page de suivi de votre demande (/medecin-traitant/suivi) avec votre numéro de demande et votre date de naissance. L’équipe de ${cpts} reste à votre disposition.`,
  },
  'mt-gp-reminder': {
    subject: 'Rappel : une proposition de patient attend votre réponse',
    body: (cpts) => `Une proposition de ${cpts} attend votre réponse et expire bientôt. Connectez-vous à Maillon pour répondre.`,
  },
  'mt-response-due': {
    subject: 'Rappel : délai de réponse bientôt atteint',
    body: (cpts) =>
      `Des demandes de médecin traitant de ${cpts} approchent du délai de réponse promis. Consultez la file d’attente dans Maillon.`,
  },
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Messages queued in a transaction, delivered once it committed. */
export type QueuedMail = { id: string; message: MailMessage }[];

export async function queueMtMail(
  ports: Pick<MailPorts, 'mailOutbox'>,
  mail: { kind: MtMailKind; to: string; cptsId: string; cptsName: string; now: Date },
  queued: QueuedMail,
): Promise<void> {
  const text = TEXTS[mail.kind];
  const body = text.body(mail.cptsName);
  const message = { to: mail.to, subject: text.subject, text: body, html: `<p>${escapeHtml(body)}</p>` };
  queued.push({ id: await queueMail(ports, { message, kind: mail.kind, cptsId: mail.cptsId, now: mail.now }), message });
}

/** Sends what the committed transaction queued (messages stay in the outbox when SMTP is absent or refuses). */
export async function deliverMtMail(ports: MailPorts, queued: QueuedMail, now: () => Date): Promise<void> {
  for (const item of queued) await deliverQueued(ports, { ...item, now });
}
