import { DomainError, invalid } from '../errors.ts';
import { isIsoDate } from './dates.ts';
import { isActive, STAGE_LABELS, type Stage } from './stages.ts';

/** Who may perform a transition: the CPTS itself requests, the ARS (with the CPAM) validates. */
export type TransitionActor = 'coordinator' | 'regulator';

export interface TransitionRule {
  from: Stage;
  to: Stage;
  actor: TransitionActor;
  /** Backward moves and side states must say why. */
  commentRequired: boolean;
}

const forward = (from: Stage, to: Stage, actor: TransitionActor): TransitionRule => ({
  from,
  to,
  actor,
  commentRequired: false,
});
const withReason = (from: Stage, to: Stage, actor: TransitionActor): TransitionRule => ({
  from,
  to,
  actor,
  commentRequired: true,
});

/** The allowed moves on the main line; suspension, dissolution and merger are added below. */
const MAIN_RULES: readonly TransitionRule[] = [
  forward('contact', 'letterOfIntentSubmitted', 'coordinator'),
  forward('letterOfIntentSubmitted', 'letterOfIntentValidated', 'regulator'),
  withReason('letterOfIntentSubmitted', 'contact', 'regulator'),
  forward('letterOfIntentValidated', 'reviewCommitteeOpinion', 'regulator'),
  forward('reviewCommitteeOpinion', 'healthProjectDrafting', 'coordinator'),
  forward('healthProjectDrafting', 'healthProjectSubmitted', 'coordinator'),
  forward('healthProjectSubmitted', 'healthProjectValidated', 'regulator'),
  withReason('healthProjectSubmitted', 'healthProjectDrafting', 'regulator'),
  forward('healthProjectValidated', 'aciSigned', 'regulator'),
  forward('aciSigned', 'operating', 'coordinator'),
];

const SUSPENDABLE: readonly Stage[] = [
  'letterOfIntentValidated',
  'reviewCommitteeOpinion',
  'healthProjectDrafting',
  'healthProjectSubmitted',
  'healthProjectValidated',
  'aciSigned',
  'operating',
];

export interface TransitionRecord {
  from: Stage | null;
  to: Stage;
  /** ISO date (YYYY-MM-DD) on which the step happened. */
  occurredOn: string;
  comment: string | null;
}

/** The stage a suspended CPTS returns to: the one it was suspended from. */
export function stageBeforeSuspension(history: readonly TransitionRecord[]): Stage | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const record = history[i];
    if (record?.to === 'suspended') return record.from;
  }
  return null;
}

/** Every transition allowed from `current`, given the history (needed to resume). */
export function allowedTransitions(current: Stage, history: readonly TransitionRecord[]): TransitionRule[] {
  if (!isActive(current)) return [];
  const rules = MAIN_RULES.filter((rule) => rule.from === current);
  if (SUSPENDABLE.includes(current)) rules.push(withReason(current, 'suspended', 'regulator'));
  if (current === 'suspended') {
    const resumeTo = stageBeforeSuspension(history);
    if (resumeTo) rules.push(withReason('suspended', resumeTo, 'regulator'));
  }
  rules.push(withReason(current, 'dissolved', 'regulator'), withReason(current, 'merged', 'regulator'));
  return rules;
}

export interface TransitionRequest {
  current: Stage;
  history: readonly TransitionRecord[];
  to: Stage;
  /** Defaults to today. */
  date?: string | undefined;
  comment?: string | undefined;
  /** What the acting user may do on this CPTS. */
  canAct: (actor: TransitionActor) => boolean;
  today: string;
}

/**
 * Checks a requested lifecycle step and returns the record to store. Refuses, without any
 * side effect, a transition not in the table, one the actor may not perform, a date in the
 * future or before the previous step, and a backward move or side state without a reason.
 */
export function planTransition(request: TransitionRequest): TransitionRecord {
  const { current, history, to, today } = request;
  const rule = allowedTransitions(current, history).find((candidate) => candidate.to === to);
  if (!rule) {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `Transition impossible : « ${STAGE_LABELS[current]} » ne peut pas passer à « ${STAGE_LABELS[to]} ».`,
      'to',
    );
  }
  if (!request.canAct(rule.actor)) {
    throw new DomainError(
      'FORBIDDEN',
      rule.actor === 'regulator'
        ? `L'étape « ${STAGE_LABELS[to]} » doit être validée par l'ARS ou la CPAM.`
        : `L'étape « ${STAGE_LABELS[to]} » est demandée par l'équipe de coordination de la CPTS.`,
      'to',
    );
  }
  const occurredOn = request.date ?? today;
  if (!isIsoDate(occurredOn)) throw invalid('date', 'La date doit être au format AAAA-MM-JJ.');
  if (occurredOn > today) throw invalid('date', "La date d'une étape ne peut pas être dans le futur.");
  const last = history.at(-1);
  if (last && occurredOn < last.occurredOn) {
    throw invalid('date', `La date ne peut pas précéder l'étape précédente (${last.occurredOn}).`);
  }
  const comment = request.comment?.trim() || null;
  if (rule.commentRequired && !comment) {
    throw invalid('comment', 'Un commentaire expliquant la raison est obligatoire pour cette étape.');
  }
  return { from: current, to, occurredOn, comment };
}

/**
 * CPTS exist since the loi of 26 January 2016 (art. L1434-12 CSP, docs/reference/cpts-lifecycle.md
 * §1): no step of a CPTS's history can be older.
 */
export const CPTS_LAW_DATE = '2016-01-26';

/** The date of a CPTS's first recorded step (its registration): a real past date, not before the law. */
export function checkFirstStepDate(date: string, today: string): string {
  if (!isIsoDate(date)) throw invalid('date', 'La date doit être au format AAAA-MM-JJ.');
  if (date > today) throw invalid('date', "La date d'une étape ne peut pas être dans le futur.");
  if (date < CPTS_LAW_DATE)
    throw invalid('date', 'Les CPTS existent depuis la loi du 26 janvier 2016 : aucune étape ne peut être plus ancienne.');
  return date;
}
