import { invalid } from '../errors.ts';
import { addDays } from '../lifecycle/dates.ts';

/**
 * The CPTS's commitments on the waiting list (issue #9 item 5, docs/reference/mt-matching.md §3):
 * a request answered within `responseDays` of its filing, a GP answering a proposal within
 * `proposalDays` (after which it expires and the patient is re-queued, seniority kept), and a
 * reminder `reminderDays` before either deadline.
 */
export interface FollowUpSettings {
  responseDays: number;
  proposalDays: number;
  reminderDays: number;
}

export const DEFAULT_FOLLOW_UP: FollowUpSettings = { responseDays: 30, proposalDays: 14, reminderDays: 5 };

export function checkFollowUpSettings(s: FollowUpSettings): void {
  if (!Number.isInteger(s.responseDays) || s.responseDays < 1 || s.responseDays > 365)
    throw invalid('responseDays', 'Délai entier de 1 à 365 jours attendu.');
  if (!Number.isInteger(s.proposalDays) || s.proposalDays < 1 || s.proposalDays > 90)
    throw invalid('proposalDays', 'Délai entier de 1 à 90 jours attendu.');
  if (!Number.isInteger(s.reminderDays) || s.reminderDays < 0 || s.reminderDays >= Math.min(s.responseDays, s.proposalDays))
    throw invalid('reminderDays', 'Le rappel doit précéder les deux délais (0 pour aucun rappel).');
}

/** The day a proposal sent on `sentOn` expires without an answer. */
export const proposalExpiresOn = (sentOn: string, s: FollowUpSettings) => addDays(sentOn, s.proposalDays);

/** The day the CPTS committed to answer a request filed on `requestedOn`. */
export const responseDueOn = (requestedOn: string, s: FollowUpSettings) => addDays(requestedOn, s.responseDays);

/** Whether a deadline is near enough today to remind (never after it has passed: then it is late, not near). */
export function reminderDue(deadline: string, today: string, s: FollowUpSettings): boolean {
  return s.reminderDays > 0 && addDays(deadline, -s.reminderDays) <= today && today <= deadline;
}

/** Whether a request placed (GP accepted) on `answeredOn` was answered within the commitment. */
export const answeredInTime = (requestedOn: string, answeredOn: string, s: FollowUpSettings) => answeredOn <= responseDueOn(requestedOn, s);
