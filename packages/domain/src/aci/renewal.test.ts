import { describe, expect, it } from 'vitest';
import { makeContract } from '../../test/aci-contract-fixture.ts';
import { checkRenewal, renewalEarliestSignature } from './renewal.ts';

const previous = makeContract({ id: 'first', signedOn: '2020-03-15' });

describe('renewing a contract', () => {
  it('is signed from the day after the fifth year of the previous contract', () => {
    expect(renewalEarliestSignature(previous)).toBe('2025-03-15');
    expect(() => checkRenewal(previous, makeContract({ id: 'second', renews: 'first', signedOn: '2025-03-15' }))).not.toThrow();
    expect(() => checkRenewal(previous, makeContract({ id: 'second', renews: 'first', signedOn: '2025-09-01' }))).not.toThrow();
  });

  it('refuses an overlap, another CPTS, a missing link and a terminated contract', () => {
    expect(() => checkRenewal(previous, makeContract({ id: 'second', renews: 'first', signedOn: '2025-03-14' }))).toThrow(
      expect.objectContaining({ field: 'signatures', message: expect.stringContaining('14/03/2025') }),
    );
    expect(() => checkRenewal(previous, makeContract({ id: 'second', renews: 'first', cptsId: 'other', signedOn: '2025-04-01' }))).toThrow(
      expect.objectContaining({ field: 'cptsId' }),
    );
    expect(() => checkRenewal(previous, makeContract({ id: 'second', renews: null, signedOn: '2025-04-01' }))).toThrow(
      expect.objectContaining({ field: 'renews' }),
    );
    const terminated = { ...previous, termination: { effectiveOn: '2022-01-01', reason: 'cptsRequest' as const, comment: null } };
    expect(() => checkRenewal(terminated, makeContract({ id: 'second', renews: 'first', signedOn: '2025-04-01' }))).toThrow(
      expect.objectContaining({ field: 'renews' }),
    );
  });
});
