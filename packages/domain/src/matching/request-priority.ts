import { invalid } from '../errors.ts';
import { addMonths, daysBetween, isIsoDate } from '../lifecycle/dates.ts';
import type { PriorityCriterion } from './priority-criteria.ts';
import { priorityExplanation } from './priority-explanation.ts';
import type { PriorityRule } from './priority-rule.ts';

/** What a request says about the person (form, team entry or CPAM list); dates are YYYY-MM-DD. */
export interface PriorityFacts {
  ald: boolean;
  c2s: boolean;
  ame: boolean;
  frailty: boolean;
  pregnancy: boolean;
  birthDate: string;
  /** When the request was first filed: its seniority, kept when it is re-queued. */
  requestedOn: string;
  /** When the person lost their médecin traitant (retirement, move, death); null if never had one or unknown. */
  gpLostOn: string | null;
}

/** A request's place in the queue, and why, in plain French. */
export interface RequestPriority {
  groupId: string;
  groupLabel: string;
  /** 1 for the rule's first group. */
  groupRank: number;
  /** Criteria the request meets (all of them, whether the rule uses them or not). */
  criteria: PriorityCriterion[];
  /** The switched-on factors it meets, and their points added up. */
  factors: PriorityCriterion[];
  points: number;
  waitingDays: number;
  ageYears: number;
  /** Higher is served first: group, then points, then waiting days (see `comparePriority`). */
  score: number;
  /**
   * What the matching engine maximises per placed request: a positive whole number, strictly
   * higher for a higher group or, within a group, for more points (waiting time is not in it:
   * it orders requests within a commune; see matching README).
   */
  weight: number;
  explanation: string;
}

const GROUP_SCALE = 1_000_000_000;
const POINTS_SCALE = 100_000;
/** Waiting time counted up to 99 999 days (273 years) so it can never reach the points digit. */
const MAX_COUNTED_WAIT = POINTS_SCALE - 1;

/** Age in whole years on a date (a birthday on 29 February is reached on 1 March in other years). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function checkDate(field: string, value: string, referenceDate: string): void {
  if (!isIsoDate(value)) throw invalid(field, 'Date au format AAAA-MM-JJ attendue.');
  if (value > referenceDate) throw invalid(field, 'Cette date est postérieure à la date de calcul de la priorité.');
}

/** The criteria a request meets on the reference date, in the order of `PRIORITY_CRITERIA`. */
export function metCriteria(facts: PriorityFacts, rule: PriorityRule, referenceDate: string): PriorityCriterion[] {
  const age = ageOn(facts.birthDate, referenceDate);
  const lostRecently = facts.gpLostOn !== null && facts.gpLostOn > addMonths(referenceDate, -rule.recentGpLossMonths);
  const met: Record<PriorityCriterion, boolean> = {
    ald: facts.ald,
    c2s: facts.c2s,
    ame: facts.ame,
    frailty: facts.frailty,
    pregnancy: facts.pregnancy,
    child: age < rule.childUnderAge,
    senior: age >= rule.seniorAge,
    recentGpLoss: lostRecently,
  };
  return (Object.keys(met) as PriorityCriterion[]).filter((c) => met[c]);
}

/**
 * The priority of a request under a CPTS's rule (checked with `checkPriorityRule`) on a
 * reference date passed in (the run's day, never a clock). Throws INVALID on a malformed date
 * or a date after the reference date, naming the field.
 */
export function requestPriority(facts: PriorityFacts, rule: PriorityRule, referenceDate: string): RequestPriority {
  if (!isIsoDate(referenceDate)) throw invalid('referenceDate', 'Date au format AAAA-MM-JJ attendue.');
  checkDate('birthDate', facts.birthDate, referenceDate);
  checkDate('requestedOn', facts.requestedOn, referenceDate);
  if (facts.gpLostOn !== null) checkDate('gpLostOn', facts.gpLostOn, referenceDate);
  const criteria = metCriteria(facts, rule, referenceDate);
  const rankIndex = rule.groups.findIndex((g) => g.requires.every((c) => criteria.includes(c)));
  const group = rule.groups[rankIndex];
  if (!group) throw invalid('groups', "Aucun groupe n'accueille cette demande : le dernier groupe doit n'exiger aucun critère.");
  const metFactors = rule.factors.filter((f) => criteria.includes(f.criterion));
  const points = metFactors.reduce((sum, f) => sum + f.points, 0);
  const maxPoints = rule.factors.reduce((sum, f) => sum + f.points, 0);
  const waitingDays = daysBetween(facts.requestedOn, referenceDate);
  const levelsBelow = rule.groups.length - rankIndex - 1;
  return {
    groupId: group.id,
    groupLabel: group.label,
    groupRank: rankIndex + 1,
    criteria,
    factors: metFactors.map((f) => f.criterion),
    points,
    waitingDays,
    ageYears: ageOn(facts.birthDate, referenceDate),
    score: (levelsBelow + 1) * GROUP_SCALE + points * POINTS_SCALE + Math.min(waitingDays, MAX_COUNTED_WAIT),
    weight: levelsBelow * (maxPoints + 1) + points + 1,
    explanation: priorityExplanation({ group, factors: metFactors, waitingDays, thresholds: rule }),
  };
}

/** Sorts the most urgent request first; a strict weak order (equal scores tie: callers break ties by id). */
export function comparePriority(a: Pick<RequestPriority, 'score'>, b: Pick<RequestPriority, 'score'>): number {
  return b.score - a.score;
}
