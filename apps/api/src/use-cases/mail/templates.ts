import type { MailMessage } from '@maillon/domain';

/**
 * French e-mail templates, text and simple HTML (issue #9 item 8). They never carry a health
 * detail (docs/reference/personal-data.md, "Not in logs, e-mails or git"): no ALD, no situation,
 * no GP; only the request number and where to look.
 */

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function html(paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"></head><body style="font-family: sans-serif; line-height: 1.5">\n${body}\n</body></html>\n`;
}

function message(to: string, subject: string, paragraphs: readonly string[]): MailMessage {
  return { to, subject, text: `${paragraphs.join('\n\n')}\n`, html: html(paragraphs) };
}

/** Acknowledgment of a request filed on the public page. */
export function requestReceivedMail(to: string, options: { number: string; cptsName: string; statusPath: string }): MailMessage {
  return message(to, `Votre demande de médecin traitant ${options.number} est enregistrée`, [
    'Bonjour,',
    `Votre demande de médecin traitant a bien été reçue par la ${options.cptsName}. Son numéro est ${options.number}.`,
    `Gardez ce numéro : avec votre date de naissance, il vous permet de suivre votre demande sur la page ${options.statusPath}.`,
    "L'équipe de coordination vous contactera dès qu'un médecin pourra vous recevoir.",
    'Ce message est envoyé automatiquement : merci de ne pas y répondre.',
  ]);
}
