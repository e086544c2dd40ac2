import type { Mailer } from '@maillon/domain';
import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.ts';

/**
 * The `Mailer` port: SMTP through nodemailer when `MAILLON_SMTP_URL` is set; otherwise a mailer
 * that delivers nothing, so that messages stay in the outbox for the admin (issue #9 item 8:
 * never silently dropped). Use cases write the message to the outbox before calling it
 * (use-cases/mail/outbox.ts).
 */
export function createMailer(config: MailConfig): Mailer {
  if (!config.smtpUrl) {
    return {
      delivers: false,
      send: async () => {
        throw new Error('Aucun serveur SMTP configuré : le message reste dans la boîte d’envoi.');
      },
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl, { from: config.from });
  return {
    delivers: true,
    async send(message) {
      await transport.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    },
  };
}
