import type { DistanceTier } from './distance.ts';
import type { MatchingPatient } from './matching-input.ts';

/** A proposal (never an assignment: the GP accepts or declines it), with why it was made. */
export interface MatchingProposal {
  patientId: string;
  gpId: string;
  priority: MatchingPatient['priority'];
  /** Centroid to centroid; null when the run measures distance in tiers. */
  distanceKm: number | null;
  tier: DistanceTier;
  /** The GP's places left once all of this run's proposals are counted. */
  gpRemainingNow: number;
  gpRemainingThisMonth: number;
  explanation: string;
}

/** What kept a request unmatched, checked in this order. */
export const BLOCK_REASONS = ['outOfReach', 'ageNotAccepted', 'homeVisitsUnavailable', 'capacityExhausted'] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];

export const BLOCK_REASON_LABELS: Record<BlockReason, string> = {
  outOfReach: 'Aucun médecin à portée',
  ageNotAccepted: 'Âge non accepté',
  homeVisitsUnavailable: 'Visites à domicile non assurées',
  capacityExhausted: 'Capacité épuisée',
};

export interface UnmatchedRequest {
  patientId: string;
  priority: MatchingPatient['priority'];
  reason: BlockReason;
  /** GPs serving the request's commune; of them, those accepting its age; of those, its need of visits. */
  gpsInReach: number;
  gpsAcceptingAge: number;
  gpsCompatible: number;
  /** Of the compatible GPs, those who had declared no place for this run. */
  gpsWithoutPlaces: number;
  /** The nearest practice, whatever its constraints (null when no GP at all). */
  nearestGp: { distanceKm: number | null; tier: DistanceTier } | null;
  explanation: string;
}

/** Every GP's load after the run, proposals or not (for the team's capacity view). */
export interface GpLoad {
  gpId: string;
  proposed: number;
  remainingNow: number;
  remainingThisMonth: number;
}

export interface MatchingResult {
  distanceMode: 'kilometres' | 'tiers';
  /** Units without a centroid (why the run used tiers). */
  missingCentroids: string[];
  proposals: MatchingProposal[];
  unmatched: UnmatchedRequest[];
  /** In id order. */
  gpLoads: GpLoad[];
  objective: {
    placements: number;
    /** Σ of the placed requests' priority weights: what the run maximises first. */
    weightedPlacements: number;
    /** Σ of the distance costs it then minimises: whole metres (× `distanceResolutionMetres`) or tier ranks. */
    distanceCost: number;
    distanceResolutionMetres: number;
    totalDistanceKm: number | null;
  };
  stats: { patients: number; gps: number; patientHubs: number; gpClasses: number; arcs: number; pivots: number };
}
