import type { StageDto } from '@maillon/contracts';

// One definition of the stages and their French labels: the domain's (pure, no zod).
import { MAIN_LINE, STAGE_LABELS, STAGES } from '@maillon/domain/stages';

export { STAGE_LABELS, STAGES };

/** The nine stages of the main line, from first contact to operation. */
export const MAIN_LINE_STAGES: readonly StageDto[] = MAIN_LINE;

export const ARCHIVED_STAGES: readonly StageDto[] = ['dissolved', 'merged'];

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
