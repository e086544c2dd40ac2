import { MAJORITY_RULE_LABELS, STRUCTURE_TYPES } from '@maillon/domain';
import { describe, expect, it } from 'vitest';
import { DUES_OPTIONS, formatEuros, MAJORITY_OPTIONS, parseEuros, STRUCTURE_TYPE_OPTIONS } from './association-labels.ts';

describe('euro amounts of dues', () => {
  it('reads amounts typed the French way into cents', () => {
    expect(parseEuros('30')).toBe(3000);
    expect(parseEuros('30,50')).toBe(3050);
    expect(parseEuros(' 1 200,5 ')).toBe(120050);
    expect(parseEuros('0')).toBe(0);
  });

  it('refuses what is not a positive amount', () => {
    expect(parseEuros('trente')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
  });

  it('writes cents as euros with a French decimal comma', () => {
    expect(formatEuros(3050)).toBe('30,50\u00a0€');
  });
});

describe('options of the association selects', () => {
  it("offers every value the domain knows, in its order, with the domain's label", () => {
    expect(STRUCTURE_TYPE_OPTIONS.map((o) => o.value)).toEqual([...STRUCTURE_TYPES]);
    expect(MAJORITY_OPTIONS).toContainEqual({ value: 'twoThirds', label: MAJORITY_RULE_LABELS.twoThirds });
    expect(DUES_OPTIONS.map((o) => o.label)).toEqual(['Réglée', 'Non réglée', 'Sans cotisation']);
  });
});
