import { schema } from '@maillon/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProfessionals } from '../../test/association-fixtures.ts';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, PACA_UNITS, type World } from '../../test/world.ts';
import { seedDemoAssociation } from './demo-association.ts';

const TODAY = '2026-11-22';

describe.each(testDatabases())('demo association seeding (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    const inside = Array.from({ length: 24 }, (_, i) => ({
      idNatPs: `8100000${String(300 + i).padStart(5, '0')}`,
      firstName: `Prénom${i}`,
      lastName: `NOM${String(i).padStart(2, '0')} (démo)`,
      unitCode: PACA_UNITS[i % PACA_UNITS.length] as string,
    }));
    await addProfessionals(t.ctx.database.db, [
      ...inside,
      { idNatPs: '810000000999', firstName: 'Hors', lastName: 'TERRITOIRE (démo)', unitCode: '13055' },
    ]);
    const result = await seedDemoAssociation(t.ctx.database.db, { cptsId: w.cptsPaca, now: TEST_NOW, today: TODAY });
    expect(result).toEqual({ created: true, members: 32 });
  });
  afterAll(() => t.close());

  const db = () => t.ctx.database.db;

  it('takes members from the territory directory plus demo structures, all flagged and labelled demo', async () => {
    const members = await db().select().from(schema.members).where(eq(schema.members.cptsId, w.cptsPaca));
    expect(members.every((m) => m.isDemo)).toBe(true);
    expect(members.some((m) => m.idNatPs === '810000000999')).toBe(false);
    expect(members.filter((m) => m.kind === 'structure').every((m) => m.displayName.endsWith('(démo)'))).toBe(true);
    const statuses = new Set(members.map((m) => m.status));
    expect([...statuses].sort()).toEqual(['active', 'left', 'refused', 'requested']);
    expect(members.filter((m) => m.status === 'requested').length).toBeGreaterThanOrEqual(1);
  });

  it('shows the coordination team a list with paid and unpaid dues, and numbered receipts', async () => {
    const list = (
      await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/members?status=active`, ...as(w.sessions.coordPaca) })
    ).json();
    const statuses = list.items.map((m: { dues: { status: string } }) => m.dues.status);
    expect(statuses).toContain('paid');
    expect(statuses).toContain('unpaid');
    expect(statuses).toContain('exempt');
    const numbers = (await db().select().from(schema.dues)).flatMap((d) => (d.receiptNumber ? [d.receiptNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toContain('2026-0001');
    expect(numbers).toContain('2025-0001');
  });

  it('seats active voting members in the bureau and the board, with one president', async () => {
    const bodies = (await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/bodies`, ...as(w.sessions.coordPaca) })).json().items;
    expect(bodies.map((b: { kind: string }) => b.kind).sort()).toEqual(['board', 'bureau', 'workingGroup']);
    const bureau = bodies.find((b: { kind: string }) => b.kind === 'bureau');
    expect(bureau.mandates.filter((m: { role: string }) => m.role === 'president')).toHaveLength(1);
    const board = bodies.find((b: { kind: string }) => b.kind === 'board');
    expect(board.mandates).toHaveLength(9);
    const seated = [...bureau.mandates, ...board.mandates].map((m: { memberId: string }) => m.memberId);
    const rows = await db().select().from(schema.members).where(inArray(schema.members.id, seated));
    const categories = await db().select().from(schema.membershipCategories).where(eq(schema.membershipCategories.cptsId, w.cptsPaca));
    const voting = new Set(categories.filter((c) => c.voting).map((c) => c.id));
    expect(rows.every((m) => m.status === 'active' && voting.has(m.categoryId ?? ''))).toBe(true);
  });

  it('has a closed assembly with lawful votes and an upcoming convened one', async () => {
    const items = (await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/assemblies`, ...as(w.sessions.coordPaca) })).json()
      .items;
    expect(items.map((a: { status: string }) => a.status)).toEqual(['convened', 'closed']);
    const past = (
      await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/assemblies/${items[1].id}`, ...as(w.sessions.coordPaca) })
    ).json();
    expect(past.quorum.reached).toBe(true);
    for (const r of past.resolutions) {
      expect(r.outcome).not.toBeNull();
      expect(r.votesFor + r.votesAgainst + r.votesAbstain).toBeLessThanOrEqual(past.quorum.voices);
    }
    for (const v of past.voters.filter((x: { attendance: string }) => x.attendance === 'represented')) {
      const holder = past.voters.find((x: { memberId: string }) => x.memberId === v.proxyHolderId);
      expect(holder.attendance).toBe('present');
      expect(holder.proxiesCarried).toBeLessThanOrEqual(2);
    }
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/cpts/${w.cptsPaca}/assemblies/${past.id}/minutes.pdf`,
      ...as(w.sessions.coordPaca),
    });
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const next = (
      await t.app.inject({ method: 'GET', url: `/api/cpts/${w.cptsPaca}/assemblies/${items[0].id}`, ...as(w.sessions.coordPaca) })
    ).json();
    expect(next.scheduledAt > TEST_NOW.toISOString()).toBe(true);
    expect(next.voters.length).toBeGreaterThan(0);
  });

  it('runs once per CPTS, and seeds structures only where the directory is empty', async () => {
    expect(await seedDemoAssociation(db(), { cptsId: w.cptsPaca, now: TEST_NOW, today: TODAY })).toEqual({ created: false, members: 0 });
    const result = await seedDemoAssociation(db(), { cptsId: w.cptsAra, now: TEST_NOW, today: TODAY });
    expect(result).toEqual({ created: true, members: 8 });
    const members = await db().select().from(schema.members).where(eq(schema.members.cptsId, w.cptsAra));
    expect(members.every((m) => m.kind === 'structure')).toBe(true);
  });
});
