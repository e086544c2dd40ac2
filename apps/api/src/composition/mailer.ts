import type { Mailer } from '@maillon/domain';
import type { MailConfig } from '../config.ts';

/**
 * The `Mailer` port: SMTP through nodemailer when `MAILLON_SMTP_URL` is set; otherwise a mailer
 * that delivers nothing, so that messages stay in the outbox for the admin (issue #9 item 8:
 * never silently dropped). Use cases write the message to the outbox before calling it
 * (use-cases/mail/outbox.ts). nodemailer is loaded only when SMTP is configured: importing it
 * cost ~50 ms of CPU at every start of a server that sends nothing (issue #11 item 4).
 */
export async function createMailer(config: MailConfig): Promise<Mailer> {
  if (!config.smtpUrl) {
    return {
      delivers: false,
      send: async () => {
        throw new Error('Aucun serveur SMTP configuré : le message reste dans la boîte d’envoi.');
      },
    };
  }
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(config.smtpUrl, { from: config.from });
  return {
    delivers: true,
    async send(message) {
      await transport.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    },
  };
}
