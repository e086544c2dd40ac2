import { proposalExplanation } from './matching-explanations.ts';
import type { MatchingGeography } from './matching-geography.ts';
import type { GpClass, PatientHub } from './matching-groups.ts';
import { type MatchingGp, type MatchingPatient, runCapacity } from './matching-input.ts';
import type { MatchingNetwork } from './matching-network.ts';
import type { MatchingProposal } from './matching-result.ts';

/**
 * Turns the optimal flow back into one proposal per placed patient. Within a hub all patients
 * fit the same GPs at the same distance, so any split is optimal; the one made is: the hub's
 * placed patients in priority order to its GP classes nearest first, and within a class to its
 * GPs in turn (by id), so that identical GPs share the load.
 */
export function proposalsOf(input: {
  hubs: readonly PatientHub[];
  classes: readonly GpClass[];
  byHub: readonly MatchingPatient[][];
  placeArcs: MatchingNetwork['placeArcs'];
  flowOf: (arc: number) => number;
  geography: MatchingGeography;
}): { proposals: MatchingProposal[]; used: Map<string, number> } {
  const { hubs, classes, geography, flowOf } = input;
  const arcsOfHub = hubs.map(() => [] as { gpClass: number; flow: number; cost: number }[]);
  for (const p of input.placeArcs) {
    const flow = flowOf(p.arc);
    if (flow > 0) arcsOfHub[p.hub]?.push({ gpClass: p.gpClass, flow, cost: p.cost });
  }
  const used = new Map<string, number>();
  const turn = classes.map(() => 0);
  const nextGp = (c: number): MatchingGp => {
    const members = (classes[c] as GpClass).members;
    for (let tries = 0; tries < members.length; tries++) {
      const gp = members[(turn[c] ?? 0) % members.length] as MatchingGp;
      turn[c] = (turn[c] ?? 0) + 1;
      if ((used.get(gp.id) ?? 0) < runCapacity(gp)) return gp;
    }
    throw new Error(`Flot incohérent : la classe ${(classes[c] as GpClass).key} dépasse ses places.`);
  };
  const pairs: { patient: MatchingPatient; gp: MatchingGp }[] = [];
  hubs.forEach((_, h) => {
    const queue = input.byHub[h] ?? [];
    const arcs = (arcsOfHub[h] ?? []).sort(
      (a, b) => a.cost - b.cost || ((classes[a.gpClass] as GpClass).key < (classes[b.gpClass] as GpClass).key ? -1 : 1),
    );
    let next = 0;
    for (const arc of arcs) {
      for (let k = 0; k < arc.flow; k++) {
        const patient = queue[next++];
        if (!patient) throw new Error('Flot incohérent : plus de places prises que de patients retenus.');
        const gp = nextGp(arc.gpClass);
        used.set(gp.id, (used.get(gp.id) ?? 0) + 1);
        pairs.push({ patient, gp });
      }
    }
  });
  const proposals = pairs.map(({ patient, gp }): MatchingProposal => {
    const taken = used.get(gp.id) ?? 0;
    const distanceKm = geography.km(gp.unitCode, patient.unitCode);
    const tier = geography.tier(gp.unitCode, patient.unitCode);
    const gpRemainingNow = gp.availableNow - taken;
    const gpRemainingThisMonth = gp.availableThisMonth - taken;
    return {
      patientId: patient.id,
      gpId: gp.id,
      priority: patient.priority,
      distanceKm,
      tier,
      gpRemainingNow,
      gpRemainingThisMonth,
      explanation: proposalExplanation({
        groupLabel: patient.priority.groupLabel,
        distanceKm,
        tier,
        remainingNow: gpRemainingNow,
        remainingThisMonth: gpRemainingThisMonth,
      }),
    };
  });
  return { proposals, used };
}
