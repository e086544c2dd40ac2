import { invalid } from '../errors.ts';
import type { PriorityFacts } from '../matching/request-priority.ts';
import type { MtRequestRecord } from '../storage/mt-requests-repository.ts';

/**
 * Defaults of a CPTS's desk until its team sets its own (docs/reference/mt-requests.md §1): a
 * 30-day response-time commitment (the figure contracts quote, issue #9 item 5) and closed
 * requests kept 12 months, then erased (RGPD art. 5(1)(e): no longer than necessary; long
 * enough to answer a person asking what became of their request).
 */
export const DEFAULT_RESPONSE_DAYS = 30;
export const DEFAULT_RETENTION_MONTHS = 12;
export const SETTINGS_LIMITS = { responseDays: [1, 365], retentionMonths: [1, 60] } as const;

export function checkDeskSettings(settings: { responseDays: number; retentionMonths: number }): void {
  const [dMin, dMax] = SETTINGS_LIMITS.responseDays;
  if (!Number.isInteger(settings.responseDays) || settings.responseDays < dMin || settings.responseDays > dMax) {
    throw invalid('responseDays', `Délai de réponse : nombre entier de jours de ${dMin} à ${dMax}.`);
  }
  const [rMin, rMax] = SETTINGS_LIMITS.retentionMonths;
  if (!Number.isInteger(settings.retentionMonths) || settings.retentionMonths < rMin || settings.retentionMonths > rMax) {
    throw invalid('retentionMonths', `Durée de conservation : nombre entier de mois de ${rMin} à ${rMax}.`);
  }
}

/** What `requestPriority` scores, from a stored request. */
export function priorityFactsOf(
  r: Pick<MtRequestRecord, 'ald' | 'c2s' | 'ame' | 'frailty' | 'pregnancy' | 'birthDate' | 'requestedOn' | 'gpLostOn'>,
): PriorityFacts {
  return {
    ald: r.ald,
    c2s: r.c2s,
    ame: r.ame,
    frailty: r.frailty,
    pregnancy: r.pregnancy,
    birthDate: r.birthDate,
    requestedOn: r.requestedOn,
    gpLostOn: r.gpLostOn,
  };
}
