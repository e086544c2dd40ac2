import { describe, expect, it } from 'vitest';
import { amountEntry, missionTerms } from './aci-version.ts';
import { ACI_2019_AVENANT_2_VERSION as AV2 } from './seed-avenant-2.ts';

describe('reading a version', () => {
  it('finds an amount by taille, item and part, and nothing for a key it does not list', () => {
    expect(amountEntry(AV2, { sizeCategory: 3, item: 'pathways', part: 'variable' })?.amount.value).toBe(4_500_000);
    expect(amountEntry(AV2, { sizeCategory: 3, item: 'pathways', part: 'crisisActivation' })).toBeUndefined();
  });

  it('finds how a version defines a mission', () => {
    expect(missionTerms(AV2, 'accessToCare')?.kind).toBe('core');
    expect(missionTerms(AV2, 'professionalSupport')?.kind).toBe('optional');
  });
});
