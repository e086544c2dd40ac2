import { schema } from '@maillon/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../test/harness.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, removeDemoAccounts, seedDemo } from './demo-seed.ts';

describe.each(testDatabases())('demo data (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // The whole demo, seeded once per run and copied (test/demo-database.ts).
    t = await createTestApp(kind, undefined, { demo: true });
  }, 300_000);
  afterAll(() => t.close());

  it('builds PACA demo CPTS at stages echoing the published situation, all labelled demo', async () => {
    const session = await t.login(DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    const items = (await t.app.inject({ method: 'GET', url: '/api/cpts?region=93', ...as(session) })).json().items as {
      name: string;
      stage: string;
      isDemo: boolean;
    }[];
    const count = (stages: string[]) => items.filter((c) => stages.includes(c.stage)).length;
    expect(count(['aciSigned', 'operating'])).toBe(56);
    expect(count(['healthProjectDrafting'])).toBe(13);
    expect(count(['letterOfIntentSubmitted', 'letterOfIntentValidated'])).toBeGreaterThanOrEqual(3);
    expect(items.every((c) => c.isDemo && c.name.startsWith('CPTS démo'))).toBe(true);
    const coverage = (await t.app.inject({ method: 'GET', url: '/api/coverage?region=93', ...as(session) })).json();
    expect(coverage.whiteZones.length).toBeGreaterThan(0);
    expect(coverage.overlaps.length).toBeGreaterThanOrEqual(1);
    expect(coverage.plans.overdue).toBe(1);
  });

  it('gives the demo coordinator a CPTS whose next step they can request', async () => {
    const session = await t.login(DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    const [cpts] = (await t.app.inject({ method: 'GET', url: '/api/cpts', ...as(session) })).json().items;
    const detail = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}`, ...as(session) })).json();
    expect(detail.stage).toBe('healthProjectDrafting');
    expect(detail.allowedTransitions).toEqual(
      expect.arrayContaining([expect.objectContaining({ to: 'healthProjectSubmitted', allowed: true })]),
    );
  });

  it("gives the demo ARS one pending territory proposal of the coordinator's CPTS, labelled demo", async () => {
    const session = await t.login(DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    const list = (await t.app.inject({ method: 'GET', url: '/api/territory-proposals?region=93', ...as(session) })).json();
    expect(list.counts).toEqual({ pending: 1, awaitingMe: 1 });
    const [proposal] = list.items;
    expect(proposal.comment).toContain('démonstration');
    expect(proposal.cpts.name).toMatch(/^CPTS démo/);
    expect(proposal.added.length).toBeGreaterThanOrEqual(1);
    expect(proposal.approvals).toEqual([expect.objectContaining({ regionCode: '93', decision: null })]);
  });

  it('gives each demo CPTS that signed the ACI its tripartite contract, with missions started and a schedule', async () => {
    const session = await t.login(DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    const items = (await t.app.inject({ method: 'GET', url: '/api/cpts?region=93', ...as(session) })).json().items as {
      id: string;
      stage: string;
    }[];
    const signed = items.filter((c) => c.stage === 'aciSigned' || c.stage === 'operating');
    let withContract = 0;
    for (const cpts of signed) {
      const [contract] = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}/contracts`, ...as(session) })).json().items;
      if (!contract) continue;
      withContract++;
      expect(contract).toMatchObject({ isDemo: true, status: expect.stringMatching(/inForce|ended/) });
      expect(contract.schedule.rows.length).toBeGreaterThan(0);
      // Indicator lines and one assessed year (demo values, one computed by Maillon), closed: its variable part is scheduled.
      const indicators = (await t.app.inject({ method: 'GET', url: `/api/contracts/${contract.id}/indicators`, ...as(session) })).json();
      expect(indicators.items.length).toBe(8);
      const assessed = contract.years.filter((y: { endsOn: string }) => y.endsOn < '2026-11-22').at(-1);
      if (!assessed) continue;
      const assessment = (
        await t.app.inject({ method: 'GET', url: `/api/contracts/${contract.id}/assessments/${assessed.year}`, ...as(session) })
      ).json();
      expect(assessment).toMatchObject({ status: 'closed', isDemo: true });
      expect(assessment.lines.find((l: { indicatorId: string }) => l.indicatorId === 'adherents-de-la-cpts').source).toBe('computed');
      expect(assessment.evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['liste-medecins-volontaires-demo.csv']);
      expect(
        contract.schedule.rows.some(
          (r: { kind: string; contractYear: number }) => r.kind === 'Part variable' && r.contractYear === assessed.year,
        ),
      ).toBe(true);
      const report = await t.app.inject({
        method: 'GET',
        url: `/api/contracts/${contract.id}/assessments/${assessed.year}/report.pdf`,
        ...as(session),
      });
      expect(report.statusCode).toBe(200);
      expect(pdfText(report.rawPayload)).toContain('Données de démonstration');
    }
    expect(withContract).toBe(signed.length);
  });

  it('gives the demo CPTS GP accounts with capacity and one matching run to look at, all labelled demo', async () => {
    const db = t.ctx.database.db;
    const capacities = await db.select().from(schema.gpCapacities);
    expect(capacities.length).toBeGreaterThan(0);
    expect(capacities.every((c) => c.isDemo)).toBe(true);
    const gp = (await db.select().from(schema.users).where(eq(schema.users.email, DEMO_ACCOUNTS.gp)))[0];
    expect(gp).toMatchObject({ isDemo: true, idNatPs: capacities[0]?.idNatPs });
    const runs = await db.select().from(schema.matchingRuns);
    expect(runs).toEqual([expect.objectContaining({ status: 'done', isDemo: true })]);
    const drafts = await db.select().from(schema.mtProposals).where(eq(schema.mtProposals.status, 'draft'));
    expect(drafts.length).toBeGreaterThan(0);
    const patients = await db.select().from(schema.mtRequests);
    expect(patients.every((p) => p.isDemo && /^d[ée]mo/i.test(p.lastName))).toBe(true);
  });

  it("gives the coordinator's CPTS fictitious médecin-traitant requests from the three doors, labelled demo, one of them twice", async () => {
    const session = await t.login(DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    const [cpts] = (await t.app.inject({ method: 'GET', url: '/api/cpts', ...as(session) })).json().items;
    const items = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}/mt-requests`, ...as(session) })).json().items as {
      id: string;
      lastName: string;
      source: string;
      hasDuplicates: boolean;
      priority: { groupId: string };
    }[];
    expect(items.length).toBe(11);
    expect(new Set(items.map((i) => i.source))).toEqual(new Set(['public', 'team', 'cpam']));
    expect(items.every((i) => /^d[ée]mo/i.test(i.lastName))).toBe(true);
    expect(new Set(items.map((i) => i.priority.groupId))).toEqual(new Set(['ald-c2s', 'ald', 'senior', 'others']));
    expect(items.filter((i) => i.hasDuplicates)).toHaveLength(2);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}/mt-requests/${items[0]?.id}`, ...as(session) })).json();
    expect(detail.isDemo).toBe(true);
    const ars = await t.login(DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    const counts = (await t.app.inject({ method: 'GET', url: '/api/mt-requests/counts?region=93', ...as(ars) })).json();
    expect(counts.items.find((c: { cptsId: string }) => c.cptsId === cpts.id).total).toBe(11);
  });

  it("gives two demo nurses of the coordinator's CPTS requests from the demo GP in several states, labelled demo", async () => {
    const db = t.ctx.database.db;
    const nurses = await db
      .select()
      .from(schema.users)
      .where(inArray(schema.users.email, [DEMO_ACCOUNTS.nurse, DEMO_ACCOUNTS.nurse2]));
    expect(nurses).toHaveLength(2);
    expect(nurses.every((n) => n.isDemo && n.idNatPs !== null)).toBe(true);
    const first = await t.login(DEMO_ACCOUNTS.nurse, DEMO_PASSWORD);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/pro-requests', ...as(first) })).json();
    expect(mine.received.length).toBeGreaterThanOrEqual(4);
    expect(mine.received.every((r: { isDemo: boolean; act: string }) => r.isDemo && r.act.includes('(démo)'))).toBe(true);
    expect(mine.received.find((r: { act: string }) => r.act.startsWith('Pansement'))).toMatchObject({ status: 'taken', canAccept: false });
    expect(mine.received.find((r: { act: string }) => r.act.startsWith('Prise de sang'))).toMatchObject({
      status: 'open',
      canAccept: true,
    });
    // The second nurse sees the first one's request as taken by a colleague, without the patient or the taker.
    const second = await t.login(DEMO_ACCOUNTS.nurse2, DEMO_PASSWORD);
    const theirs = (await t.app.inject({ method: 'GET', url: '/api/pro-requests', ...as(second) })).json();
    expect(theirs.received.find((r: { act: string }) => r.act.startsWith('Pansement'))).toMatchObject({
      takenByOther: true,
      takenByName: null,
      patient: null,
    });
    const coordinator = await t.login(DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    const [cpts] = (await t.app.inject({ method: 'GET', url: '/api/cpts', ...as(coordinator) })).json().items;
    const figures = (await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}/pro-requests/figures`, ...as(coordinator) })).json();
    expect(figures).toMatchObject({ posted: 5, taken: 1, expired: 1, open: 2 });
    expect(figures.escalated).toBeGreaterThanOrEqual(1);
  });

  it('seeds only once', async () => {
    const again = await seedDemo(t.ctx.database.db, await t.ctx.territoryIndex.get(t.ctx.database.db), TEST_NOW, '2026-11-22');
    expect(again.created).toBe(false);
    const session = await t.login(DEMO_ACCOUNTS.ars, DEMO_PASSWORD);
    const list = (await t.app.inject({ method: 'GET', url: '/api/territory-proposals?region=93', ...as(session) })).json();
    expect(list.items).toHaveLength(1);
  });

  it('removes every demo account outside demo mode', async () => {
    await removeDemoAccounts(t.ctx.database.db);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: DEMO_ACCOUNTS.admin, password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe.each(testDatabases())('demo directory (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // The whole demo, seeded once per run and copied (test/demo-database.ts).
    t = await createTestApp(kind, undefined, { demo: true });
  }, 300_000);
  afterAll(() => t.close());

  it('loads generated professionals and establishments of PACA through the real importers, labelled demo', async () => {
    const people = await t.ctx.database.db.select().from(schema.professionals);
    expect(people.length).toBeGreaterThan(5_000);
    expect(people.every((p) => p.isDemo && p.lastName.endsWith('(démo)'))).toBe(true);
    const activities = await t.ctx.database.db.select().from(schema.professionalActivities);
    const units = new Set((await t.ctx.database.db.select().from(schema.units)).filter((u) => u.regionCode === '93').map((u) => u.code));
    expect(activities.every((a) => a.unitCode !== null && units.has(a.unitCode))).toBe(true);
    const establishments = await t.ctx.database.db.select().from(schema.establishments);
    expect(establishments.length).toBeGreaterThan(500);
    expect(new Set(establishments.map((e) => e.kind))).toEqual(new Set(['pharmacy', 'ehpad', 'msp', 'healthCentre', 'ssiad', 'hospital']));
  });
});

describe.each(testDatabases())('demo association (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // The whole demo, seeded once per run and copied (test/demo-database.ts).
    t = await createTestApp(kind, undefined, { demo: true });
  }, 300_000);
  afterAll(() => t.close());

  it("gives the coordinator's CPTS members from the demo directory, and a member portal account", async () => {
    const coordinator = await t.login(DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    const [cpts] = (await t.app.inject({ method: 'GET', url: '/api/cpts', ...as(coordinator) })).json().items;
    const summary = await t.app.inject({ method: 'GET', url: `/api/cpts/${cpts.id}/members/summary`, ...as(coordinator) });
    expect(summary.statusCode, summary.body).toBe(200);
    const member = await t.login(DEMO_ACCOUNTS.member, DEMO_PASSWORD);
    const portal = await t.app.inject({ method: 'GET', url: '/api/portal', ...as(member) });
    expect(portal.statusCode, portal.body).toBe(200);
    expect(JSON.stringify(portal.json())).toContain(cpts.name);
  });
});
