import type { StageDto } from '@maillon/contracts';

/** Every lifecycle stage, in order (mirrors STAGE_VALUES without pulling zod into the bundle). */
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
] as const satisfies readonly StageDto[];

/** The nine stages of the main line, from first contact to operation. */
export const MAIN_LINE_STAGES: readonly StageDto[] = STAGES.slice(0, 9);

export const ARCHIVED_STAGES: readonly StageDto[] = ['dissolved', 'merged'];

export const STAGE_LABELS: Record<StageDto, string> = {
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

export function stageLabel(stage: string): string {
  return (STAGE_LABELS as Record<string, string>)[stage] ?? stage;
}

/** Coverage level used by the map: 1 early project, 2 letter of intent validated or later, 3 ACI signed / operating. */
export function stageLevel(stage: StageDto): 0 | 1 | 2 | 3 {
  if (stage === 'aciSigned' || stage === 'operating') return 3;
  if (stage === 'contact' || stage === 'letterOfIntentSubmitted') return 1;
  if (stage === 'suspended' || stage === 'dissolved' || stage === 'merged') return 0;
  return 2;
}

/** Badge colour of a stage (filled badges; the theme picks a readable text colour). */
export function stageColor(stage: StageDto): string {
  switch (stageLevel(stage)) {
    case 3:
      return 'blue';
    case 2:
      return 'cyan';
    case 1:
      return 'gray';
    default:
      return stage === 'suspended' ? 'orange' : 'dark';
  }
}
