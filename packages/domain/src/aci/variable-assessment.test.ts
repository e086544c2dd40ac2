import { describe, expect, it } from 'vitest';
import { makeContract, started } from '../../test/aci-contract-fixture.ts';
import { ALD_WITHOUT_GP, CPAM_PARTNERSHIP } from '../../test/aci-indicator-fixture.ts';
import { formatEuros } from '../format/index.ts';
import { contractYearEnvelope } from './envelope.ts';
import type { IndicatorLine } from './indicator.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';
import { assessVariablePart, variableEnvelopes } from './variable-assessment.ts';

const DIRECTORY: IndicatorLine = {
  id: 'annuaire',
  mission: 'accessToCare',
  label: 'Annuaire en ligne des professionnels',
  unit: 'oui/non',
  direction: 'higher',
  baseline: 0,
  tiers: [{ threshold: 1, amountCents: 3_000_000 }],
  dataSource: 'Maillon',
  evidence: ['Adresse de l’annuaire'],
};

describe('the variable part of a yearly assessment', () => {
  it('pays each line its highest tier reached and says when a line has no value', () => {
    const result = assessVariablePart({
      indicators: [ALD_WITHOUT_GP, CPAM_PARTNERSHIP],
      values: { 'ald-sans-mt': 88 },
      envelopes: { accessToCare: 3_500_000 },
    });
    expect(result.lines.map((line) => [line.indicatorId, line.tierIndex, line.earnedCents])).toEqual([
      ['ald-sans-mt', 1, 600_000],
      ['partenariat-cpam', null, 0],
    ]);
    expect(result.lines[0]?.explanation).toBe(`Valeur 88 patients : palier 2 sur 3 atteint (≤ 100 patients), ${formatEuros(600_000)}.`);
    expect(result.lines[1]?.explanation).toBe('Valeur non renseignée : aucun palier ne peut être atteint, rien n’est dû pour cette ligne.');
    const done = assessVariablePart({
      indicators: [CPAM_PARTNERSHIP],
      values: { 'partenariat-cpam': 1 },
      envelopes: { accessToCare: 3_500_000 },
    });
    expect(done.lines[0]?.explanation).toBe(`Réponse oui : objectif atteint, ${formatEuros(200_000)}.`);
    expect(result.missions).toEqual([
      expect.objectContaining({ mission: 'accessToCare', earnedCents: 600_000, payableCents: 600_000, removedByCapCents: 0 }),
    ]);
    expect(result.totalPayableCents).toBe(600_000);
  });

  it('says when a value reaches no tier', () => {
    const result = assessVariablePart({
      indicators: [ALD_WITHOUT_GP],
      values: { 'ald-sans-mt': 240 },
      envelopes: { accessToCare: 3_500_000 },
    });
    expect(result.lines[0]?.explanation).toBe('Valeur 240 patients : aucun palier atteint (premier palier : ≤ 219 patients).');
  });

  it('caps each mission by its variable envelope and says how much the cap removed', () => {
    const result = assessVariablePart({
      indicators: [ALD_WITHOUT_GP, CPAM_PARTNERSHIP, DIRECTORY],
      values: { 'ald-sans-mt': 40, 'partenariat-cpam': 1, annuaire: 1 },
      envelopes: { accessToCare: 3_500_000 },
    });
    expect(result.missions[0]).toMatchObject({
      earnedCents: 4_100_000,
      envelopeCents: 3_500_000,
      payableCents: 3_500_000,
      removedByCapCents: 600_000,
    });
    expect(result.missions[0]?.explanation).toBe(
      `${formatEuros(4_100_000)} acquis, plafonnés à l'enveloppe variable de ${formatEuros(3_500_000)} : le plafond retire ${formatEuros(600_000)}.`,
    );
  });

  it('gives « montant non connu » when the envelope is unknown, never a cap of zero', () => {
    const taille1 = makeContract({
      population: { count: 30_000, vintage: 2020 },
      sizeCategory: 1,
      missions: [started('accessToCare', '2023-03-15')],
    });
    const envelopes = variableEnvelopes(contractYearEnvelope(taille1, { reference, year: 1 }));
    expect(envelopes.accessToCare).toBeNull();
    const result = assessVariablePart({ indicators: [CPAM_PARTNERSHIP], values: { 'partenariat-cpam': 1 }, envelopes });
    const access = result.missions.find((mission) => mission.mission === 'accessToCare');
    expect(access).toMatchObject({
      earnedCents: 200_000,
      payableCents: null,
      removedByCapCents: null,
      explanation: expect.stringContaining('montant non connu'),
    });
    expect(result.totalPayableCents).toBeNull();
  });

  it('pays nothing for a mission without a variable part that year (crisis), and says so', () => {
    const crisis: IndicatorLine = { ...CPAM_PARTNERSHIP, id: 'plan-crise', mission: 'healthCrisis', label: 'Plan de crise mis à jour' };
    const envelopes = variableEnvelopes(contractYearEnvelope(makeContract(), { reference, year: 1 }));
    const result = assessVariablePart({ indicators: [crisis], values: { 'plan-crise': 1 }, envelopes });
    expect(result.missions.find((mission) => mission.mission === 'healthCrisis')).toMatchObject({
      earnedCents: 200_000,
      payableCents: 0,
      removedByCapCents: 200_000,
      explanation: expect.stringContaining('Pas de part variable'),
    });
  });

  it('reads the variable envelopes of a contract year, missions without a variable part left out', () => {
    const envelopes = variableEnvelopes(contractYearEnvelope(makeContract(), { reference, year: 1 }));
    expect(envelopes).toEqual({ accessToCare: 3_500_000, pathways: 4_500_000, prevention: 1_750_000 });
  });

  it('refuses a value for an unknown indicator, a non-number and a negative envelope, naming the field', () => {
    const base = { indicators: [ALD_WITHOUT_GP], envelopes: { accessToCare: 3_500_000 } };
    expect(() => assessVariablePart({ ...base, values: { autre: 3 } })).toThrow(expect.objectContaining({ field: 'values.autre' }));
    expect(() => assessVariablePart({ ...base, values: { 'ald-sans-mt': Number.NaN } })).toThrow(
      expect.objectContaining({ field: 'values.ald-sans-mt' }),
    );
    expect(() => assessVariablePart({ ...base, values: {}, envelopes: { accessToCare: -1 } })).toThrow(
      expect.objectContaining({ field: 'envelopes.accessToCare' }),
    );
  });
});
