import type { MailOutboxRepository } from '@maillon/domain';

/**
 * E-mails of the proposal workflow, in French, with no health detail and no patient name
 * (issue #9 item 7, docs/reference/personal-data.md "Not in logs, e-mails or git"): they only
 * say there is something to look at, and where. Written to part A's outbox in the transaction
 * of the change, so a message is never lost; the outbox delivers it (docs/reference/mt-requests.md §6).
 */
export type MtMailKind = 'mt-proposal-to-gp' | 'mt-patient-proposal' | 'mt-gp-reminder' | 'mt-response-due';

const TEXTS: Record<MtMailKind, { subject: string; body: (cptsName: string) => string }> = {
  'mt-proposal-to-gp': {
    subject: 'Nouvelle proposition de patient',
    body: (cpts) => `La ${cpts} vous propose un nouveau patient en recherche de médecin traitant. Connectez-vous à Maillon pour répondre.`,
  },
  'mt-patient-proposal': {
    subject: 'Votre demande de médecin traitant',
    body: (cpts) =>
      `Vous avez une nouvelle proposition : connectez-vous à la page de suivi de votre demande avec votre numéro et votre date de naissance. L’équipe de la ${cpts} reste à votre disposition.`,
  },
  'mt-gp-reminder': {
    subject: 'Rappel : une proposition de patient attend votre réponse',
    body: (cpts) => `Une proposition de la ${cpts} attend votre réponse et expire bientôt. Connectez-vous à Maillon pour répondre.`,
  },
  'mt-response-due': {
    subject: 'Rappel : délai de réponse bientôt atteint',
    body: (cpts) =>
      `Des demandes de médecin traitant de la ${cpts} approchent du délai de réponse promis. Consultez la file d’attente dans Maillon.`,
  },
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function queueMtMail(
  outbox: Pick<MailOutboxRepository, 'add'>,
  mail: { kind: MtMailKind; to: string; cptsId: string; cptsName: string; now: Date },
): Promise<void> {
  const text = TEXTS[mail.kind];
  const body = text.body(mail.cptsName);
  await outbox.add({
    id: crypto.randomUUID(),
    kind: mail.kind,
    cptsId: mail.cptsId,
    to: mail.to,
    subject: text.subject,
    text: body,
    html: `<p>${escapeHtml(body)}</p>`,
    state: 'pending',
    createdAt: mail.now,
    sentAt: null,
    attempts: 0,
    lastError: null,
  });
}
