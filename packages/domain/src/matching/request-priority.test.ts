import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { DEFAULT_PRIORITY_RULE, type PriorityRule } from './priority-rule.ts';
import { ageOn, comparePriority, type PriorityFacts, requestPriority } from './request-priority.ts';

const TODAY = '2026-03-10';

const makeFacts = (overrides: Partial<PriorityFacts> = {}): PriorityFacts => ({
  ald: false,
  c2s: false,
  ame: false,
  frailty: false,
  pregnancy: false,
  birthDate: '1980-05-01',
  requestedOn: '2026-01-01',
  gpLostOn: null,
  ...overrides,
});

const withFactors = (factors: PriorityRule['factors']): PriorityRule => ({ ...DEFAULT_PRIORITY_RULE, factors });
const priorityOf = (facts: Partial<PriorityFacts>, rule = DEFAULT_PRIORITY_RULE) => requestPriority(makeFacts(facts), rule, TODAY);

describe('requestPriority with the default rule', () => {
  it('ranks ALD with C2S, then ALD, then 70 or more, then everyone else', () => {
    const ranked = [
      priorityOf({ ald: true, c2s: true }),
      priorityOf({ ald: true }),
      priorityOf({ birthDate: '1950-01-01' }),
      priorityOf({ c2s: true }),
      priorityOf({}),
    ];
    expect(ranked.map((p) => p.groupId)).toEqual(['ald-c2s', 'ald', 'senior', 'others', 'others']);
    expect(ranked.map((p) => p.groupRank)).toEqual([1, 2, 3, 4, 4]);
    for (const [higher, lower] of [0, 1, 2].map((i) => [ranked[i], ranked[i + 1]] as const)) {
      expect(higher && lower && comparePriority(higher, lower)).toBeLessThan(0);
    }
  });

  it('puts an ALD patient of 80 in the ALD group, not the age group', () => {
    expect(priorityOf({ ald: true, birthDate: '1946-01-01' }).groupId).toBe('ald');
  });

  it('counts 70 from the 70th birthday, not before', () => {
    expect(priorityOf({ birthDate: '1956-03-10' }).groupId).toBe('senior');
    expect(priorityOf({ birthDate: '1956-03-11' }).groupId).toBe('others');
  });

  it('serves older requests first within a group', () => {
    const older = priorityOf({ ald: true, requestedOn: '2025-06-01' });
    const newer = priorityOf({ ald: true, requestedOn: '2026-02-01' });
    expect(older.waitingDays).toBe(282);
    expect(comparePriority(older, newer)).toBeLessThan(0);
  });

  it('never lets waiting time lift a request above a higher group', () => {
    const veteran = priorityOf({ requestedOn: '2016-01-01' });
    const fresh = priorityOf({ birthDate: '1940-01-01', requestedOn: TODAY });
    expect(comparePriority(fresh, veteran)).toBeLessThan(0);
  });

  it('explains the priority in plain French', () => {
    expect(priorityOf({ ald: true, c2s: true, requestedOn: '2025-12-06' }).explanation).toBe(
      'Prioritaire : en ALD, bénéficiaire de la C2S ; en attente depuis 94 jours',
    );
    expect(priorityOf({ birthDate: '1950-01-01', requestedOn: '2026-03-09' }).explanation).toBe(
      'Prioritaire : 70 ans ou plus ; en attente depuis 1 jour',
    );
    expect(priorityOf({ requestedOn: TODAY }).explanation).toBe('Sans critère de priorité ; demande du jour');
  });

  it('gives weights strictly decreasing with the group', () => {
    const weights = [{ ald: true, c2s: true }, { ald: true }, { birthDate: '1950-01-01' }, {}].map((f) => priorityOf(f).weight);
    expect(weights).toEqual([4, 3, 2, 1]);
  });
});

describe('requestPriority with optional factors', () => {
  const cases: { name: string; criterion: PriorityRule['factors'][number]['criterion']; facts: Partial<PriorityFacts>; phrase: string }[] =
    [
      { name: 'AME', criterion: 'ame', facts: { ame: true }, phrase: "bénéficiaire de l'AME (+5)" },
      { name: 'frailty', criterion: 'frailty', facts: { frailty: true }, phrase: 'en situation de fragilité (+5)' },
      { name: 'pregnancy', criterion: 'pregnancy', facts: { pregnancy: true }, phrase: 'grossesse en cours (+5)' },
      { name: 'a child under 16', criterion: 'child', facts: { birthDate: '2015-01-01' }, phrase: 'enfant de moins de 16 ans (+5)' },
      {
        name: 'a GP lost less than 12 months ago',
        criterion: 'recentGpLoss',
        facts: { gpLostOn: '2025-04-01' },
        phrase: 'a perdu son médecin traitant il y a moins de 12 mois (+5)',
      },
    ];
  for (const { name, criterion, facts, phrase } of cases) {
    it(`adds the points of ${name} within the group, and says so`, () => {
      const rule = withFactors([{ criterion, points: 5 }]);
      const met = priorityOf({ ...facts, requestedOn: TODAY }, rule);
      const waitingLonger = priorityOf({ requestedOn: '2024-01-01' }, rule);
      expect(met.groupId).toBe('others');
      expect(met.points).toBe(5);
      expect(met.factors).toEqual([criterion]);
      expect(met.explanation).toBe(`Sans critère de priorité ; facteur retenu : ${phrase} ; demande du jour`);
      expect(comparePriority(met, waitingLonger)).toBeLessThan(0);
      expect(met.weight).toBeGreaterThan(waitingLonger.weight);
      // Switched off, the same facts change nothing.
      expect(priorityOf({ ...facts, requestedOn: TODAY }).points).toBe(0);
    });
  }

  it('adds up several factors and orders by their total', () => {
    const rule = withFactors([
      { criterion: 'ame', points: 3 },
      { criterion: 'pregnancy', points: 10 },
    ]);
    const both = priorityOf({ ame: true, pregnancy: true }, rule);
    const pregnant = priorityOf({ pregnancy: true }, rule);
    const ame = priorityOf({ ame: true }, rule);
    expect([both.points, pregnant.points, ame.points]).toEqual([13, 10, 3]);
    expect(comparePriority(both, pregnant)).toBeLessThan(0);
    expect(comparePriority(pregnant, ame)).toBeLessThan(0);
    expect(both.explanation).toContain('facteurs retenus : ');
  });

  it('does not count a GP lost 12 months ago or more as a recent loss', () => {
    const rule = withFactors([{ criterion: 'recentGpLoss', points: 5 }]);
    expect(priorityOf({ gpLostOn: '2025-03-10' }, rule).points).toBe(0);
    expect(priorityOf({ gpLostOn: '2025-03-11' }, rule).points).toBe(5);
  });
});

describe('requestPriority inputs', () => {
  it('refuses a request dated after the reference date, naming the field', () => {
    expect(() => priorityOf({ requestedOn: '2026-03-11' })).toThrow(DomainError);
    try {
      priorityOf({ birthDate: '1980-02-30' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID', field: 'birthDate' });
    }
  });

  it('computes ages in whole years, 29 February included', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageOn('1956-03-10', '2026-03-10')).toBe(70);
  });
});
