/**
 * Lifecycle stages of a CPTS, from first contact with the ARS/CPAM to the operating ACI
 * contract (docs/reference/coverage.md §3), plus the side states suspended, dissolved and merged.
 */
export const STAGES = [
  'contact',
  'letterOfIntentSubmitted',
  'letterOfIntentValidated',
  'reviewCommitteeOpinion',
  'healthProjectDrafting',
  'healthProjectSubmitted',
  'healthProjectValidated',
  'aciSigned',
  'operating',
  'suspended',
  'dissolved',
  'merged',
] as const;
export type Stage = (typeof STAGES)[number];

/** The main line, in order: a stage's rank says how far a project has come. */
export const MAIN_LINE: readonly Stage[] = STAGES.slice(0, 9);

export const STAGE_LABELS: Record<Stage, string> = {
  contact: 'Premier contact ARS/CPAM',
  letterOfIntentSubmitted: "Lettre d'intention déposée",
  letterOfIntentValidated: "Lettre d'intention validée",
  reviewCommitteeOpinion: 'Avis de la commission (CCOP)',
  healthProjectDrafting: 'Projet de santé en rédaction',
  healthProjectSubmitted: 'Projet de santé déposé',
  healthProjectValidated: 'Projet de santé validé',
  aciSigned: 'Contrat ACI signé',
  operating: 'En fonctionnement',
  suspended: 'Suspendue',
  dissolved: 'Dissoute',
  merged: 'Fusionnée',
};

/** Rank on the main line, or -1 for side states (they count towards no coverage level). */
export function stageRank(stage: Stage): number {
  return MAIN_LINE.indexOf(stage);
}

export function isAtLeast(stage: Stage, threshold: Stage): boolean {
  const rank = stageRank(stage);
  return rank >= 0 && rank >= stageRank(threshold);
}

/** Dissolved and merged CPTS no longer claim their territory. */
export function isActive(stage: Stage): boolean {
  return stage !== 'dissolved' && stage !== 'merged';
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}
