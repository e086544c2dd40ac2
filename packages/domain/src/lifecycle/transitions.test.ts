import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { Stage } from './stages.ts';
import {
  allowedTransitions,
  checkFirstStepDate,
  planTransition,
  stageBeforeSuspension,
  type TransitionActor,
  type TransitionRecord,
  type TransitionRequest,
} from './transitions.ts';

const TODAY = '2026-06-15';
const anyone = () => true;
const only = (actor: TransitionActor) => (a: TransitionActor) => a === actor;

/** A history that went through `stages` in order, one week apart, starting on 2025-01-06. */
function makeHistory(stages: readonly Stage[]): TransitionRecord[] {
  return stages.map((to, i) => ({
    from: i === 0 ? null : (stages[i - 1] as Stage),
    to,
    occurredOn: new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10),
    comment: null,
  }));
}

function makeRequest(path: readonly Stage[], to: Stage, overrides: Partial<TransitionRequest> = {}): TransitionRequest {
  return { current: path.at(-1) as Stage, history: makeHistory(path), to, canAct: anyone, today: TODAY, ...overrides };
}

function errorOf(request: TransitionRequest): DomainError {
  try {
    planTransition(request);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected planTransition to refuse the request');
}

/** A canAct that remembers which actors it was asked about and grants everything. */
function makeActorSpy() {
  const calls: TransitionActor[] = [];
  return {
    calls,
    fn: (actor: TransitionActor) => {
      calls.push(actor);
      return true;
    },
  };
}

const MAIN_LINE_STEPS: [Stage, Stage, TransitionActor][] = [
  ['contact', 'letterOfIntentSubmitted', 'coordinator'],
  ['letterOfIntentSubmitted', 'letterOfIntentValidated', 'regulator'],
  ['letterOfIntentValidated', 'reviewCommitteeOpinion', 'regulator'],
  ['reviewCommitteeOpinion', 'healthProjectDrafting', 'coordinator'],
  ['healthProjectDrafting', 'healthProjectSubmitted', 'coordinator'],
  ['healthProjectSubmitted', 'healthProjectValidated', 'regulator'],
  ['healthProjectValidated', 'aciSigned', 'regulator'],
  ['aciSigned', 'operating', 'coordinator'],
];
const PATH_TO_OPERATING: Stage[] = ['contact', ...MAIN_LINE_STEPS.map(([, to]) => to)];
const pathTo = (stage: Stage) => PATH_TO_OPERATING.slice(0, PATH_TO_OPERATING.indexOf(stage) + 1);

describe('planTransition on the main line', () => {
  it.each(MAIN_LINE_STEPS)('lets the right actor move a CPTS from %s to %s (%s)', (from, to, actor) => {
    const record = planTransition(makeRequest(pathTo(from), to, { canAct: only(actor) }));
    expect(record).toEqual({ from, to, occurredOn: TODAY, comment: null });
  });

  it.each(MAIN_LINE_STEPS)('forbids the other actor to move a CPTS from %s to %s', (from, to, actor) => {
    const other: TransitionActor = actor === 'regulator' ? 'coordinator' : 'regulator';
    const error = errorOf(makeRequest(pathTo(from), to, { canAct: only(other) }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.field).toBe('to');
  });

  it('walks a CPTS from first contact to operating', () => {
    const history: TransitionRecord[] = makeHistory(['contact']);
    let current: Stage = 'contact';
    for (const [, to] of MAIN_LINE_STEPS) {
      const record = planTransition({ current, history, to, canAct: anyone, today: TODAY });
      history.push(record);
      current = record.to;
    }
    expect(current).toBe('operating');
    expect(history.map((r) => r.from)).toEqual([null, ...PATH_TO_OPERATING.slice(0, -1)]);
  });

  it.each<[Stage, Stage]>([
    ['contact', 'operating'],
    ['contact', 'letterOfIntentValidated'],
    ['letterOfIntentSubmitted', 'aciSigned'],
    ['letterOfIntentValidated', 'letterOfIntentSubmitted'],
    ['healthProjectValidated', 'healthProjectSubmitted'],
    ['operating', 'aciSigned'],
    ['operating', 'contact'],
    ['aciSigned', 'aciSigned'],
  ])('refuses a transition from %s to %s', (from, to) => {
    const error = errorOf(makeRequest(pathTo(from), to, { comment: 'raison' }));
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(error.field).toBe('to');
  });

  it.each<Stage>(['contact', 'letterOfIntentSubmitted'])('refuses to suspend a CPTS still at %s', (from) => {
    expect(errorOf(makeRequest(pathTo(from), 'suspended', { comment: 'raison' })).code).toBe('ILLEGAL_TRANSITION');
  });

  it('asks the regulator to validate a letter of intent, and lets it send one back with a reason', () => {
    const canAct = makeActorSpy();
    planTransition(makeRequest(pathTo('letterOfIntentSubmitted'), 'letterOfIntentValidated', { canAct: canAct.fn }));
    expect(canAct.calls).toEqual(['regulator']);
    const back = planTransition(
      makeRequest(pathTo('letterOfIntentSubmitted'), 'contact', { comment: '  Territoire à revoir ', canAct: only('regulator') }),
    );
    expect(back).toEqual({ from: 'letterOfIntentSubmitted', to: 'contact', occurredOn: TODAY, comment: 'Territoire à revoir' });
  });
});

describe('planTransition dates', () => {
  const path = pathTo('contact');

  it('dates the step today when no date is given, and keeps a given past date', () => {
    expect(planTransition(makeRequest(path, 'letterOfIntentSubmitted')).occurredOn).toBe(TODAY);
    expect(planTransition(makeRequest(path, 'letterOfIntentSubmitted', { date: '2026-03-29' })).occurredOn).toBe('2026-03-29');
  });

  it('refuses a date in the future', () => {
    const error = errorOf(makeRequest(path, 'letterOfIntentSubmitted', { date: '2026-06-16' }));
    expect([error.code, error.field]).toEqual(['INVALID', 'date']);
  });

  it('refuses a date before the previous step, and accepts the same day', () => {
    const history = makeHistory(path);
    const previous = history.at(-1)?.occurredOn as string;
    expect(previous).toBe('2025-01-06');
    const error = errorOf(makeRequest(path, 'letterOfIntentSubmitted', { date: '2025-01-05' }));
    expect([error.code, error.field]).toEqual(['INVALID', 'date']);
    expect(planTransition(makeRequest(path, 'letterOfIntentSubmitted', { date: previous })).occurredOn).toBe(previous);
  });

  it.each(['2026-6-1', '15/06/2026', '2026-02-30', '2026-13-01', '2025-02-29', '', '2026-06-01T10:00:00Z'])(
    'refuses the malformed date %j',
    (date) => {
      const error = errorOf(makeRequest(path, 'letterOfIntentSubmitted', { date }));
      expect([error.code, error.field]).toEqual(['INVALID', 'date']);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(planTransition(makeRequest(path, 'letterOfIntentSubmitted', { date: '2024-02-29', history: [] })).occurredOn).toBe('2024-02-29');
  });
});

describe('planTransition comments', () => {
  it.each<[Stage, Stage]>([
    ['letterOfIntentSubmitted', 'contact'],
    ['healthProjectSubmitted', 'healthProjectDrafting'],
    ['operating', 'suspended'],
    ['contact', 'dissolved'],
    ['aciSigned', 'merged'],
  ])('requires a comment to go from %s to %s', (from, to) => {
    for (const comment of [undefined, '', '   ']) {
      const error = errorOf(makeRequest(pathTo(from), to, { comment }));
      expect([error.code, error.field]).toEqual(['INVALID', 'comment']);
    }
    expect(planTransition(makeRequest(pathTo(from), to, { comment: 'Décision du comité' })).comment).toBe('Décision du comité');
  });

  it('stores an optional comment on a forward step, trimmed, or null when blank', () => {
    expect(planTransition(makeRequest(pathTo('contact'), 'letterOfIntentSubmitted', { comment: '  Dossier complet ' })).comment).toBe(
      'Dossier complet',
    );
    expect(planTransition(makeRequest(pathTo('contact'), 'letterOfIntentSubmitted', { comment: '  ' })).comment).toBeNull();
  });
});

describe('suspension and terminal states', () => {
  const suspendedFromDrafting = [...makeHistory(pathTo('healthProjectDrafting'))];
  suspendedFromDrafting.push({ from: 'healthProjectDrafting', to: 'suspended', occurredOn: '2026-01-10', comment: 'Gouvernance' });

  it('remembers the stage a CPTS was suspended from', () => {
    expect(stageBeforeSuspension(suspendedFromDrafting)).toBe('healthProjectDrafting');
    expect(stageBeforeSuspension(makeHistory(pathTo('operating')))).toBeNull();
  });

  it('lets a suspended CPTS resume only to the stage before suspension, or end', () => {
    const targets = allowedTransitions('suspended', suspendedFromDrafting).map((r) => r.to);
    expect(targets.sort()).toEqual(['dissolved', 'healthProjectDrafting', 'merged']);
    const request = { current: 'suspended' as const, history: suspendedFromDrafting, canAct: anyone, today: TODAY, comment: 'Reprise' };
    expect(planTransition({ ...request, to: 'healthProjectDrafting' })).toMatchObject({ from: 'suspended', to: 'healthProjectDrafting' });
    for (const to of ['operating', 'contact', 'healthProjectSubmitted', 'suspended'] as const) {
      expect(errorOf({ ...request, to }).code).toBe('ILLEGAL_TRANSITION');
    }
  });

  it('asks the regulator, with a reason, to resume a suspended CPTS', () => {
    const request = { current: 'suspended' as const, history: suspendedFromDrafting, to: 'healthProjectDrafting' as const, today: TODAY };
    expect(errorOf({ ...request, canAct: only('coordinator'), comment: 'Reprise' }).code).toBe('FORBIDDEN');
    expect(errorOf({ ...request, canAct: only('regulator') }).field).toBe('comment');
  });

  it('resumes to the stage of the latest suspension when suspended twice', () => {
    const history: TransitionRecord[] = [
      ...suspendedFromDrafting,
      { from: 'suspended', to: 'healthProjectDrafting', occurredOn: '2026-02-01', comment: 'Reprise' },
      { from: 'healthProjectDrafting', to: 'healthProjectSubmitted', occurredOn: '2026-03-01', comment: null },
      { from: 'healthProjectSubmitted', to: 'suspended', occurredOn: '2026-04-01', comment: 'Conflit' },
    ];
    const resume = allowedTransitions('suspended', history).filter((r) => r.to !== 'dissolved' && r.to !== 'merged');
    expect(resume.map((r) => r.to)).toEqual(['healthProjectSubmitted']);
  });

  it.each<Stage>(['dissolved', 'merged'])('allows no transition at all out of %s', (stage) => {
    expect(allowedTransitions(stage, makeHistory(['contact', stage]))).toEqual([]);
    for (const to of ['contact', 'operating', 'suspended', 'dissolved', 'merged'] as const) {
      const error = errorOf({ current: stage, history: makeHistory(['contact', stage]), to, canAct: anyone, today: TODAY, comment: 'x' });
      expect(error.code).toBe('ILLEGAL_TRANSITION');
    }
  });

  it('lets the regulator dissolve or merge a CPTS from any active stage, with a reason', () => {
    for (const stage of [...PATH_TO_OPERATING, 'suspended'] as const) {
      const ends = allowedTransitions(stage, suspendedFromDrafting).filter((r) => r.to === 'dissolved' || r.to === 'merged');
      expect(ends.map((r) => [r.to, r.actor, r.commentRequired])).toEqual([
        ['dissolved', 'regulator', true],
        ['merged', 'regulator', true],
      ]);
    }
  });
});

describe('the date of the first step', () => {
  it('takes a past date, refuses the future and anything before the law of 26 January 2016', () => {
    expect(checkFirstStepDate('2017-02-14', '2026-11-22')).toBe('2017-02-14');
    expect(() => checkFirstStepDate('2026-11-23', '2026-11-22')).toThrow(/futur/);
    expect(() => checkFirstStepDate('2015-12-31', '2026-11-22')).toThrow(/26 janvier 2016/);
    expect(() => checkFirstStepDate('2017-02-30', '2026-11-22')).toThrow(/AAAA-MM-JJ/);
  });
});
