import type { CriterionThresholds, PriorityCriterion } from './priority-criteria.ts';

/**
 * One priority group: a request belongs to the first group (in the rule's order) whose criteria
 * it all meets. The last group has no criterion and takes everyone else.
 */
export interface PriorityGroup {
  /** Stable key (lower-case letters, digits, hyphens), kept with each request's priority. */
  id: string;
  /** French name shown to the team ("En ALD et bénéficiaire de la C2S"). */
  label: string;
  /** Criteria a request must all meet; empty for the last, catch-all group. */
  requires: PriorityCriterion[];
}

/** An optional factor the CPTS switched on: meeting it adds `points` within the request's group. */
export interface PriorityFactor {
  criterion: PriorityCriterion;
  /** Whole number from 1 to 100. */
  points: number;
}

/**
 * A CPTS's scoring rule, stored as data (one per CPTS, edited by its team). Requests are ranked
 * by group (rule order), then by the points of the factors they meet, then by waiting time
 * (older requests first): waiting time only breaks ties, it never lifts a request into a
 * higher group.
 */
export interface PriorityRule extends CriterionThresholds {
  groups: PriorityGroup[];
  factors: PriorityFactor[];
}

/**
 * The order used in contracts (docs/reference/mt-requests.md §1): ALD → C2S in ALD → 70 years or more → everyone
 * else. "C2S in ALD" is a subset of ALD, so it can only be a group of its own if it comes first
 * (after a plain ALD group it would never receive anyone, which `checkPriorityRule` refuses): the
 * ALD patients who also have the C2S lead, then the other ALD patients. No optional factor is on
 * by default.
 */
export const DEFAULT_PRIORITY_RULE: PriorityRule = {
  groups: [
    { id: 'ald-c2s', label: 'En ALD et bénéficiaire de la C2S', requires: ['ald', 'c2s'] },
    { id: 'ald', label: 'En ALD', requires: ['ald'] },
    { id: 'senior', label: '70 ans ou plus', requires: ['senior'] },
    { id: 'others', label: 'Autres demandes', requires: [] },
  ],
  factors: [],
  seniorAge: 70,
  childUnderAge: 16,
  recentGpLossMonths: 12,
};

/** Bounds a rule must stay within (checked by `checkPriorityRule`). */
export const PRIORITY_RULE_LIMITS = {
  maxGroups: 20,
  maxLabelLength: 80,
  minPoints: 1,
  maxPoints: 100,
  seniorAge: [50, 100],
  childUnderAge: [1, 18],
  recentGpLossMonths: [1, 60],
} as const;
