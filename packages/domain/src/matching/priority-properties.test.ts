import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../lifecycle/dates.ts';
import { PRIORITY_CRITERIA, type PriorityCriterion } from './priority-criteria.ts';
import type { PriorityGroup, PriorityRule } from './priority-rule.ts';
import { checkPriorityRule } from './priority-rule-check.ts';
import { comparePriority, type PriorityFacts, type RequestPriority, requestPriority } from './request-priority.ts';

const TODAY = '2026-03-10';
const dayArb = fc
  .integer({ min: 0, max: 3_000 })
  .map((days) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10));
const birthArb = fc.integer({ min: 0, max: 100 * 12 }).map((months) => addMonths(TODAY, -months));

const factsArb: fc.Arbitrary<PriorityFacts> = fc.record({
  ald: fc.boolean(),
  c2s: fc.boolean(),
  ame: fc.boolean(),
  frailty: fc.boolean(),
  pregnancy: fc.boolean(),
  birthDate: birthArb,
  requestedOn: dayArb,
  gpLostOn: fc.option(dayArb, { nil: null }),
});

/** Random valid rules: groups from random criteria sets, dropping those an earlier group shadows. */
const ruleArb: fc.Arbitrary<PriorityRule> = fc
  .record({
    sets: fc.array(fc.subarray([...PRIORITY_CRITERIA], { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
    factors: fc
      .subarray([...PRIORITY_CRITERIA])
      .chain((criteria) =>
        fc.tuple(...criteria.map((criterion) => fc.integer({ min: 1, max: 100 }).map((points) => ({ criterion, points })))),
      ),
  })
  .map(({ sets, factors }) => {
    const groups: PriorityGroup[] = [];
    for (const requires of sets) {
      if (requires.includes('child') && requires.includes('senior')) continue;
      if (groups.some((g) => g.requires.every((c) => requires.includes(c)))) continue;
      groups.push({ id: `g${groups.length}`, label: `Groupe ${groups.length}`, requires: requires as PriorityCriterion[] });
    }
    groups.push({ id: 'others', label: 'Autres', requires: [] });
    return { groups, factors, seniorAge: 70, childUnderAge: 16, recentGpLossMonths: 12 };
  });

/** The order the rule states, written out independently of the score. */
const statedOrder = (a: RequestPriority, b: RequestPriority) =>
  a.groupRank - b.groupRank || b.points - a.points || b.waitingDays - a.waitingDays;
const before = (a: RequestPriority, b: RequestPriority) => comparePriority(a, b) < 0;

describe('request priority properties', () => {
  it('generates only rules the check accepts', () => {
    fc.assert(fc.property(ruleArb, (rule) => checkPriorityRule(rule)));
  });

  it('orders requests as a strict weak order that follows group, then points, then waiting time', () => {
    fc.assert(
      fc.property(ruleArb, fc.array(factsArb, { minLength: 3, maxLength: 3 }), (rule, facts) => {
        const [a, b, c] = facts.map((f) => requestPriority(f, rule, TODAY)) as [RequestPriority, RequestPriority, RequestPriority];
        expect(before(a, a)).toBe(false);
        if (before(a, b)) expect(before(b, a)).toBe(false);
        if (before(a, b) && before(b, c)) expect(before(a, c)).toBe(true);
        const tie = (x: RequestPriority, y: RequestPriority) => !before(x, y) && !before(y, x);
        if (tie(a, b) && tie(b, c)) expect(tie(a, c)).toBe(true);
        for (const [x, y] of [
          [a, b],
          [b, c],
          [a, c],
        ] as const) {
          expect(Math.sign(comparePriority(x, y))).toBe(Math.sign(statedOrder(x, y)));
          expect(Math.sign(y.weight - x.weight)).toBe(Math.sign(x.groupRank - y.groupRank || y.points - x.points));
        }
      }),
    );
  });

  it('lets waiting time break ties within a group only', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, factsArb, dayArb, dayArb, (rule, f, g, dayF, dayG) => {
        const a = requestPriority(f, rule, TODAY);
        const b = requestPriority(g, rule, TODAY);
        const a2 = requestPriority({ ...f, requestedOn: dayF }, rule, TODAY);
        const b2 = requestPriority({ ...g, requestedOn: dayG }, rule, TODAY);
        // Waiting time changes neither the group, the points nor the matching weight…
        expect([a2.groupId, a2.points, a2.weight]).toEqual([a.groupId, a.points, a.weight]);
        // …so across groups (or points) the order holds whatever the request dates.
        if (a.groupRank !== b.groupRank || a.points !== b.points) expect(before(a2, b2)).toBe(before(a, b));
        else expect(Math.sign(comparePriority(a2, b2))).toBe(Math.sign(b2.waitingDays - a2.waitingDays));
      }),
    );
  });
});
