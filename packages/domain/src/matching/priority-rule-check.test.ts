import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY_RULE, type PriorityRule } from './priority-rule.ts';
import { checkPriorityRule } from './priority-rule-check.ts';

const fieldOf = (rule: PriorityRule): string | undefined => {
  try {
    checkPriorityRule(rule);
  } catch (error) {
    return (error as { field?: string }).field;
  }
  return undefined;
};
const withGroups = (groups: PriorityRule['groups']): PriorityRule => ({ ...DEFAULT_PRIORITY_RULE, groups });
const others = { id: 'others', label: 'Autres', requires: [] };

describe('checkPriorityRule', () => {
  it('accepts the default rule', () => {
    expect(() => checkPriorityRule(DEFAULT_PRIORITY_RULE)).not.toThrow();
  });

  it('refuses a group placed after one that already takes all its requests', () => {
    const rule = withGroups([
      { id: 'ald', label: 'ALD', requires: ['ald'] },
      { id: 'ald-c2s', label: 'ALD et C2S', requires: ['ald', 'c2s'] },
      others,
    ]);
    expect(() => checkPriorityRule(rule)).toThrow(/ne recevrait aucune demande/);
    expect(fieldOf(rule)).toBe('groups[1].requires');
  });

  it('requires a last group without criteria', () => {
    expect(fieldOf(withGroups([{ id: 'ald', label: 'ALD', requires: ['ald'] }]))).toBe('groups[0].requires');
    expect(fieldOf(withGroups([]))).toBe('groups');
  });

  it('names the offending group field', () => {
    expect(fieldOf(withGroups([{ id: 'Mauvais id', label: 'x', requires: [] }]))).toBe('groups[0].id');
    expect(fieldOf(withGroups([{ id: 'a', label: '  ', requires: [] }]))).toBe('groups[0].label');
    expect(
      fieldOf(
        withGroups([
          { id: 'a', label: 'A', requires: ['ald'] },
          { id: 'a', label: 'B', requires: [] },
        ]),
      ),
    ).toBe('groups[1].id');
    expect(fieldOf(withGroups([{ id: 'a', label: 'A', requires: ['ald', 'ald'] }, others]))).toBe('groups[0].requires[1]');
    expect(fieldOf(withGroups([{ id: 'a', label: 'A', requires: ['cmu' as 'ald'] }, others]))).toBe('groups[0].requires[0]');
    expect(fieldOf(withGroups([{ id: 'a', label: 'A', requires: ['child', 'senior'] }, others]))).toBe('groups[0].requires');
  });

  it('checks factors and thresholds', () => {
    expect(fieldOf({ ...DEFAULT_PRIORITY_RULE, factors: [{ criterion: 'ame', points: 0 }] })).toBe('factors[0].points');
    expect(fieldOf({ ...DEFAULT_PRIORITY_RULE, factors: [{ criterion: 'ame', points: 2.5 }] })).toBe('factors[0].points');
    expect(
      fieldOf({
        ...DEFAULT_PRIORITY_RULE,
        factors: [
          { criterion: 'ame', points: 1 },
          { criterion: 'ame', points: 2 },
        ],
      }),
    ).toBe('factors[1].criterion');
    expect(fieldOf({ ...DEFAULT_PRIORITY_RULE, seniorAge: 40 })).toBe('seniorAge');
    expect(fieldOf({ ...DEFAULT_PRIORITY_RULE, childUnderAge: 0 })).toBe('childUnderAge');
    expect(fieldOf({ ...DEFAULT_PRIORITY_RULE, recentGpLossMonths: 61 })).toBe('recentGpLossMonths');
  });

  it('says what is wrong in French', () => {
    expect(() => checkPriorityRule({ ...DEFAULT_PRIORITY_RULE, seniorAge: 120 })).toThrow('nombre entier entre 50 et 100');
  });
});
