import { PLAN_MODALITY_LABELS, PLAN_STATUS_LABELS } from '@maillon/domain';
import type { PlanModality, PlanStatus } from '../../api/endpoints.ts';

/** The labels are the domain's (packages/domain/src/plans/white-zone-plan.ts), typed by the contract. */
export const MODALITY_LABELS: Record<PlanModality, string> = PLAN_MODALITY_LABELS;
export const STATUS_LABELS: Record<PlanStatus, string> = PLAN_STATUS_LABELS;

export const STATUS_COLORS: Record<PlanStatus, string> = {
  planned: 'gray',
  inProgress: 'blue',
  done: 'green',
  abandoned: 'dark',
};

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
