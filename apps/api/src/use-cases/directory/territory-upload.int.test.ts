import type { DiagnosticDto, EngagementSummaryDto, ImportRunDto } from '@maillon/contracts';
import { createCptsRepository, schema } from '@maillon/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editRppsLine, importFile, rppsField, seedNationalDirectory } from '../../../test/directory-fixtures.ts';
import { as, createTestApp, TEST_NOW, type TestApp, testDatabases } from '../../../test/harness.ts';
import { ARA_UNITS, buildWorld, type World } from '../../../test/world.ts';
import { seedDemoAssociation } from '../../demo/demo-association.ts';

const NAME = "Nom d'exercice";
const PHONE = 'Téléphone (coord. structure)';
const COMMUNE = 'Code commune (coord. structure)';
const POSTAL = 'Code postal (coord. structure)';
const ID = 'Identification nationale PP';

/**
 * Issue #6: a coordination team's upload of its territory's RPPS lines adds or updates
 * activities of that territory only; it never renames a professional known from the national
 * file, never marks anything gone, and so leaves the directory, the members' links, the
 * diagnostic and the regional totals as they were.
 */
describe.each(testDatabases())('territory uploads (%s)', (kind) => {
  let t: TestApp;
  let w: World;
  let national: string[];
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    // Alpes-de-Haute-Provence (the PACA CPTS is at Digne) and the ARA CPTS's communes.
    national = await seedNationalDirectory(t, { departements: ['04'], units: ARA_UNITS, lines: 1_500 });
    await seedDemoAssociation(t.ctx.database.db, { cptsId: w.cptsPaca, now: TEST_NOW, today: '2026-11-22' });
  });
  afterAll(() => t.close());

  const db = () => t.ctx.database.db;
  const get = <T>(url: string, role: keyof World['sessions']) =>
    t.app.inject({ method: 'GET', url, ...as(w.sessions[role]) }).then((r) => r.json() as T);
  const header = () => national[0] as string;
  /** A generated line whose activity the national file placed in `unit` (by INSEE code). */
  const lineIn = (unit: string, skip = 0) => national.filter((l) => rppsField(l, COMMUNE) === unit)[skip] as string;

  async function upload(role: keyof World['sessions'], cptsId: string, lines: string[]): Promise<ImportRunDto> {
    const body = Buffer.from(`${[header(), ...lines].join('\n')}\n`);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/directory/imports',
      payload: { kind: 'rpps', sourceName: 'extrait-territoire.txt', bytesTotal: body.length, cptsId },
      ...as(w.sessions[role]),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const previewed = await t.app.inject({
      method: 'PUT',
      url: `/api/directory/imports/${id}/content`,
      payload: body,
      headers: { ...as(w.sessions[role]).headers, 'content-type': 'application/octet-stream' },
    });
    expect(previewed.statusCode, previewed.body).toBe(200);
    const applied = await t.app.inject({ method: 'POST', url: `/api/directory/imports/${id}/apply`, ...as(w.sessions[role]) });
    expect(applied.statusCode, applied.body).toBe(200);
    return { ...(applied.json() as ImportRunDto), preview: (previewed.json() as ImportRunDto).preview };
  }

  async function figures() {
    const engagement = await get<EngagementSummaryDto>(`/api/cpts/${w.cptsPaca}/engagement`, 'coordPaca');
    const diagnostic = await get<DiagnosticDto>(`/api/cpts/${w.cptsPaca}/diagnostic`, 'coordPaca');
    const members = await db().select().from(schema.members).where(eq(schema.members.cptsId, w.cptsPaca));
    const present = await db().select().from(schema.professionalActivities).where(eq(schema.professionalActivities.present, true));
    return {
      professionalsOnTerritory: engagement.total.professionals,
      members: engagement.total.members,
      offDirectory: engagement.members.professionalsOffDirectory,
      diagnostic: Object.fromEntries(diagnostic.scopes.map((s, i) => [s.key, diagnostic.professionsTotal.cells[i]?.count])),
      linkedMembers: members.filter((m) => m.idNatPs !== null).length,
      presentActivities: present.length,
    };
  }
  const person = async (idNatPs: string) =>
    (await db().select().from(schema.professionals).where(eq(schema.professionals.idNatPs, idNatPs)))[0];
  const activitiesOf = (idNatPs: string) =>
    db().select().from(schema.professionalActivities).where(eq(schema.professionalActivities.idNatPs, idNatPs));

  it("leaves the territory's directory, the members' links, the diagnostic and the regional totals intact after a 3-line upload", async () => {
    const before = await figures();
    expect(before.professionalsOnTerritory).toBeGreaterThan(50);
    expect(before.linkedMembers).toBeGreaterThan(20);
    const inside = lineIn('04070');
    const outside = lineIn('04112');
    const run = await upload('coordPaca', w.cptsPaca, [
      // A professional of Digne: new phone for the activity, and an attempt to rename them.
      editRppsLine(inside, { [NAME]: 'PIRATE', [PHONE]: '0499999999' }),
      // A professional of Manosque, outside the territory: left aside.
      editRppsLine(outside, { [NAME]: 'PIRATE' }),
      // An unreadable line.
      '8|123|8123|||||FAUX|',
    ]);
    expect(run).toMatchObject({ status: 'applied', accepted: 1, rejectedCount: 1, scope: w.cptsPaca, scopeName: 'CPTS test Digne' });
    expect(run.stats.outsideScope).toBe(1);
    expect(run.preview).toEqual({
      scope: 'territory',
      entities: [
        { entity: 'professionals', added: 0, updated: 0, unchanged: 0, kept: 1, gone: 0 },
        { entity: 'activities', added: 0, updated: 1, unchanged: 0, kept: 0, gone: 0 },
      ],
    });
    expect(run.applied).toEqual([
      { entity: 'professionals', added: 0, updated: 0, gone: 0 },
      { entity: 'activities', added: 0, updated: 1, gone: 0 },
    ]);
    expect(await figures()).toEqual(before);
    const insider = await person(rppsField(inside, ID));
    expect(insider).toMatchObject({ lastName: rppsField(inside, NAME), present: true, identitySource: 'national' });
    expect((await activitiesOf(rppsField(inside, ID))).some((a) => a.phone === '0499999999' && a.unitCode === '04070')).toBe(true);
    expect((await person(rppsField(outside, ID)))?.lastName).toBe(rppsField(outside, NAME));
  });

  it('cannot rename a national professional nor touch activities outside its territory, even one it lists as moved inside', async () => {
    // The ARA coordinator adds Digne to its territory (a coordinator may list any commune).
    await createCptsRepository(db()).replaceTerritory(w.cptsAra, [...ARA_UNITS, '04070'], TEST_NOW);
    const before = await figures();
    const digne = lineIn('04070', 1);
    const manosque = lineIn('04112', 1);
    const activityBefore = await activitiesOf(rppsField(manosque, ID));
    const run = await upload('coordAra', w.cptsAra, [
      editRppsLine(digne, { [NAME]: 'RENOMMÉ', "Prénom d'exercice": 'Usurpé' }),
      // Manosque's activity, claimed to have moved to Digne: same activity key, live row outside the territory.
      editRppsLine(manosque, { [COMMUNE]: '04070', [POSTAL]: '04000', [PHONE]: '0400000000' }),
    ]);
    expect(run.preview?.entities).toEqual([
      // The renamed professional is kept as the national file has them; Manosque's is unchanged.
      { entity: 'professionals', added: 0, updated: 0, unchanged: 1, kept: 1, gone: 0 },
      { entity: 'activities', added: 0, updated: 0, unchanged: 1, kept: 1, gone: 0 },
    ]);
    expect(await person(rppsField(digne, ID))).toMatchObject({ lastName: rppsField(digne, NAME), identitySource: 'national' });
    expect(await activitiesOf(rppsField(manosque, ID))).toEqual(activityBefore);
    expect(await figures()).toEqual(before);
    await createCptsRepository(db()).replaceTerritory(w.cptsAra, ARA_UNITS, TEST_NOW);
  });

  it('inserts a professional unknown so far as coming from a territory upload, until a national file overrides it', async () => {
    const newcomer = editRppsLine(lineIn('04001'), {
      [ID]: '810099999999',
      'Identifiant PP': '10099999999',
      [NAME]: 'NOUVELLE',
      'Identifiant technique de la structure': 'R-NOUVELLE',
    });
    const run = await upload('coordPaca', w.cptsPaca, [newcomer]);
    expect(run.applied).toEqual([
      { entity: 'professionals', added: 1, updated: 0, gone: 0 },
      { entity: 'activities', added: 1, updated: 0, gone: 0 },
    ]);
    expect(await person('810099999999')).toMatchObject({ lastName: 'NOUVELLE', identitySource: 'territory', present: true });
    // A later territory upload by anyone cannot rename them either.
    await upload('coordPaca', w.cptsPaca, [editRppsLine(newcomer, { [NAME]: 'AUTRE' })]);
    expect((await person('810099999999'))?.lastName).toBe('NOUVELLE');
    // The national file is authoritative: it confirms the identity it lists…
    const confirmed = editRppsLine(newcomer, { [NAME]: 'NOUVELLE-NATIONALE' });
    await importFile(t, 'rpps', { file: `${[...national, confirmed].join('\n')}\n`, fromText: true });
    expect(await person('810099999999')).toMatchObject({ lastName: 'NOUVELLE-NATIONALE', identitySource: 'national' });
    // …and a national file that does not list them marks them gone.
    await importFile(t, 'rpps', { file: `${national.join('\n')}\n`, fromText: true });
    expect((await person('810099999999'))?.present).toBe(false);
    const theirs = await db()
      .select()
      .from(schema.professionalActivities)
      .where(and(eq(schema.professionalActivities.idNatPs, '810099999999'), eq(schema.professionalActivities.present, true)));
    expect(theirs).toEqual([]);
  });
});
