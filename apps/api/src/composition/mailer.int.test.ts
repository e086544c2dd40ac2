import type { AddressInfo } from 'node:net';
import { schema } from '@maillon/db';
import { desc } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { filePublicRequest } from '../../test/mt-request-fixtures.ts';
import { buildWorld, type World } from '../../test/world.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives and refuses one address. */
async function startSmtp(): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refuse')) return callback(new Error('Mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(testDatabases())('e-mail through SMTP (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(kind, () => TEST_NOW, {
      config: { mail: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'CPTS démo <ne-pas-repondre@maillon.test>' } },
    });
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends the acknowledgment through the SMTP server, in French, without any health detail, and marks it sent', async () => {
    const number = await filePublicRequest(t, w.cptsPaca);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual(['elodie.demo@exemple.fr']);
    expect(mail?.from).toBe('ne-pas-repondre@maillon.test');
    const raw = (mail?.raw ?? '').replace(/=\r?\n/g, '');
    expect(raw).toContain(number);
    expect(raw).toMatch(/Content-Type: text\/html/i);
    expect(raw).not.toMatch(/ALD|C2S|retraite|1950/);
    const [row] = await t.ctx.database.db.select().from(schema.mailOutbox).orderBy(desc(schema.mailOutbox.createdAt));
    expect(row).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
  });

  it('keeps a message the server refused in the outbox, marked failed, readable by the admin', async () => {
    await filePublicRequest(t, w.cptsPaca, { address: '198.51.100.20', overrides: { email: 'refuse@exemple.fr', firstName: 'Refus' } });
    const outbox = (await t.app.inject({ method: 'GET', url: '/api/admin/mail-outbox?state=failed', ...as(w.sessions.admin) })).json();
    expect(outbox.delivers).toBe(true);
    expect(outbox.items).toHaveLength(1);
    expect(outbox.items[0]).toMatchObject({ to: 'refuse@exemple.fr', state: 'failed', attempts: 1 });
    expect(outbox.items[0].lastError).not.toContain('refuse@exemple.fr');
  });
});
