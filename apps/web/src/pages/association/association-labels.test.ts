import { MAJORITY_RULE_LABELS, STRUCTURE_TYPES } from '@maillon/domain';
import { describe, expect, it } from 'vitest';
import { DUES_OPTIONS, MAJORITY_OPTIONS, STRUCTURE_TYPE_OPTIONS } from './association-labels.ts';

describe('options of the association selects', () => {
  it("offers every value the domain knows, in its order, with the domain's label", () => {
    expect(STRUCTURE_TYPE_OPTIONS.map((o) => o.value)).toEqual([...STRUCTURE_TYPES]);
    expect(MAJORITY_OPTIONS).toContainEqual({ value: 'twoThirds', label: MAJORITY_RULE_LABELS.twoThirds });
    expect(DUES_OPTIONS.map((o) => o.label)).toEqual(['Réglée', 'Non réglée', 'Sans cotisation']);
  });
});
