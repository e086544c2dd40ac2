import { invalid } from '../errors.ts';
import { ACI_MISSIONS, type AciMission } from './missions.ts';

export type IndicatorDirection = 'higher' | 'lower';
export const INDICATOR_DATA_SOURCES = ['CPAM', 'CPTS', 'Maillon'] as const;
export type IndicatorDataSource = (typeof INDICATOR_DATA_SOURCES)[number];

/** A tier: reaching `threshold` (at least it when higher is better, at most it when lower is) earns `amountCents`. */
export interface IndicatorTier {
  threshold: number;
  amountCents: number;
}

/**
 * An indicator line of a contract's variable part (docs/reference/aci.md §5 [C]: lines with a € amount,
 * some tiered socle / intermediate / target, the highest tier reached pays; each lists its
 * evidence). A single-target line has one tier; a « done » line is a 0/1 value with threshold 1.
 */
export interface IndicatorLine {
  id: string;
  mission: AciMission;
  label: string;
  /** What the value counts: « patients », « % », « réunions », « oui/non »… */
  unit: string;
  direction: IndicatorDirection;
  baseline: number | null;
  /** From the first (easiest) tier to the target: each further in the direction and paying more. */
  tiers: readonly IndicatorTier[];
  dataSource: IndicatorDataSource;
  /** Evidence expected (livrables), listed in the activity report. */
  evidence: readonly string[];
}

function checkTiers(indicator: IndicatorLine, field: string): void {
  if (indicator.tiers.length === 0) throw invalid(`${field}.tiers`, 'Un indicateur a au moins un palier.');
  indicator.tiers.forEach((tier, index) => {
    const at = `${field}.tiers[${index}]`;
    if (!Number.isFinite(tier.threshold)) throw invalid(`${at}.threshold`, 'Le seuil doit être un nombre.');
    if (!Number.isSafeInteger(tier.amountCents) || tier.amountCents <= 0) {
      throw invalid(`${at}.amountCents`, 'Le montant du palier doit être un nombre entier positif de centimes d’euro.');
    }
    const previous = indicator.tiers[index - 1];
    if (!previous) return;
    const further = indicator.direction === 'higher' ? tier.threshold > previous.threshold : tier.threshold < previous.threshold;
    if (!further) {
      throw invalid(
        `${at}.threshold`,
        indicator.direction === 'higher'
          ? `Plus la valeur est haute, mieux c'est : le palier ${index + 1} doit avoir un seuil plus haut que le palier ${index} (${previous.threshold}).`
          : `Plus la valeur est basse, mieux c'est : le palier ${index + 1} doit avoir un seuil plus bas que le palier ${index} (${previous.threshold}).`,
      );
    }
    if (tier.amountCents <= previous.amountCents) {
      throw invalid(`${at}.amountCents`, `Le palier ${index + 1}, plus exigeant, doit rapporter plus que le palier ${index}.`);
    }
  });
}

/** Checks a contract's indicator lines; each error names its field (`indicators[2].tiers[1].threshold`). */
export function validateIndicators(indicators: readonly IndicatorLine[], field = 'indicators'): void {
  const ids = new Set<string>();
  indicators.forEach((indicator, index) => {
    const at = `${field}[${index}]`;
    if (!indicator.id.trim()) throw invalid(`${at}.id`, "L'identifiant de l'indicateur est obligatoire.");
    if (ids.has(indicator.id)) throw invalid(`${at}.id`, 'Deux indicateurs ont le même identifiant.');
    ids.add(indicator.id);
    if (!ACI_MISSIONS.includes(indicator.mission)) throw invalid(`${at}.mission`, 'Mission inconnue.');
    if (!indicator.label.trim()) throw invalid(`${at}.label`, "Le libellé de l'indicateur est obligatoire.");
    if (!indicator.unit.trim()) throw invalid(`${at}.unit`, "L'unité de l'indicateur est obligatoire.");
    if (indicator.direction !== 'higher' && indicator.direction !== 'lower')
      throw invalid(`${at}.direction`, 'Sens attendu : plus haut ou plus bas.');
    if (indicator.baseline !== null && !Number.isFinite(indicator.baseline))
      throw invalid(`${at}.baseline`, 'La valeur de départ doit être un nombre.');
    if (!INDICATOR_DATA_SOURCES.includes(indicator.dataSource))
      throw invalid(`${at}.dataSource`, 'Source attendue : CPAM, CPTS ou Maillon.');
    indicator.evidence.forEach((item, position) => {
      if (!item.trim()) throw invalid(`${at}.evidence[${position}]`, 'Un justificatif attendu ne peut pas être vide.');
    });
    checkTiers(indicator, at);
  });
}

/** Whether a value reaches a tier's threshold in the indicator's direction. */
export function reachesTier(direction: IndicatorDirection, value: number, threshold: number): boolean {
  return direction === 'higher' ? value >= threshold : value <= threshold;
}

/** The index of the best-paying tier a value reaches, `null` when none (or no value). */
export function tierReached(indicator: Pick<IndicatorLine, 'direction' | 'tiers'>, value: number | null): number | null {
  if (value === null) return null;
  let reached: number | null = null;
  for (const [index, tier] of indicator.tiers.entries()) {
    const best = reached === null ? undefined : indicator.tiers[reached];
    if (reachesTier(indicator.direction, value, tier.threshold) && (!best || tier.amountCents >= best.amountCents)) reached = index;
  }
  return reached;
}
