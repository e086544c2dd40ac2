import type { MailOutboxRepository, OutboxMessageRecord } from '@maillon/domain';
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { mailOutbox } from '../schema/index.ts';

type Row = typeof mailOutbox.$inferSelect;

const toRecord = (row: Row): OutboxMessageRecord => ({
  id: row.id,
  kind: row.kind,
  cptsId: row.cptsId,
  to: row.toAddress,
  subject: row.subject,
  text: row.textBody,
  html: row.htmlBody,
  state: row.state,
  createdAt: row.createdAt,
  sentAt: row.sentAt,
  attempts: row.attempts,
  lastError: row.lastError,
});

export function createMailOutboxRepository(db: Db): MailOutboxRepository {
  return {
    async add(m) {
      await db.insert(mailOutbox).values({
        id: m.id,
        kind: m.kind,
        cptsId: m.cptsId,
        toAddress: m.to,
        subject: m.subject,
        textBody: m.text,
        htmlBody: m.html,
        state: m.state,
        createdAt: m.createdAt,
        sentAt: m.sentAt,
        attempts: m.attempts,
        lastError: m.lastError,
      });
    },
    async markSent(id, at) {
      await db
        .update(mailOutbox)
        .set({ state: 'sent', sentAt: at, attempts: sql`${mailOutbox.attempts} + 1`, lastError: null })
        .where(eq(mailOutbox.id, id));
    },
    async markFailed(id, error) {
      await db
        .update(mailOutbox)
        .set({ state: 'failed', attempts: sql`${mailOutbox.attempts} + 1`, lastError: error.slice(0, 500) })
        .where(eq(mailOutbox.id, id));
    },
    async list({ limit, state }) {
      const query = db.select().from(mailOutbox);
      const rows = await (state ? query.where(eq(mailOutbox.state, state)) : query).orderBy(desc(mailOutbox.createdAt)).limit(limit);
      return rows.map(toRecord);
    },
  };
}
