import type { CptsDetail, StageDto } from '@maillon/contracts';
import { MAIN_LINE_STAGES } from '../../../lib/stage-labels.ts';

export type AllowedTransition = CptsDetail['allowedTransitions'][number];

type Kind = 'forward' | 'backward' | 'side' | 'resume';

const SIDE_STATES: readonly StageDto[] = ['suspended', 'dissolved', 'merged'];

function kindOf(current: StageDto, transition: AllowedTransition): Kind {
  if (SIDE_STATES.includes(transition.to)) return 'side';
  if (current === 'suspended') return 'resume';
  return MAIN_LINE_STAGES.indexOf(transition.to) < MAIN_LINE_STAGES.indexOf(current) ? 'backward' : 'forward';
}

const REGULATOR_VERBS: Record<Kind, string> = {
  forward: 'Valider',
  backward: 'Renvoyer à',
  side: 'Déclarer',
  resume: 'Reprendre à',
};

/** "Demander : …" for the coordination, "Valider : …" (or "Renvoyer à", "Déclarer"…) for the ARS/CPAM. */
export function transitionButtonLabel(current: StageDto, transition: AllowedTransition): string {
  const verb = transition.actor === 'coordinator' ? 'Demander' : REGULATOR_VERBS[kindOf(current, transition)];
  return `${verb} : ${transition.label}`;
}

/** Why a transition is listed but not available to the current user. */
export function pendingLabel(current: StageDto, transition: AllowedTransition): string {
  if (transition.actor === 'coordinator') return `En attente d'une demande de la coordination de la CPTS : ${transition.label}`;
  if (kindOf(current, transition) === 'forward') return `En attente de validation par l'ARS : ${transition.label}`;
  return `Décision réservée à l'ARS : ${transition.label}`;
}
