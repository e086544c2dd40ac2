import { describe, expect, it } from 'vitest';
import { makeContract, started } from '../../test/aci-contract-fixture.ts';
import { formatEuros } from '../format/index.ts';
import { paymentSchedule } from './payment-schedule.ts';
import { scheduleTotals } from './schedule-totals.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';

const T3_MISSIONS = [
  started('accessToCare', '2023-03-15'),
  started('pathways', '2023-09-01'),
  started('prevention', '2023-09-01'),
  started('healthCrisis', '2023-05-02'),
];

describe('the payment schedule of a contract signed before avenant 2', () => {
  const contract = makeContract({
    signedOn: '2020-10-01',
    population: { count: 118_000, vintage: 2017 },
    missions: [started('accessToCare', '2020-10-01'), started('healthCrisis', '2022-03-01')],
  });
  const schedule = paymentSchedule(contract, { reference });

  it('pays the 2019 fonctionnement (75 000 €, derived) until the first anniversary after avenant 2, then 131 250 €', () => {
    const operating = schedule.lines.filter((line) => line.item === 'operating' && line.kind === 'advance');
    expect(operating.map((line) => [line.date, line.amountCents, line.basis])).toEqual([
      ['2020-10-01', 7_500_000, 'derived'],
      ['2021-10-01', 5_625_000, 'derived'],
      ['2022-10-01', 9_843_750, 'reported'],
      ['2023-10-01', 9_843_750, 'reported'],
      ['2024-10-01', 9_843_750, 'reported'],
    ]);
  });

  it('says « montant non connu » for the 2019 mission amounts instead of paying zero', () => {
    const access2019 = schedule.lines.filter((line) => line.item === 'accessToCare' && line.contractYear <= 2);
    expect(access2019.map((line) => [line.date, line.kind, line.amountCents])).toEqual([
      ['2020-10-01', 'advance', null],
      ['2021-10-01', 'balance', null],
      ['2021-10-01', 'advance', null],
      ['2022-10-01', 'balance', null],
    ]);
    expect(access2019[0]?.explanation).toContain('Montant non connu : Part fixe, Accès aux soins (taille 3, ACI CPTS 2019)');
    expect(scheduleTotals(schedule.lines).byYear[1]).toMatchObject({ netCents: 7_500_000, unknownLines: 2 });
  });

  it('funds the crisis mission from the first year read under avenant 2', () => {
    const crisis = schedule.lines.filter((line) => line.item === 'healthCrisis');
    expect(crisis[0]).toMatchObject({ date: '2022-10-01', contractYear: 3, kind: 'advance', amountCents: 1_687_500 });
    expect(crisis.every((line) => line.contractYear >= 3)).toBe(true);
  });
});

describe('termination', () => {
  const termination = { effectiveOn: '2024-09-15', reason: 'missionsNotDone' as const, comment: null };
  const contract = makeContract({ missions: T3_MISSIONS, termination });
  const schedule = paymentSchedule(contract, { reference });

  it('repays pro rata temporis the advances of the interrupted year that were not earned', () => {
    // Year 2 runs from 15/03/2024: 184 days of 365 until 15/09/2024.
    const operating = schedule.lines.filter((line) => line.item === 'operating' && line.contractYear === 2);
    expect(operating.map((line) => [line.date, line.kind, line.amountCents])).toEqual([
      ['2024-03-15', 'advance', 9_843_750],
      ['2024-09-15', 'repayment', 6_616_438 - 9_843_750],
    ]);
    expect(operating[1]?.explanation).toBe(
      `Résiliation au 15/09/2024 (missions non réalisées) : ${formatEuros(6_616_438)} acquis au prorata de 184 jours sur 365, ${formatEuros(9_843_750)} avancés ; la CPTS rembourse ${formatEuros(3_227_312)} du fonctionnement de l'année 2.`,
    );
  });

  it('pays nothing after the termination: no later advance, no variable part of the interrupted year', () => {
    expect(schedule.lines.every((line) => line.date <= '2024-09-15')).toBe(true);
    expect(schedule.years.map((year) => year.contractYear.year)).toEqual([1, 2]);
    const withVariable = paymentSchedule(contract, {
      reference,
      variablePayments: [
        { contractYear: 1, assessedOn: '2024-04-15', missions: [{ mission: 'accessToCare', payableCents: 2_000_000 }] },
        { contractYear: 2, assessedOn: '2024-09-01', missions: [{ mission: 'accessToCare', payableCents: 2_000_000 }] },
      ],
    });
    expect(withVariable.lines.filter((line) => line.kind === 'variable').map((line) => line.contractYear)).toEqual([1]);
    expect(withVariable.notes).toContain('Année 2 interrompue par la résiliation : pas de part variable.');
  });

  it('settles year 1 from the fonctionnement paid in full at signature', () => {
    const early = paymentSchedule(makeContract({ termination: { effectiveOn: '2023-09-14', reason: 'cptsRequest', comment: null } }), {
      reference,
    });
    // 183 days of 366: 65 625 € earned of 131 250 € paid.
    expect(early.lines.map((line) => [line.date, line.kind, line.amountCents])).toEqual([
      ['2023-03-15', 'advance', 13_125_000],
      ['2023-09-14', 'repayment', -6_562_500],
    ]);
  });
});

