import type { GpLossReason, RequestSource } from '@maillon/domain';

export const SOURCE_LABELS: Record<RequestSource, string> = {
  public: 'Page publique',
  team: 'Saisie équipe',
  cpam: 'Liste CPAM',
};

export const LOSS_REASON_LABELS: Record<GpLossReason, string> = {
  retirement: 'Mon médecin est parti à la retraite',
  move: "J'ai déménagé",
  gpMoved: 'Mon médecin est parti ou a déménagé',
  death: 'Mon médecin est décédé',
  other: 'Autre raison',
};
