import type { DistanceTier, MatchingUnit } from './distance.ts';
import type { RequestPriority } from './request-priority.ts';

/** A waiting request, as the engine needs it (identity stays out: the id is enough). */
export interface MatchingPatient {
  id: string;
  unitCode: string;
  ageYears: number;
  needsHomeVisits: boolean;
  /** From `requestPriority` under the CPTS's rule, on the run's reference date. */
  priority: Pick<RequestPriority, 'groupId' | 'groupLabel' | 'groupRank' | 'score' | 'weight'>;
}

/** Where a GP takes new patients from. */
export interface GpServiceArea {
  /** Only these units (INSEE codes), when given. */
  unitCodes: string[] | null;
  /** Otherwise, up to this distance from the practice, when commune coordinates are known. */
  maxDistanceKm: number | null;
  /** Otherwise (or without coordinates), up to this tier; `beyond` only if the GP accepts it. */
  maxTier: DistanceTier;
}

/** A GP's declared capacity and constraints (seen by the coordination team only). */
export interface MatchingGp {
  id: string;
  unitCode: string;
  /** New patients the GP can take now. */
  availableNow: number;
  /** New patients the GP can still take this month (monthly figure minus those already taken). */
  availableThisMonth: number;
  /** Ages accepted, inclusive; null: no bound. */
  ages: { min: number | null; max: number | null };
  homeVisits: boolean;
  serves: GpServiceArea;
}

export interface MatchingInput {
  units: readonly MatchingUnit[];
  patients: readonly MatchingPatient[];
  gps: readonly MatchingGp[];
}

export const MATCHING_PHASES = ['grouping', 'network', 'solving', 'explaining'] as const;
export type MatchingPhase = (typeof MATCHING_PHASES)[number];

/** Progress for the UI; during `solving`, `total` is an estimate that grows if passed. */
export interface MatchingProgress {
  phase: MatchingPhase;
  done: number;
  total: number;
}

/** Places a GP offers in this run: both the "now" and the "this month" figures bound it. */
export const runCapacity = (gp: Pick<MatchingGp, 'availableNow' | 'availableThisMonth'>): number =>
  Math.max(0, Math.min(gp.availableNow, gp.availableThisMonth));
