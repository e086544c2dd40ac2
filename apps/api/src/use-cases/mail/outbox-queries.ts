import { type AuditEvent, forbidden, isAdmin, type OutboxState } from '@maillon/domain';
import type { UseCaseContext } from '../use-case-context.ts';
import type { MailPorts } from './outbox.ts';

/**
 * The outbox as the platform admin reads it (issue #9 item 8): without SMTP, this is where
 * messages wait; with SMTP, what left and what the server refused. Reading it is recorded
 * (addresses are personal data).
 */
export async function readOutbox(
  ctx: UseCaseContext<MailPorts & { audit: { record(e: AuditEvent): Promise<void> } }>,
  state: OutboxState | undefined,
) {
  if (!isAdmin(ctx.principal)) throw forbidden("Boîte d'envoi réservée à l'administration de la plateforme.");
  const items = await ctx.ports.mailOutbox.list({ limit: 200, state });
  await ctx.ports.audit.record({ action: 'read', entity: 'mailOutbox', recordIds: items.map((m) => m.id), cptsId: null });
  return {
    delivers: ctx.ports.mailer.delivers,
    items: items.map((m) => ({
      id: m.id,
      kind: m.kind,
      to: m.to,
      subject: m.subject,
      text: m.text,
      state: m.state,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
      attempts: m.attempts,
      lastError: m.lastError,
    })),
  };
}
