import { describe, expect, it } from 'vitest';
import { formatEuros } from '../format/index.ts';
import type { AciContract } from './contract.ts';
import { contractYearEnvelope } from './envelope.ts';
import type { IndicatorLine } from './indicator.ts';
import { ALD_WITHOUT_GP, CPAM_PARTNERSHIP } from './indicator-fixture.ts';
import type { AciMission } from './missions.ts';
import { frenchPaymentRows } from './payment-rows.ts';
import { paymentSchedule } from './payment-schedule.ts';
import { scheduleTotals } from './schedule-totals.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';
import { assessVariablePart, variableEnvelopes } from './variable-assessment.ts';

/**
 * Worked example, taille 3 (docs/reference/aci.md §3): a CPTS of 118 000 inhabitants whose contract is
 * signed by the CPTS on 1 March, the CPAM on 10 March and the ARS on 15 March 2023: signed on
 * 15/03/2023. That is after every candidate date of effect of avenant 2 (signature 20/12/2021,
 * default 01/01/2022, JORF approval in 2022), so all five years read avenant 2: fonctionnement
 * 131 250 € (reported [N]), not the ACI 2019 75 000 € (derived [D]); mission amounts are those of
 * the signed Seine-Saint-Denis contracts [C], themselves post-avenant 2.
 */
const CONTRACT: AciContract = {
  id: 'cpts-exemple-2023',
  cptsId: 'cpts-exemple',
  signatures: {
    cpts: { signedOn: '2023-03-01', signatory: 'Présidente de la CPTS' },
    cpam: { signedOn: '2023-03-10', signatory: 'Directeur de la CPAM' },
    ars: { signedOn: '2023-03-15', signatory: 'Directrice générale de l’ARS' },
  },
  population: { count: 118_000, vintage: 2020 },
  sizeCategory: 3,
  missions: [
    { mission: 'accessToCare', startedOn: '2023-03-15', deployedOn: null },
    { mission: 'healthCrisis', startedOn: '2023-05-02', deployedOn: null },
    { mission: 'pathways', startedOn: '2023-09-01', deployedOn: null },
    { mission: 'prevention', startedOn: '2023-09-01', deployedOn: null },
    { mission: 'quality', startedOn: '2024-01-15', deployedOn: null, startWithinMonths: 12, deployedWithinMonths: 24 },
    { mission: 'professionalSupport', startedOn: '2024-06-03', deployedOn: null, startWithinMonths: 18, deployedWithinMonths: 30 },
  ],
  amendments: [],
  renews: null,
  termination: null,
};

const line = (
  id: string,
  mission: AciMission,
  label: string,
  tiers: [number, number][],
  direction: 'higher' | 'lower' = 'higher',
): IndicatorLine => ({
  id,
  mission,
  label,
  unit: direction === 'lower' ? 'patients' : 'oui/non',
  direction,
  baseline: null,
  tiers: tiers.map(([threshold, amount]) => ({ threshold, amountCents: amount * 100 })),
  dataSource: 'CPTS',
  evidence: ['Rapport d’activité'],
});

/** Year 1 indicator lines (access lines after docs/reference/aci.md §5; the others illustrative). */
const INDICATORS: IndicatorLine[] = [
  ALD_WITHOUT_GP,
  {
    ...line('plus-16-avec-mt', 'accessToCare', 'Patients de 16 ans et plus avec médecin traitant', [[96_700, 5_000]]),
    unit: 'patients',
    baseline: 96_000,
  },
  { ...line('c2s-ald-sans-mt', 'accessToCare', 'Patients C2S en ALD sans médecin traitant', [[6, 3_000]], 'lower'), baseline: 16 },
  {
    ...line('plus-70-sans-mt', 'accessToCare', 'Patients de 70 ans et plus sans médecin traitant', [[203, 5_000]], 'lower'),
    baseline: 303,
  },
  CPAM_PARTNERSHIP,
  line('mg-volontaires', 'accessToCare', 'Médecins volontaires recensés', [[1, 3_000]]),
  line('medecins-sas', 'accessToCare', 'Médecins inscrits au SAS', [[1, 3_000]]),
  line('annuaire', 'accessToCare', 'Annuaire en ligne', [[1, 5_000]]),
  line('parcours-diabete', 'pathways', 'Parcours diabète déployé', [[1, 25_000]]),
  line('parcours-ic', 'pathways', 'Parcours insuffisance cardiaque déployé', [[1, 22_000]]),
  {
    ...line('depistage-colorectal', 'prevention', 'Participation au dépistage colorectal', [
      [30, 1_000],
      [32, 2_500],
      [35, 3_500],
    ]),
    unit: '%',
  },
  {
    ...line('depistage-sein', 'prevention', 'Participation au dépistage du cancer du sein', [
      [50, 1_000],
      [55, 2_500],
      [60, 3_500],
    ]),
    unit: '%',
  },
  {
    ...line('depistage-col', 'prevention', 'Participation au dépistage du cancer du col', [
      [55, 1_000],
      [60, 2_500],
      [65, 3_500],
    ]),
    unit: '%',
  },
  { ...line('actions-prevention', 'prevention', 'Actions de prévention menées', [[4, 7_000]]), unit: 'actions' },
  { ...line('reunions-qualite', 'quality', 'Réunions qualité dans l’année', [[2, 7_500]]), unit: 'réunions' },
  line('protocole', 'quality', 'Protocole pluriprofessionnel rédigé', [[1, 7_500]]),
];

