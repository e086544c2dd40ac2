import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type Session, type TestApp, testDatabases } from '../../test/harness.ts';
import { buildWorld, type World } from '../../test/world.ts';

/** Two example CPTS (fictitious) loaded through the registry import; one contract in its fifth year. */
const REGISTRY = [
  'nom;forme_juridique;communes;projet_sante_valide;signature_aci;departement_cpam;population;millesime_population;debut_acces_soins',
  'CPTS Exemple du Vidourle (fictive);Association loi 1901;30189;01/01/2022;01/03/2022;30;148561;2019;01/03/2022',
  'CPTS Exemple des Causses (fictive);Association loi 1901;48095;01/06/2024;;;;;',
].join('\n');

interface YearRow {
  cptsName: string;
  contractYear: number;
  committed: { cents: number };
  paid: { cents: number };
}

/** Issue #8 item 7: committed and paid per CPTS and year, upcoming payments, renewals, late missions, exports. */
describe.each(testDatabases())("regulators' financing view (%s)", (kind) => {
  let t: TestApp;
  let w: World;
  let arsOcc: Session;
  let cpamGard: Session;
  let coordinator: Session;
  let vidourle: string;
  let causses: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    w = await buildWorld(t);
    await t.addUser('ars.occ.fin@test.fr', [{ role: 'ars', regionCode: '76' }]);
    await t.addUser('cpam.gard.fin@test.fr', [{ role: 'cpam', regionCode: '76', departementCode: '30' }]);
    [arsOcc, cpamGard] = await Promise.all([t.login('ars.occ.fin@test.fr'), t.login('cpam.gard.fin@test.fr')]);
    const loaded = await t.app.inject({
      method: 'POST',
      url: '/api/registry/imports',
      payload: { regionCode: '76', content: Buffer.from(REGISTRY).toString('base64') },
      ...as(arsOcc),
    });
    expect(loaded.json().counts, loaded.body).toMatchObject({ create: 2, rejected: 0 });
    const items = (await t.app.inject({ method: 'GET', url: '/api/cpts?region=76', ...as(arsOcc) })).json().items as {
      id: string;
      name: string;
    }[];
    vidourle = items.find((c) => c.name.includes('Vidourle'))?.id as string;
    causses = items.find((c) => c.name.includes('Causses'))?.id as string;
    await t.addUser('coord.vidourle@test.fr', [{ role: 'coordinator', cptsId: vidourle }]);
    coordinator = await t.login('coord.vidourle@test.fr');
  });
  afterAll(() => t.close());

  const get = (query: string, session: Session, path = '/api/financing') =>
    t.app.inject({ method: 'GET', url: `${path}?${query}`, ...as(session) });

  it('shows the region to its ARS: committed and paid per year as the contract schedule has them', async () => {
    const response = await get('region=76', arsOcc);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ scope: { kind: 'region', code: '76' }, totals: { contracts: 1 }, cptsWithoutContract: 1 });
    const years = view.years as YearRow[];
    expect(years.map((y) => y.contractYear)).toEqual([1, 2, 3, 4, 5]);
    const [contract] = (await t.app.inject({ method: 'GET', url: `/api/cpts/${vidourle}/contracts`, ...as(arsOcc) })).json().items;
    const rows = contract.schedule.rows as { date: string; contractYear: number; amountCents: number | null }[];
    for (const year of years) {
      const ofYear = rows.filter((r) => r.contractYear === year.contractYear);
      expect(year.committed.cents).toBe(ofYear.reduce((s, r) => s + (r.amountCents ?? 0), 0));
      expect(year.paid.cents).toBe(ofYear.filter((r) => r.date <= '2026-11-22').reduce((s, r) => s + (r.amountCents ?? 0), 0));
    }
    expect(years[0]?.paid.cents).toBe(years[0]?.committed.cents);
    expect(years[4]?.paid.cents).toBeLessThan(years[4]?.committed.cents as number);
    expect(view.upcoming.every((p: { date: string }) => p.date > '2026-11-22' && p.date <= '2027-11-22')).toBe(true);
    expect(view.upcoming[0]).toMatchObject({ date: '2027-03-01', cptsName: 'CPTS Exemple du Vidourle (fictive)' });
    expect(view.renewals).toEqual([expect.objectContaining({ cptsId: vidourle, signedOn: '2022-03-01', endsOn: '2027-02-28' })]);
    expect(view.lateMissions).toContainEqual(
      expect.objectContaining({ cptsId: vidourle, mission: 'pathways', which: 'start', dueOn: '2023-03-01' }),
    );
  });

  it('shows a département to its CPAM and a CPTS to its team, and nothing beyond', async () => {
    expect((await get('departement=30', cpamGard)).json()).toMatchObject({ scope: { kind: 'departement' }, totals: { contracts: 1 } });
    expect((await get('departement=48', cpamGard)).statusCode).toBe(403);
    expect((await get('region=76', cpamGard)).statusCode).toBe(403);
    expect((await get('region=76', w.sessions.arsPaca)).statusCode).toBe(403);
    expect((await get(`cpts=${vidourle}`, coordinator)).json()).toMatchObject({ scope: { kind: 'cpts' }, totals: { contracts: 1 } });
    expect((await get(`cpts=${causses}`, coordinator)).statusCode).toBe(404);
    expect((await get('region=76', coordinator)).statusCode).toBe(403);
    const none = await get('', arsOcc);
    expect([none.statusCode, none.json().error.field]).toEqual([422, 'region']);
  });

  it('exports the same figures in CSV and XLSX', async () => {
    const csv = await get('region=76', arsOcc, '/api/financing.csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^CPTS;Contrat signé le;Année de contrat/);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^CPTS Exemple du Vidourle \(fictive\);01\/03\/2022;1;/);
    const xlsx = await get('region=76', arsOcc, '/api/financing.xlsx');
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
