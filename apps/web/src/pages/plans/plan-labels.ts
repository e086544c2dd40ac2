import type { PlanModality, PlanStatus } from '../../api/endpoints.ts';

export const MODALITY_LABELS: Record<PlanModality, string> = {
  extendNeighbour: "Extension d'une CPTS voisine",
  createCpts: "Création d'une nouvelle CPTS",
  other: 'Autre',
};

export const STATUS_LABELS: Record<PlanStatus, string> = {
  planned: 'Prévu',
  inProgress: 'En cours',
  done: 'Terminé',
  abandoned: 'Abandonné',
};

export const STATUS_COLORS: Record<PlanStatus, string> = {
  planned: 'gray',
  inProgress: 'blue',
  done: 'green',
  abandoned: 'dark',
};

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
