import { conflict, forbidden, invalid } from '../errors.ts';
import type { MissionMilestones } from './aci-deadlines.ts';
import { isIsoDate } from './dates.ts';
import type { Stage } from './stages.ts';
import type { TransitionRecord } from './transitions.ts';

/** The dates of a mission's milestones (started, fully deployed): real past dates, in order. */
export function checkMilestoneDates(milestone: MissionMilestones, today: string): void {
  for (const field of ['startedOn', 'deployedOn'] as const) {
    const value = milestone[field];
    if (value && !isIsoDate(value)) throw invalid(field, 'Date au format AAAA-MM-JJ attendue.');
    if (value && value > today) throw invalid(field, 'La date ne peut pas être dans le futur.');
  }
  if (milestone.startedOn && milestone.deployedOn && milestone.deployedOn < milestone.startedOn) {
    throw invalid('deployedOn', 'Le déploiement ne peut pas précéder le démarrage.');
  }
}

/**
 * Milestones are recorded only for a CPTS that signed its ACI contract and still exists
 * (docs/reference/aci.md §2: the mission clocks start at the signature).
 */
export function assertMilestonesRecordable(cpts: { stage: Stage; history: readonly TransitionRecord[] }): void {
  if (!cpts.history.some((h) => h.to === 'aciSigned')) {
    throw conflict("Les missions ACI ne démarrent qu'après la signature du contrat.");
  }
  if (cpts.stage === 'dissolved' || cpts.stage === 'merged') throw forbidden('Cette CPTS n’est plus active.');
}