const YEAR_1_VALUES = {
  'ald-sans-mt': 88,
  'plus-16-avec-mt': 96_850,
  'c2s-ald-sans-mt': 9,
  'plus-70-sans-mt': 198,
  'partenariat-cpam': 1,
  'mg-volontaires': 1,
  'medecins-sas': 1,
  annuaire: 1,
  'parcours-diabete': 1,
  'parcours-ic': 1,
  'depistage-colorectal': 33,
  'depistage-sein': 61,
  'depistage-col': null,
  'actions-prevention': 5,
  'reunions-qualite': 1,
  protocole: 1,
};

const assessment = assessVariablePart({
  indicators: INDICATORS,
  values: YEAR_1_VALUES,
  envelopes: variableEnvelopes(contractYearEnvelope(CONTRACT, { reference, year: 1 })),
});
const schedule = paymentSchedule(CONTRACT, {
  reference,
  variablePayments: [{ contractYear: 1, assessedOn: '2024-04-15', missions: assessment.missions }],
});
const e = (euros: string) => `${euros.replace(/ /g, '\u202f')}\u00a0€`;

describe('worked example: taille 3 contract signed on 15/03/2023', () => {
  it('reads avenant 2 for every year, fonctionnement 131 250 € (reported)', () => {
    expect(schedule.signedOn).toBe('2023-03-15');
    expect(schedule.years.map((year) => [year.version.id, year.operating.cents, year.operating.status])).toEqual(
      Array(5).fill(['aci-2019-av2', 13_125_000, 'reported']),
    );
  });

  it('assesses year 1: 29 000 € for access, pathways capped at 45 000 €, 13 000 € prevention, 7 500 € quality', () => {
    expect(assessment.missions.map((m) => [m.mission, m.earnedCents, m.payableCents, m.removedByCapCents])).toEqual([
      ['accessToCare', 2_900_000, 2_900_000, 0],
      ['pathways', 4_700_000, 4_500_000, 200_000],
      ['prevention', 1_300_000, 1_300_000, 0],
      ['quality', 750_000, 750_000, 0],
      ['professionalSupport', 0, 0, 0],
    ]);
    expect(assessment.lines.find((l) => l.indicatorId === 'depistage-col')?.explanation).toContain('Valeur non renseignée');
  });

  it('prints year 1 and the first anniversary as a French reader reads them', () => {
    const rows = frenchPaymentRows(schedule.lines.filter((l) => l.date <= '2024-06-03')).map((r) => [
      r.date,
      r.year,
      r.item,
      r.kind,
      r.amount,
    ]);
    expect(rows).toEqual([
      ['15/03/2023', 'Année 1', 'Fonctionnement', 'Avance', e('131 250,00')],
      ['15/03/2023', 'Année 1', 'Accès aux soins', 'Avance', e('67 500,00')],
      ['02/05/2023', 'Année 1', 'Crises sanitaires graves', 'Avance', e('14 661,88')],
      ['01/09/2023', 'Année 1', 'Parcours pluriprofessionnels', 'Avance', e('18 073,77')],
      ['01/09/2023', 'Année 1', 'Prévention', 'Avance', e('7 028,68')],
      ['15/01/2024', 'Année 1', 'Qualité et pertinence des soins', 'Avance', e('1 844,26')],
      ['15/03/2024', 'Année 1', 'Accès aux soins', 'Solde', e('22 500,00')],
      ['15/03/2024', 'Année 1', 'Parcours pluriprofessionnels', 'Solde', e('6 024,59')],
      ['15/03/2024', 'Année 1', 'Prévention', 'Solde', e('2 342,90')],
      ['15/03/2024', 'Année 1', 'Crises sanitaires graves', 'Solde', e('4 887,30')],
      ['15/03/2024', 'Année 1', 'Qualité et pertinence des soins', 'Solde', e('614,75')],
      ['15/03/2024', 'Année 2', 'Fonctionnement', 'Avance', e('98 437,50')],
      ['15/03/2024', 'Année 2', 'Accès aux soins', 'Avance', e('67 500,00')],
      ['15/03/2024', 'Année 2', 'Parcours pluriprofessionnels', 'Avance', e('33 750,00')],
      ['15/03/2024', 'Année 2', 'Prévention', 'Avance', e('13 125,00')],
      ['15/03/2024', 'Année 2', 'Crises sanitaires graves', 'Avance', e('16 875,00')],
      ['15/03/2024', 'Année 2', 'Qualité et pertinence des soins', 'Avance', e('11 250,00')],
      ['15/04/2024', 'Année 1', 'Accès aux soins', 'Part variable', e('29 000,00')],
      ['15/04/2024', 'Année 1', 'Parcours pluriprofessionnels', 'Part variable', e('45 000,00')],
      ['15/04/2024', 'Année 1', 'Prévention', 'Part variable', e('13 000,00')],
      ['15/04/2024', 'Année 1', 'Qualité et pertinence des soins', 'Part variable', e('7 500,00')],
      ['03/06/2024', 'Année 2', 'Accompagnement des professionnels de santé', 'Avance', e('5 856,16')],
    ]);
  });

  it('adds up per year: year 1 pays 371 228,13 €, a full year 331 250 € of fixed money', () => {
    const totals = scheduleTotals(schedule.lines);
    expect([1, 2, 3, 4, 5].map((year) => formatEuros(totals.byYear[year]?.netCents ?? 0))).toEqual([
      e('371 228,13'),
      e('329 058,21'),
      e('331 250,00'),
      e('331 250,00'),
      e('331 250,00'),
    ]);
    expect(totals.overall.unknownLines).toBe(0);
    expect(schedule.lines.at(-1)).toMatchObject({ date: '2028-03-15', contractYear: 5, kind: 'balance' });
  });
});
