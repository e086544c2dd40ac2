import type { IndicatorLine } from './indicator.ts';

/**
 * Indicator lines proposed to a new contract: the lines observed in signed taille 3 contracts
 * (access mission) with the targets and amounts of docs/reference/aci.md §5 (status
 * confirmed: signed contracts). No national list exists (ACI annex unknown), so these are
 * examples to adapt to the territory: baselines and thresholds are those of one contract. Lines
 * whose amount or threshold the sources do not give (screening thresholds, guichet unique) are
 * not proposed; a coordinator adds them with the contract's own figures.
 */
export const DEFAULT_INDICATORS: readonly IndicatorLine[] = [
  {
    id: 'ald-sans-medecin-traitant',
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
    evidence: ['Liste CPAM des patients en ALD sans médecin traitant au dernier jour de l’année'],
    metric: null,
  },
  {
    id: 'c2s-ald-sans-medecin-traitant',
    mission: 'accessToCare',
    label: 'Patients C2S en ALD sans médecin traitant',
    unit: 'patients',
    direction: 'lower',
    baseline: 16,
    tiers: [{ threshold: 6, amountCents: 300_000 }],
    dataSource: 'CPAM',
    evidence: ['Liste CPAM des patients C2S en ALD sans médecin traitant'],
    metric: null,
  },
  {
    id: 'patients-70-sans-medecin-traitant',
    mission: 'accessToCare',
    label: 'Patients de 70 ans et plus sans médecin traitant',
    unit: 'patients',
    direction: 'lower',
    baseline: 303,
    tiers: [{ threshold: 203, amountCents: 500_000 }],
    dataSource: 'CPAM',
    evidence: ['Liste CPAM des patients de 70 ans et plus sans médecin traitant'],
    metric: null,
  },
  {
    id: 'partenariat-cpam',
    mission: 'accessToCare',
    label: 'Partenariat avec la CPAM (contact, listes de patients)',
    unit: 'oui/non',
    direction: 'higher',
    baseline: 0,
    tiers: [{ threshold: 1, amountCents: 200_000 }],
    dataSource: 'CPTS',
    evidence: ['Convention de partenariat signée'],
    metric: null,
  },
  {
    id: 'medecins-volontaires',
    mission: 'accessToCare',
    label: 'Liste des médecins volontaires pour de nouveaux patients',
    unit: 'oui/non',
    direction: 'higher',
    baseline: 0,
    tiers: [{ threshold: 1, amountCents: 300_000 }],
    dataSource: 'CPTS',
    evidence: ['Liste des médecins généralistes volontaires'],
    metric: null,
  },
  {
    id: 'medecins-sas',
    mission: 'accessToCare',
    label: 'Médecins inscrits au service d’accès aux soins (SAS)',
    unit: 'oui/non',
    direction: 'higher',
    baseline: 0,
    tiers: [{ threshold: 1, amountCents: 300_000 }],
    dataSource: 'CPTS',
    evidence: ['Liste des médecins inscrits au SAS'],
    metric: null,
  },
  {
    id: 'annuaire-en-ligne',
    mission: 'accessToCare',
    label: 'Annuaire des professionnels en ligne',
    unit: 'oui/non',
    direction: 'higher',
    baseline: 0,
    tiers: [{ threshold: 1, amountCents: 500_000 }],
    dataSource: 'CPTS',
    evidence: ['Adresse de l’annuaire en ligne'],
    metric: null,
  },
];
