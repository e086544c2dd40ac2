import { describe, expect, it } from 'vitest';
import { makeContract, started } from '../../test/aci-contract-fixture.ts';
import { planTermination } from './termination.ts';

const contract = makeContract({ missions: [started('accessToCare', '2023-03-15'), started('pathways', '2024-02-01')] });

describe('terminating a contract', () => {
  it('returns the dated termination with its reason, past dates allowed for a history loaded late', () => {
    expect(planTermination({ contract, effectiveOn: '2024-09-01', reason: 'eligibilityLost', comment: '  ' })).toEqual({
      effectiveOn: '2024-09-01',
      reason: 'eligibilityLost',
      comment: null,
    });
  });

  it('refuses a date before the signature, on or before a mission start, or after the five years', () => {
    expect(() => planTermination({ contract, effectiveOn: '2023-03-15', reason: 'cptsRequest', comment: null })).toThrow(
      expect.objectContaining({ field: 'effectiveOn' }),
    );
    expect(() => planTermination({ contract, effectiveOn: '2024-02-01', reason: 'cptsRequest', comment: null })).toThrow(
      expect.objectContaining({ field: 'effectiveOn' }),
    );
    expect(() => planTermination({ contract, effectiveOn: '2028-03-15', reason: 'cptsRequest', comment: null })).toThrow(
      expect.objectContaining({ field: 'effectiveOn' }),
    );
  });

  it('wants a comment for another reason, and refuses a second termination', () => {
    expect(() => planTermination({ contract, effectiveOn: '2024-09-01', reason: 'other', comment: null })).toThrow(
      expect.objectContaining({ field: 'comment' }),
    );
    const terminated = { ...contract, termination: { effectiveOn: '2024-09-01', reason: 'dissolution' as const, comment: null } };
    expect(() => planTermination({ contract: terminated, effectiveOn: '2024-10-01', reason: 'cptsRequest', comment: null })).toThrow(
      expect.objectContaining({ field: 'termination' }),
    );
  });
});
