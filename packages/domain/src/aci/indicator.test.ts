import { describe, expect, it } from 'vitest';
import { ALD_WITHOUT_GP, CPAM_PARTNERSHIP } from '../../test/aci-indicator-fixture.ts';
import { tierReached, validateIndicators } from './indicator.ts';

const fails = (indicators: Parameters<typeof validateIndicators>[0], field: string) =>
  expect(() => validateIndicators(indicators)).toThrow(expect.objectContaining({ code: 'INVALID', field }));

describe('indicator lines', () => {
  it('pays the highest tier reached in the direction of the indicator', () => {
    expect([250, 219, 101, 100, 51, 50, 0].map((value) => tierReached(ALD_WITHOUT_GP, value))).toEqual([null, 0, 0, 1, 1, 2, 2]);
    expect([0, 1].map((value) => tierReached(CPAM_PARTNERSHIP, value))).toEqual([null, 0]);
    expect(tierReached(ALD_WITHOUT_GP, null)).toBeNull();
  });

  it('accepts well-formed lines', () => {
    expect(() => validateIndicators([ALD_WITHOUT_GP, CPAM_PARTNERSHIP])).not.toThrow();
  });

  it('wants tiers consistent with the direction: each further and paying more, naming the tier', () => {
    const [first, second, third] = ALD_WITHOUT_GP.tiers;
    if (!first || !second || !third) throw new Error('fixture');
    fails([{ ...ALD_WITHOUT_GP, tiers: [first, { ...second, threshold: 250 }, third] }], 'indicators[0].tiers[1].threshold');
    fails([{ ...ALD_WITHOUT_GP, direction: 'higher' }], 'indicators[0].tiers[1].threshold');
    fails([{ ...ALD_WITHOUT_GP, tiers: [first, { ...second, amountCents: 300_000 }, third] }], 'indicators[0].tiers[1].amountCents');
    fails([{ ...ALD_WITHOUT_GP, tiers: [] }], 'indicators[0].tiers');
    fails([{ ...ALD_WITHOUT_GP, tiers: [{ threshold: 50, amountCents: 0 }] }], 'indicators[0].tiers[0].amountCents');
    fails([{ ...ALD_WITHOUT_GP, tiers: [{ threshold: Number.NaN, amountCents: 100 }] }], 'indicators[0].tiers[0].threshold');
  });

  it('names the field of every other error', () => {
    fails([ALD_WITHOUT_GP, { ...CPAM_PARTNERSHIP, id: 'ald-sans-mt' }], 'indicators[1].id');
    fails([{ ...ALD_WITHOUT_GP, label: ' ' }], 'indicators[0].label');
    fails([{ ...ALD_WITHOUT_GP, unit: '' }], 'indicators[0].unit');
    fails([{ ...ALD_WITHOUT_GP, dataSource: 'ARS' as never }], 'indicators[0].dataSource');
    fails([{ ...ALD_WITHOUT_GP, mission: 'snp' as never }], 'indicators[0].mission');
    fails([{ ...ALD_WITHOUT_GP, evidence: ['Liste', ''] }], 'indicators[0].evidence[1]');
    fails([{ ...ALD_WITHOUT_GP, baseline: Number.POSITIVE_INFINITY }], 'indicators[0].baseline');
  });
});

describe('validateIndicators: metric', () => {
  it('accepts a Maillon metric only on a line of source « Maillon »', () => {
    const line = { ...CPAM_PARTNERSHIP, id: 'adherents', unit: 'adhérents', dataSource: 'Maillon' as const, metric: 'members' as const };
    expect(() => validateIndicators([line])).not.toThrow();
    expect(() => validateIndicators([{ ...line, dataSource: 'CPTS' }])).toThrow(/Maillon/);
    expect(() => validateIndicators([{ ...line, metric: 'patients' as never }])).toThrow('Calcul Maillon inconnu.');
  });
});