describe('the variable part in the schedule', () => {
  const contract = makeContract({ missions: [started('accessToCare', '2023-03-15'), started('pathways', '2023-09-01')] });

  it('pays on the assessment day, capped again by the year envelope, and says why it pays nothing', () => {
    const schedule = paymentSchedule(contract, {
      reference,
      variablePayments: [
        {
          contractYear: 1,
          assessedOn: '2024-04-15',
          missions: [
            { mission: 'accessToCare', payableCents: 4_000_000 },
            { mission: 'prevention', payableCents: 500_000 },
            { mission: 'healthCrisis', payableCents: 100 },
          ],
        },
      ],
    });
    const variable = schedule.lines.filter((line) => line.kind === 'variable');
    expect(variable.map((line) => [line.date, line.item, line.amountCents])).toEqual([['2024-04-15', 'accessToCare', 3_500_000]]);
    expect(schedule.notes).toEqual([
      `Année 1, Accès aux soins : ${formatEuros(4_000_000)} évalués, ramenés au plafond de ${formatEuros(3_500_000)}.`,
      "Année 1, Prévention : mission non démarrée pendant l'année, pas de part variable.",
      'Année 1, Crises sanitaires graves : pas de part variable pour cette mission dans ce contrat cette année.',
    ]);
  });

  it('refuses an assessment before its year, twice the same year, or a negative amount, naming the field', () => {
    const pay = (variablePayments: Parameters<typeof paymentSchedule>[1]['variablePayments']) => () =>
      paymentSchedule(contract, { reference, variablePayments });
    const line = { mission: 'accessToCare' as const, payableCents: 100 };
    expect(pay([{ contractYear: 2, assessedOn: '2024-03-14', missions: [line] }])).toThrow(
      expect.objectContaining({ field: 'variablePayments[0].assessedOn' }),
    );
    expect(
      pay([
        { contractYear: 1, assessedOn: '2024-04-01', missions: [line] },
        { contractYear: 1, assessedOn: '2024-05-01', missions: [line] },
      ]),
    ).toThrow(expect.objectContaining({ field: 'variablePayments[1].contractYear' }));
    expect(pay([{ contractYear: 6, assessedOn: '2029-04-01', missions: [line] }])).toThrow(
      expect.objectContaining({ field: 'variablePayments[0].contractYear' }),
    );
    expect(pay([{ contractYear: 1, assessedOn: '2024-04-01', missions: [{ ...line, payableCents: -5 }] }])).toThrow(
      expect.objectContaining({ field: 'variablePayments[0].missions[0].payableCents' }),
    );
  });

  it('refuses an unsigned contract, naming the signatures', () => {
    expect(() => paymentSchedule({ ...contract, signatures: { ...contract.signatures, ars: null } }, { reference })).toThrow(
      expect.objectContaining({ field: 'signatures' }),
    );
  });
});
