import type { IndicatorLine } from './indicator.ts';

/**
 * Test fixture only (not exported by the package): access-mission lines of the signed taille 3
 * contracts quoted in docs/reference/aci.md §5 (ALD patients without médecin traitant 219 → ≤ 50, tiered).
 */
export const ALD_WITHOUT_GP: IndicatorLine = {
  id: 'ald-sans-mt',
  mission: 'accessToCare',
  label: 'Patients en ALD sans médecin traitant',
  unit: 'patients',
  direction: 'lower',
  baseline: 219,
  tiers: [
    { threshold: 219, amountCents: 300_000 },
    { threshold: 100, amountCents: 600_000 },
    { threshold: 50, amountCents: 900_000 },
  ],
  dataSource: 'CPAM',
  evidence: ['Liste CPAM des patients en ALD sans médecin traitant au 31 décembre'],
};

export const CPAM_PARTNERSHIP: IndicatorLine = {
  id: 'partenariat-cpam',
  mission: 'accessToCare',
  label: 'Partenariat avec la CPAM (contact, listes de patients)',
  unit: 'oui/non',
  direction: 'higher',
  baseline: 0,
  tiers: [{ threshold: 1, amountCents: 200_000 }],
  dataSource: 'CPTS',
  evidence: ['Convention de partenariat signée'],
};
