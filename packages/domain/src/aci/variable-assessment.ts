import { invalid } from '../errors.ts';
import { formatEuros, formatNumber } from '../format/index.ts';
import type { YearEnvelope } from './envelope.ts';
import { type IndicatorLine, tierReached, validateIndicators } from './indicator.ts';
import { type AciMission, missionOrder } from './missions.ts';

export interface AssessmentLine {
  indicatorId: string;
  mission: AciMission;
  label: string;
  value: number | null;
  /** Index of the tier paid, `null` when none is reached or the value is missing. */
  tierIndex: number | null;
  earnedCents: number;
  explanation: string;
}

export interface MissionVariable {
  mission: AciMission;
  /** Sum of the mission's lines. */
  earnedCents: number;
  /** The mission's variable envelope for the year, `null` when unknown. */
  envelopeCents: number | null;
  /** What is paid: the earned sum capped by the envelope; `null` while the envelope is unknown. */
  payableCents: number | null;
  /** How much the cap removed, `null` while the envelope is unknown. */
  removedByCapCents: number | null;
  explanation: string;
}

export interface VariableAssessment {
  lines: AssessmentLine[];
  missions: MissionVariable[];
  /** Sum payable, `null` when an envelope is unknown. */
  totalPayableCents: number | null;
}

/** The variable envelopes of a contract year, per mission that has a variable part. */
export function variableEnvelopes(envelope: YearEnvelope): Partial<Record<AciMission, number | null>> {
  return Object.fromEntries(envelope.missions.flatMap((mission) => (mission.variable ? [[mission.mission, mission.variable.cents]] : [])));
}

/** Yes/no lines (« oui/non » unit, threshold 1) read as « oui » / « non » rather than numbers. */
const YES_NO = 'oui/non';

function shownValue(indicator: IndicatorLine, value: number): string {
  if (indicator.unit === YES_NO) return `Réponse ${value >= 1 ? 'oui' : 'non'}`;
  return `Valeur ${formatNumber(value)} ${indicator.unit}`;
}

/** « ≥ 32 % »; `null` for a yes/no line, whose only threshold is « oui ». */
function comparison(indicator: IndicatorLine, threshold: number): string | null {
  if (indicator.unit === YES_NO) return null;
  return `${indicator.direction === 'higher' ? '≥' : '≤'} ${formatNumber(threshold)} ${indicator.unit}`;
}

function assessLine(indicator: IndicatorLine, value: number | null): AssessmentLine {
  const tierIndex = tierReached(indicator, value);
  const tier = tierIndex === null ? undefined : indicator.tiers[tierIndex];
  const base = { indicatorId: indicator.id, mission: indicator.mission, label: indicator.label, value, tierIndex };
  if (value === null) {
    return {
      ...base,
      earnedCents: 0,
      explanation: 'Valeur non renseignée : aucun palier ne peut être atteint, rien n’est dû pour cette ligne.',
    };
  }
  const shown = shownValue(indicator, value);
  if (!tier || tierIndex === null) {
    const first = indicator.tiers[0];
    const firstTier = first ? comparison(indicator, first.threshold) : null;
    const needed = firstTier ? ` (premier palier : ${firstTier})` : '';
    return { ...base, earnedCents: 0, explanation: `${shown} : aucun palier atteint${needed}.` };
  }
  const which = indicator.tiers.length === 1 ? 'objectif atteint' : `palier ${tierIndex + 1} sur ${indicator.tiers.length} atteint`;
  const reached = comparison(indicator, tier.threshold);
  return {
    ...base,
    earnedCents: tier.amountCents,
    explanation: `${shown} : ${which}${reached ? ` (${reached})` : ''}, ${formatEuros(tier.amountCents)}.`,
  };
}

function missionTotal(mission: AciMission, lines: readonly AssessmentLine[], envelope: number | null | undefined): MissionVariable {
  const earnedCents = lines.filter((line) => line.mission === mission).reduce((sum, line) => sum + line.earnedCents, 0);
  if (envelope === undefined) {
    return {
      mission,
      earnedCents,
      envelopeCents: 0,
      payableCents: 0,
      removedByCapCents: earnedCents,
      explanation: `Pas de part variable pour cette mission cette année : rien n'est versé (${formatEuros(earnedCents)} acquis sur les indicateurs).`,
    };
  }
  const envelopeCents = envelope;
  if (envelopeCents === null) {
    return {
      mission,
      earnedCents,
      envelopeCents,
      payableCents: null,
      removedByCapCents: null,
      explanation: `${formatEuros(earnedCents)} acquis sur les indicateurs ; enveloppe variable non connue : montant non connu.`,
    };
  }
  const payableCents = Math.min(earnedCents, envelopeCents);
  const removedByCapCents = earnedCents - payableCents;
  return {
    mission,
    earnedCents,
    envelopeCents,
    payableCents,
    removedByCapCents,
    explanation:
      removedByCapCents > 0
        ? `${formatEuros(earnedCents)} acquis, plafonnés à l'enveloppe variable de ${formatEuros(envelopeCents)} : le plafond retire ${formatEuros(removedByCapCents)}.`
        : `${formatEuros(earnedCents)} acquis sur une enveloppe variable de ${formatEuros(envelopeCents)}.`,
  };
}

/**
 * The variable part of a yearly assessment (docs/reference/aci.md §5 [C]): each indicator line pays its
 * highest tier reached, a line without a value pays nothing and says so, and each mission's
 * sum is capped by its variable envelope for the year (an unknown envelope, `null`, gives
 * « montant non connu », never a cap of zero; a mission absent from `envelopes` has no variable
 * part that year and is paid nothing). `values` are keyed by indicator id.
 */
export function assessVariablePart(input: {
  indicators: readonly IndicatorLine[];
  values: Readonly<Record<string, number | null | undefined>>;
  envelopes: Partial<Record<AciMission, number | null>>;
}): VariableAssessment {
  validateIndicators(input.indicators);
  const known = new Set(input.indicators.map((indicator) => indicator.id));
  for (const [id, value] of Object.entries(input.values)) {
    if (!known.has(id)) throw invalid(`values.${id}`, `Aucun indicateur « ${id} » dans ce contrat.`);
    if (value !== null && value !== undefined && !Number.isFinite(value)) throw invalid(`values.${id}`, 'La valeur doit être un nombre.');
  }
  for (const [mission, cents] of Object.entries(input.envelopes)) {
    if (cents !== null && cents !== undefined && (!Number.isSafeInteger(cents) || cents < 0)) {
      throw invalid(`envelopes.${mission}`, "L'enveloppe doit être un nombre entier positif ou nul de centimes d’euro.");
    }
  }
  const lines = input.indicators.map((indicator) => assessLine(indicator, input.values[indicator.id] ?? null));
  const missions = [
    ...new Set<AciMission>([...input.indicators.map((indicator) => indicator.mission), ...(Object.keys(input.envelopes) as AciMission[])]),
  ]
    .sort((a, b) => missionOrder(a) - missionOrder(b))
    .map((mission) => missionTotal(mission, lines, mission in input.envelopes ? (input.envelopes[mission] ?? null) : undefined));
  const totalPayableCents = missions.some((mission) => mission.payableCents === null)
    ? null
    : missions.reduce((sum, mission) => sum + (mission.payableCents ?? 0), 0);
  return { lines, missions, totalPayableCents };
}
