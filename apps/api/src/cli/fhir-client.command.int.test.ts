import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { FHIR_CLIENT_EXIT, fhirClientCommand } from './fhir-client.command.ts';

describe.each(testDatabases())('CLI fhir-client (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  async function run(args: string[]) {
    const lines: string[] = [];
    const code = await fhirClientCommand(t.ctx.database.db, args, {
      out: { log: (m) => lines.push(m), error: (m) => lines.push(m) },
      clock: () => new Date('2026-11-22T10:00:00Z'),
      systemUser: 'exploitant',
    });
    return { code, output: lines.join('\n') };
  }
  const tokenIn = (output: string) => /Jeton[^:]*: ([A-Za-z0-9_-]{43})$/m.exec(output)?.[1] ?? '';
  const metadataWith = (token: string) =>
    t.app.inject({ method: 'GET', url: '/fhir/Slot?status=free', headers: { authorization: `Bearer ${token}` } });

  it('adds a client scoped to départements, prints its token once and stores only its hash; the token opens /fhir', async () => {
    const added = await run(['add', '--name', 'SAS 04', '--departement', '04', '--departement', '05']);
    expect(added.code).toBe(FHIR_CLIENT_EXIT.ok);
    expect(added.output).toContain('Client FHIR créé : SAS 04');
    expect(added.output).toContain('départements : 04, 05');
    const token = tokenIn(added.output);
    expect(token).toHaveLength(43);
    const [row] = await t.ctx.database.db.select().from(schema.fhirClients).where(eq(schema.fhirClients.name, 'SAS 04'));
    expect(row?.departementCodes).toEqual(['04', '05']);
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    // Authenticated: the search answers 400 (no window), not 401.
    expect((await metadataWith(token)).statusCode).toBe(400);
    const [entry] = await t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entity, 'fhirClient'));
    expect(entry).toMatchObject({
      action: 'create',
      actorLabel: 'ligne de commande (compte système exploitant)',
      route: 'cli fhir-client add',
    });
  });

  it('lists clients without their tokens, and revokes one at once', async () => {
    const added = await run(['add', '--name', 'SAS national']);
    const token = tokenIn(added.output);
    expect(added.output).toContain('départements : tous');
    const id = /\(([0-9a-f-]{36})\)/.exec(added.output)?.[1] ?? '';
    const listed = await run(['list']);
    expect(listed.output).toContain(`${id}  SAS national  départements : tous  actif`);
    expect(listed.output).not.toContain(token);
    expect((await run(['revoke', id])).code).toBe(FHIR_CLIENT_EXIT.ok);
    expect((await metadataWith(token)).statusCode).toBe(403);
    expect((await run(['list'])).output).toContain('révoqué le 2026-11-22 10:00');
    expect(await run(['revoke', id])).toMatchObject({ code: FHIR_CLIENT_EXIT.refused });
  });

  it('refuses a missing name, an unknown département, a bad id or an unknown action, creating nothing', async () => {
    const before = (await t.ctx.database.db.select().from(schema.fhirClients)).length;
    expect(await run(['add'])).toMatchObject({ code: FHIR_CLIENT_EXIT.usage });
    const unknown = await run(['add', '--name', 'SAS 99', '--departement', '99']);
    expect(unknown.code).toBe(FHIR_CLIENT_EXIT.usage);
    expect(unknown.output).toContain('Département inconnu : « 99 »');
    expect(await run(['add', '--name', 'X', '--role', 'admin'])).toMatchObject({ code: FHIR_CLIENT_EXIT.usage });
    expect((await run(['revoke', 'pas-un-uuid'])).output).toContain('Identifiant de client invalide');
    expect(await run(['purge'])).toMatchObject({ code: FHIR_CLIENT_EXIT.usage });
    expect((await t.ctx.database.db.select().from(schema.fhirClients)).length).toBe(before);
  });
});
