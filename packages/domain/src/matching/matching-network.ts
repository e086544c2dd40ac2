import type { MatchingGeography } from './matching-geography.ts';
import type { GpClass, PatientHub } from './matching-groups.ts';
import type { FlowNetwork } from './network-simplex.ts';
import { acceptsAge, acceptsVisits, servesUnit } from './service-area.ts';

/**
 * The run as a min-cost circulation. Nodes: s, t, one per patient hub, one per GP class.
 *
 * - level arc s → hub, one per priority weight in the hub: capacity = its patients, cost −M·r;
 * - place arc hub → class where the class serves the hub's unit and accepts its patients:
 *   cost = distance (whole metres, or tier rank), capacity = the hub's size;
 * - sink arc class → t: capacity = the class's places; return arc t → s, cost 0.
 *
 * A circulation of value x puts x patients with GPs; patients left on no arc are unmatched.
 *
 * Why minimising its cost is the lexicographic objective (priority first, then distance).
 * Let r be the rank of a patient's weight among the distinct weights of the run (1 = lowest),
 * W(x) = Σ r over placed patients and D(x) = their total distance, so cost(x) = D(x) − M·W(x).
 * At most P = min(patients, places) are placed, each at most dmax away, so 0 ≤ D ≤ P·dmax < M
 * with M = P·dmax + 1. For two integral placements x, y with W(x) > W(y), integrality gives
 * W(x) ≥ W(y) + 1, hence cost(x) ≤ D(x) − M·W(y) − M < −M·W(y) ≤ cost(y): the more weight
 * always costs less, whatever the distances, and at equal weight the shorter total wins. The
 * network is totally unimodular with whole capacities, so the simplex's optimal basic
 * solution is integral and no fractional flow does better: it is the lexicographic optimum.
 *
 * Why ranks may replace the rule's weights: placeable sets of patients form a matroid (a
 * transversal matroid: GP places on the other side), and for any weights w ordered like r,
 * Σ_B w = Σ_t (w_t − w_{t−1})·|B ∩ {weight ≥ w_t}| (layer cake) is maximal exactly when every
 * |B ∩ {weight ≥ w_t}| is the rank of that set (the greedy base achieves all of them at once).
 * That condition reads the order of the weights only, so w and r have the same optimal sets.
 */
export interface MatchingNetwork {
  network: FlowNetwork;
  /** Arc index of each hub's levels, in `hub.levels` order. */
  levelArcs: number[][];
  /** Place arcs: hub, class, arc index and distance cost (in `resolution` units). */
  placeArcs: { hub: number; gpClass: number; arc: number; cost: number }[];
  /** Classes serving each patient unit (whatever their other constraints or places). */
  reach: Map<string, number[]>;
  bigM: number;
  /** Metres per distance-cost unit in kilometres mode (1 unless the run's size calls for coarser). */
  resolution: number;
}

/** Room kept below 2^53 so that every sum the simplex forms stays exact. */
const EXACT_LIMIT = 2 ** 52;

/**
 * Metres per distance-cost unit: 1, unless M·(levels)·(placements + nodes), the largest sum
 * the simplex can form (objective, potentials), would pass 2^52; then 10, 100… (a run that
 * large keeps priority exact and distances to the nearest 10 m, 100 m…).
 */
export function distanceResolution(size: { placed: number; maxDistance: number; levels: number; nodes: number }): number {
  let resolution = 1;
  const bound = (q: number) =>
    (size.levels * (size.placed * Math.ceil(size.maxDistance / q) + 1) + size.maxDistance / q) * (size.placed + size.nodes);
  while (bound(resolution) > EXACT_LIMIT && resolution < size.maxDistance) resolution *= 10;
  return resolution;
}

export function buildMatchingNetwork(
  hubs: readonly PatientHub[],
  classes: readonly GpClass[],
  options: { geography: MatchingGeography; onClass?: (done: number) => void },
): MatchingNetwork {
  const { geography } = options;
  const units = [...new Set(hubs.map((h) => h.unitCode))].sort();
  const reach = new Map<string, number[]>(units.map((u) => [u, []]));
  const pairs: { hub: number; gpClass: number; rawCost: number }[] = [];
  const hubsByUnit = new Map<string, number[]>();
  hubs.forEach((hub, h) => {
    const list = hubsByUnit.get(hub.unitCode);
    if (list) list.push(h);
    else hubsByUnit.set(hub.unitCode, [h]);
  });
  classes.forEach((gpClass, c) => {
    for (const unit of units) {
      if (!servesUnit(gpClass, unit, geography)) continue;
      reach.get(unit)?.push(c);
      if (gpClass.capacity === 0) continue;
      const rawCost = geography.cost(gpClass.unitCode, unit);
      for (const h of hubsByUnit.get(unit) ?? []) {
        const hub = hubs[h] as PatientHub;
        if (acceptsAge(gpClass, hub.ageYears) && acceptsVisits(gpClass, hub.needsHomeVisits)) pairs.push({ hub: h, gpClass: c, rawCost });
      }
    }
    options.onClass?.(c + 1);
  });

  const weights = [...new Set(hubs.flatMap((h) => h.levels.map((l) => l.weight)))].sort((a, b) => a - b);
  const rank = new Map(weights.map((w, i) => [w, i + 1]));
  const patients = hubs.reduce((sum, h) => sum + h.size, 0);
  const places = classes.reduce((sum, c) => sum + c.capacity, 0);
  const placed = Math.min(patients, places);
  const nodeCount = 2 + hubs.length + classes.length;
  const maxRaw = pairs.reduce((max, p) => Math.max(max, p.rawCost), 0);
  const resolution =
    geography.mode === 'kilometres' ? distanceResolution({ placed, maxDistance: maxRaw, levels: weights.length, nodes: nodeCount }) : 1;
  const bigM = placed * Math.ceil(maxRaw / resolution) + 1;

  const source: number[] = [];
  const target: number[] = [];
  const capacity: number[] = [];
  const cost: number[] = [];
  const arc = (from: number, to: number, cap: number, unitCost: number) => {
    source.push(from);
    target.push(to);
    capacity.push(cap);
    cost.push(unitCost);
    return source.length - 1;
  };
  const levelArcs = hubs.map((hub, h) =>
    hub.levels.map((level) => arc(0, 2 + h, level.patients.length, -bigM * (rank.get(level.weight) ?? 1))),
  );
  const placeArcs = pairs.map((p) => {
    const scaled = Math.round(p.rawCost / resolution);
    return {
      hub: p.hub,
      gpClass: p.gpClass,
      cost: scaled,
      arc: arc(2 + p.hub, 2 + hubs.length + p.gpClass, (hubs[p.hub] as PatientHub).size, scaled),
    };
  });
  classes.forEach((gpClass, c) => {
    if (gpClass.capacity > 0) arc(2 + hubs.length + c, 1, gpClass.capacity, 0);
  });
  arc(1, 0, Number.POSITIVE_INFINITY, 0);
  return {
    network: {
      nodeCount,
      source: Int32Array.from(source),
      target: Int32Array.from(target),
      capacity: Float64Array.from(capacity),
      cost: Float64Array.from(cost),
    },
    levelArcs,
    placeArcs,
    reach,
    bigM,
    resolution,
  };
}
