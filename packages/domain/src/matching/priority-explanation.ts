import { type CriterionThresholds, criterionPhrase } from './priority-criteria.ts';
import type { PriorityFactor, PriorityGroup } from './priority-rule.ts';

/** "en attente depuis 94 jours", "depuis 1 jour", or "demande du jour". */
export function waitingPhrase(days: number): string {
  if (days <= 0) return 'demande du jour';
  return `en attente depuis ${days} jour${days > 1 ? 's' : ''}`;
}

/**
 * The plain-French reason shown on every request: its group's criteria, the factors it meets and
 * its waiting time ("Prioritaire : en ALD, bénéficiaire de la C2S ; en attente depuis 94 jours").
 */
export function priorityExplanation(input: {
  group: PriorityGroup;
  factors: readonly PriorityFactor[];
  waitingDays: number;
  thresholds: CriterionThresholds;
}): string {
  const { group, factors, waitingDays, thresholds } = input;
  const head =
    group.requires.length > 0
      ? `Prioritaire : ${group.requires.map((c) => criterionPhrase(c, thresholds)).join(', ')}`
      : 'Sans critère de priorité';
  const parts = [head];
  if (factors.length > 0) {
    const listed = factors.map((f) => `${criterionPhrase(f.criterion, thresholds)} (+${f.points})`).join(', ');
    parts.push(`facteur${factors.length > 1 ? 's' : ''} retenu${factors.length > 1 ? 's' : ''} : ${listed}`);
  }
  parts.push(waitingPhrase(waitingDays));
  return parts.join(' ; ');
}
