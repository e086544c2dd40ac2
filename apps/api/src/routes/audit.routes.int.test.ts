import { schema } from '@maillon/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

describe.each(testDatabases())('audit trail (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    // One read of the Digne CPTS's members, one of the Bourg CPTS's, as their coordination teams.
    for (const [cpts, session] of [
      [w.cptsPaca, w.sessions.coordPaca],
      [w.cptsAra, w.sessions.coordAra],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts}/members`, ...as(session) });
      expect(response.statusCode).toBe(200);
    }
  });
  afterAll(() => t.close());

  const read = (query: string, session = w.sessions.coordPaca) =>
    t.app.inject({ method: 'GET', url: `/api/audit${query}`, ...as(session) });

  it("shows a coordination team its own CPTS's entries only, naming who, what and from where", async () => {
    const response = await read('?entity=member');
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      action: 'read',
      actionLabel: 'Consultation',
      entity: 'member',
      entityLabel: 'Adhérent',
      cptsId: w.cptsPaca,
      route: 'GET /api/cpts/:id/members',
      actorLabel: 'coord.paca (coordination)',
      sourceIp: '127.0.0.1',
    });
  });

  it("refuses another CPTS's trail (404), ARS and CPAM staff (403) and anonymous readers (401)", async () => {
    expect((await read(`?cptsId=${w.cptsAra}`)).statusCode).toBe(404);
    expect((await read('', w.sessions.arsPaca)).statusCode).toBe(403);
    expect((await read(`?cptsId=${w.cptsPaca}`, w.sessions.cpamPaca)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('gives the admin every entry, filtered by CPTS, action, period and record', async () => {
    const all = (await read('?entity=member', w.sessions.admin)).json();
    expect(all.total).toBe(2);
    const ara = (await read(`?cptsId=${w.cptsAra}&entity=member`, w.sessions.admin)).json();
    expect(ara.items.map((e: { cptsId: string }) => e.cptsId)).toEqual([w.cptsAra]);
    expect((await read('?action=export', w.sessions.admin)).json().total).toBe(0);
    expect((await read('?entity=member&from=2026-11-22&to=2026-11-22', w.sessions.admin)).json().total).toBe(2);
    expect((await read('?entity=member&from=2026-11-23', w.sessions.admin)).json().total).toBe(0);
    const bad = await read('?from=2026-11-23&to=2026-11-22', w.sessions.admin);
    expect([bad.statusCode, bad.json().error.field]).toEqual([422, 'to']);
  });

  it('pages newest first with a cursor', async () => {
    const first = (await read('?limit=1', w.sessions.admin)).json();
    expect(first.items).toHaveLength(1);
    const second = (await read(`?limit=1&before=${first.nextBefore}`, w.sessions.admin)).json();
    expect(second.items[0].id).toBeLessThan(first.items[0].id);
  });

  it('exports the filtered trail as CSV for a spreadsheet, and records the export', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/audit.csv?entity=member', ...as(w.sessions.coordPaca) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Numéro;Date;Heure;Utilisateur;Action;Données;Enregistrements;Nombre;CPTS;Route;Adresse source;Détails');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(';22/11/2026;11:00:00;coord.paca (coordination);Consultation;Adhérent;');
    const exports = (await read('?action=export&entity=auditTrail')).json();
    expect(exports.items[0]).toMatchObject({ route: 'GET /api/audit.csv', recordCount: 1, details: { format: 'csv', rows: 1 } });
  });

  it('is append-only: the database refuses to update, delete or truncate entries', async () => {
    const db = t.ctx.database.db;
    const before = await db.$count(schema.auditLog);
    await expect(db.execute(sql`UPDATE audit_log SET actor_label = 'quelqu’un d’autre'`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    expect(await db.$count(schema.auditLog)).toBe(before);
  });
});
