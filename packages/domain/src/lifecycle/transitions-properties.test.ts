import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { STAGES, type Stage } from './stages.ts';
import { allowedTransitions, planTransition, type TransitionActor, type TransitionRecord } from './transitions.ts';

const TODAY = '2026-06-15';

/**
 * One requested step: a target stage (any stage, or, to walk further down the line, the n-th
 * allowed one), who is acting, an optional reason and an optional date.
 */
const stepArb = fc.record({
  to: fc.constantFrom(...STAGES),
  pickAllowed: fc.option(fc.nat(), { nil: undefined }),
  actors: fc.constantFrom<readonly TransitionActor[]>(['coordinator'], ['regulator'], ['coordinator', 'regulator'], []),
  comment: fc.option(fc.constantFrom('Décision ARS', '  ', ''), { nil: undefined }),
  date: fc.option(fc.constantFrom('2025-01-01', '2025-09-30', '2026-06-15', '2026-06-16', '2026-02-30', 'hier'), { nil: undefined }),
});

describe('planTransition properties', () => {
  it('for any sequence of requests, either refuses with a DomainError or returns a step allowed from the current stage', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        let current: Stage = 'contact';
        const history: TransitionRecord[] = [{ from: null, to: 'contact', occurredOn: '2024-12-01', comment: null }];
        for (const step of steps) {
          const allowed = allowedTransitions(current, history);
          const to =
            step.pickAllowed !== undefined && allowed.length > 0 ? (allowed[step.pickAllowed % allowed.length]?.to as Stage) : step.to;
          let record: TransitionRecord;
          try {
            record = planTransition({
              current,
              history,
              to,
              date: step.date,
              comment: step.comment,
              canAct: (actor) => step.actors.includes(actor),
              today: TODAY,
            });
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            continue;
          }
          const rule = allowed.find((r) => r.to === record.to);
          expect(rule).toBeDefined();
          expect(record.from).toBe(current);
          expect(record.to).toBe(to);
          expect(step.actors).toContain(rule?.actor);
          if (rule?.commentRequired) expect(record.comment?.trim()).toBeTruthy();
          expect(record.occurredOn <= TODAY).toBe(true);
          expect(record.occurredOn >= (history.at(-1)?.occurredOn ?? '')).toBe(true);
          history.push(record);
          current = record.to;
        }
      }),
    );
  });

  it('refuses exactly the stages that allowedTransitions does not list, as illegal transitions on field "to"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), fc.constantFrom(...STAGES), (current, to) => {
        const history: TransitionRecord[] = [
          { from: null, to: 'contact', occurredOn: '2025-01-01', comment: null },
          { from: 'healthProjectDrafting', to: 'suspended', occurredOn: '2025-02-01', comment: 'Pause' },
        ];
        const listed = allowedTransitions(current, history).some((r) => r.to === to);
        const request = { current, history, to, comment: 'Raison', canAct: () => true, today: TODAY };
        if (listed) {
          expect(planTransition(request).to).toBe(to);
        } else {
          expect(() => planTransition(request)).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', field: 'to' }));
        }
      }),
    );
  });

  it('never allows a move into a side state that requires no reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), (current) => {
        const history: TransitionRecord[] = [{ from: 'operating', to: 'suspended', occurredOn: '2025-01-01', comment: 'x' }];
        for (const rule of allowedTransitions(current, history)) {
          if (rule.to === 'suspended' || rule.to === 'dissolved' || rule.to === 'merged' || rule.from === 'suspended') {
            expect(rule.commentRequired).toBe(true);
            expect(rule.actor).toBe('regulator');
          }
        }
      }),
    );
  });
});
