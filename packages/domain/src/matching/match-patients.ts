import { unmatchedRequests } from './blocking-reasons.ts';
import { matchingGeography } from './matching-geography.ts';
import { groupGps, groupPatients } from './matching-groups.ts';
import type { MatchingInput, MatchingProgress } from './matching-input.ts';
import { checkMatchingInput } from './matching-input-check.ts';
import { buildMatchingNetwork } from './matching-network.ts';
import type { MatchingResult } from './matching-result.ts';
import { minCostFlow } from './network-simplex.ts';
import { proposalsOf } from './proposals.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byQueue = (a: { priority: { score: number }; patientId: string }, b: { priority: { score: number }; patientId: string }) =>
  b.priority.score - a.priority.score || (a.patientId < b.patientId ? -1 : a.patientId > b.patientId ? 1 : 0);

/**
 * Proposes GPs to waiting patients: the most priority-weighted placements first, then the
 * shortest total distance, within every GP's places, service area, ages and home visits, one
 * proposal per patient at most. Exact (see matching-network.ts) and deterministic: inputs are
 * sorted by id first, so equal inputs in any order give the same proposals. Pure: the
 * reference date is already in the priorities, and nothing is random.
 */
export function matchPatients(input: MatchingInput, onProgress?: (progress: MatchingProgress) => void): MatchingResult {
  checkMatchingInput(input);
  const report = (phase: MatchingProgress['phase'], done: number, total: number) => onProgress?.({ phase, done, total });
  const patients = [...input.patients].sort(byId);
  const gps = [...input.gps].sort(byId);
  report('grouping', 0, patients.length);
  const geography = matchingGeography(input.units, [...patients.map((p) => p.unitCode), ...gps.map((g) => g.unitCode)]);
  const hubs = groupPatients(patients, gps);
  const classes = groupGps(gps);
  report('grouping', patients.length, patients.length);

  report('network', 0, classes.length);
  const built = buildMatchingNetwork(hubs, classes, { geography, onClass: (done) => report('network', done, classes.length) });
  const arcs = built.network.source.length;
  // A guess of the pivots for the UI's bar (about 0.7–0.9 per arc on département instances); it grows when passed.
  const estimate = Math.max(1, arcs);
  report('solving', 0, estimate);
  const solution = minCostFlow(built.network, {
    onPivot: (pivots) => report('solving', pivots, Math.max(estimate, Math.ceil(pivots * 1.25))),
  });
  report('solving', solution.pivots, solution.pivots);

  const flowOf = (arc: number) => solution.flow[arc] ?? 0;
  const placed = new Set<string>();
  const byHub = hubs.map((hub, h) => {
    const chosen = hub.levels.flatMap((level, i) => level.patients.slice(0, flowOf(built.levelArcs[h]?.[i] ?? -1)));
    for (const p of chosen) placed.add(p.id);
    return chosen;
  });
  const { proposals, used } = proposalsOf({ hubs, classes, byHub, placeArcs: built.placeArcs, flowOf, geography });

  const unmatchedCount = patients.length - placed.size;
  report('explaining', 0, unmatchedCount);
  const unmatched = unmatchedRequests({
    hubs,
    classes,
    isPlaced: (id) => placed.has(id),
    reach: built.reach,
    used,
    geography,
    onHub: (done) => report('explaining', done, unmatchedCount),
  });
  proposals.sort(byQueue);
  unmatched.sort(byQueue);

  let distanceCost = 0;
  for (const p of built.placeArcs) distanceCost += flowOf(p.arc) * p.cost;
  return {
    distanceMode: geography.mode,
    missingCentroids: geography.missingCentroids,
    proposals,
    unmatched,
    gpLoads: gps.map((gp) => {
      const proposed = used.get(gp.id) ?? 0;
      return { gpId: gp.id, proposed, remainingNow: gp.availableNow - proposed, remainingThisMonth: gp.availableThisMonth - proposed };
    }),
    objective: {
      placements: proposals.length,
      weightedPlacements: proposals.reduce((sum, p) => sum + p.priority.weight, 0),
      distanceCost,
      distanceResolutionMetres: geography.mode === 'kilometres' ? built.resolution : 1,
      totalDistanceKm: geography.mode === 'kilometres' ? proposals.reduce((sum, p) => sum + (p.distanceKm ?? 0), 0) : null,
    },
    stats: {
      patients: patients.length,
      gps: gps.length,
      patientHubs: hubs.length,
      gpClasses: classes.length,
      arcs,
      pivots: solution.pivots,
    },
  };
}
