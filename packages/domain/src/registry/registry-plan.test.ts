import { describe, expect, it } from 'vitest';
import type { TransitionRecord } from '../lifecycle/transitions.ts';
import { buildTerritoryIndex } from '../territory/territory-index.ts';
import { readRegistryTable } from './registry-csv.ts';
import { type RegistryEntry, readRegistryEntry } from './registry-entry.ts';
import { planRegistryLine, type RegistryCurrent, type RegistryLinePlan, RegistryRefusal } from './registry-plan.ts';

const index = buildTerritoryIndex([
  { code: '30269', name: 'Saint-Jean-du-Gard', population: 2586, departementCode: '30', regionCode: '76', epciCode: null },
  { code: '30140', name: 'Lasalle', population: 1202, departementCode: '30', regionCode: '76', epciCode: null },
  { code: '13001', name: 'Aix-en-Provence', population: 140000, departementCode: '13', regionCode: '93', epciCode: null },
]);
const TODAY = '2026-11-22';

const HEADER =
  'nom;forme_juridique;communes;premier_contact;lettre_intention_validee;projet_sante_valide;signature_aci;departement_cpam;population;millesime_population;debut_acces_soins;en_fonctionnement';

/** One line of a registry file as the import reads it. */
function entryOf(line: string): RegistryEntry {
  const table = readRegistryTable(`${HEADER}\n${line}\n`);
  const { entry, issues } = readRegistryEntry(table, table.records[0] as (typeof table.records)[number]);
  if (!entry) throw new Error(JSON.stringify(issues));
  return entry;
}

const plan = (entry: RegistryEntry, current: RegistryCurrent | null = null) =>
  planRegistryLine({ entry, current, regionCode: '76', index, today: TODAY });

function refusal(run: () => unknown): { column: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof RegistryRefusal) return { column: error.column, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The state a plan leaves (what applying it writes), to re-plan the same line against it. */
function stateAfter(p: RegistryLinePlan, before: RegistryCurrent | null): RegistryCurrent {
  const history: TransitionRecord[] = [...(before?.history ?? []), ...(p.firstStep ? [p.firstStep] : []), ...p.steps];
  const contract = p.contract
    ? { signedOn: p.contract.signedOn, missions: p.missionStarts.map((m) => ({ mission: m.mission, startedOn: m.startedOn })) }
    : (before?.contract ?? null);
  return {
    identity: p.identity ?? (before?.identity as RegistryCurrent['identity']),
    stage: history.at(-1)?.to ?? 'contact',
    history,
    unitCodes: p.territory ?? before?.unitCodes ?? [],
    contract,
  };
}

const FULL = 'CPTS du Val;Association loi 1901;30269|30140;15/01/2019;02/05/2019;10/03/2020;30/06/2020;30;3788;2017;01/09/2020;01/07/2020';

describe('planning one registry line', () => {
  it('creates a CPTS with every step up to « en fonctionnement », undated steps no later than the next dated one', () => {
    const p = plan(entryOf(FULL));
    expect(p.kind).toBe('create');
    expect(p.firstStep).toMatchObject({ to: 'contact', occurredOn: '2019-01-15', comment: 'Import du registre' });
    expect(p.steps.map((s) => [s.to, s.occurredOn])).toEqual([
      ['letterOfIntentSubmitted', '2019-05-02'],
      ['letterOfIntentValidated', '2019-05-02'],
      ['reviewCommitteeOpinion', '2020-03-10'],
      ['healthProjectDrafting', '2020-03-10'],
      ['healthProjectSubmitted', '2020-03-10'],
      ['healthProjectValidated', '2020-03-10'],
      ['aciSigned', '2020-06-30'],
      ['operating', '2020-07-01'],
    ]);
    expect(p.steps[0]?.comment).toMatch(/date non connue, au plus tard le 02\/05\/2019/);
    expect(p.territory).toEqual(['30140', '30269']);
    expect(p.contract).toMatchObject({ signedOn: '2020-06-30', population: 3788, populationVintage: 2017, cpamDepartement: '30' });
    expect(p.missionStarts).toEqual([{ mission: 'accessToCare', startedOn: '2020-09-01' }]);
  });

  it('is idempotent: the same line against what it wrote changes nothing', () => {
    const entry = entryOf(FULL);
    const first = plan(entry);
    const again = plan(entry, stateAfter(first, null));
    expect(again.kind).toBe('unchanged');
    expect(again.changes).toEqual([]);
    expect(again.steps).toEqual([]);
  });

  it('never resets what a partial line leaves empty, and adds only what it dates further', () => {
    const entry = entryOf(FULL);
    const state = stateAfter(plan(entryOf('CPTS du Val;Association loi 1901;30269|30140;15/01/2019;02/05/2019;;;;;;;')), null);
    const partial = plan(entryOf('CPTS du Val;;;;;10/03/2020;;;;;;'), state);
    expect(partial.kind).toBe('update');
    expect(partial.territory).toBeNull();
    expect(partial.steps.at(-1)).toMatchObject({ to: 'healthProjectValidated', occurredOn: '2020-03-10' });
    expect(plan(entry, stateAfter(partial, state)).steps.map((s) => s.to)).toEqual(['aciSigned', 'operating']);
  });

  it('refuses a date that contradicts the recorded history instead of rewriting it', () => {
    const state = stateAfter(plan(entryOf(FULL)), null);
    const r = refusal(() => plan(entryOf(FULL.replace('02/05/2019', '03/05/2019')), state));
    expect(r.column).toBe('step:letterOfIntentValidated');
    expect(r.message).toMatch(/enregistrée au 02\/05\/2019, le fichier dit 03\/05\/2019/);
  });

  it('refuses steps out of order, dates in the future and ACI signatures before 25 August 2019', () => {
    expect(refusal(() => plan(entryOf(FULL.replace('10/03/2020', '10/03/2018'))))).toMatchObject({
      column: 'step:healthProjectValidated',
      message: expect.stringMatching(/ne peut pas précéder/),
    });
    expect(refusal(() => plan(entryOf(FULL.replace('01/07/2020', '01/07/2027'))))).toMatchObject({
      column: 'step:operating',
      message: expect.stringMatching(/futur/),
    });
    expect(refusal(() => plan(entryOf(FULL.replace('30/06/2020', '30/06/2019'))))).toMatchObject({
      column: 'aciSignedOn',
      message: expect.stringMatching(/25\/08\/2019/),
    });
  });

  it('refuses unknown communes and communes of another region, naming them', () => {
    expect(refusal(() => plan(entryOf(FULL.replace('30269|30140', '30269|99999'))))).toMatchObject({
      column: 'communes',
      message: expect.stringMatching(/Commune inconnue : « 99999 »/),
    });
    expect(refusal(() => plan(entryOf(FULL.replace('30269|30140', '30269|13001'))))).toMatchObject({
      column: 'communes',
      message: expect.stringMatching(/Aix-en-Provence \(13001\) est une commune d'une autre région/),
    });
  });

  it('refuses a mission start without a contract and a contract without its population', () => {
    expect(refusal(() => plan(entryOf('CPTS du Val;Association loi 1901;30269;15/01/2019;;;;;;;01/09/2020;')))).toMatchObject({
      column: 'mission:accessToCare',
    });
    expect(refusal(() => plan(entryOf(FULL.replace(';3788;', ';;'))))).toMatchObject({ column: 'population' });
    expect(refusal(() => plan(entryOf(FULL.replace(';30;', ';13;'))))).toMatchObject({ column: 'cpamDepartement' });
  });
});
