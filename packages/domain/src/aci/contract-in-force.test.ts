import { describe, expect, it } from 'vitest';
import { makeContract } from '../../test/aci-contract-fixture.ts';
import { contractInForce } from './contract-in-force.ts';

describe('contractInForce', () => {
  const first = makeContract({ id: 'first', signedOn: '2019-10-01' });
  const renewal = makeContract({ id: 'renewal', signedOn: '2024-10-01', renews: 'first' });

  it('takes the signed contract whose five years contain the day', () => {
    expect(contractInForce([first, renewal], '2022-05-01')?.id).toBe('first');
    expect(contractInForce([first, renewal], '2026-12-01')?.id).toBe('renewal');
  });

  it('ignores a contract still awaiting a signature, and one signed after the day', () => {
    const unsigned = makeContract({
      id: 'unsigned',
      signatures: { cpts: { signedOn: '2026-01-10', signatory: null }, cpam: null, ars: null },
    });
    expect(contractInForce([unsigned], '2026-12-01')).toBeNull();
    expect(contractInForce([first], '2019-09-30')).toBeNull();
  });

  it('falls back on the last contract signed once none runs (ended or terminated)', () => {
    const terminated = makeContract({
      id: 'terminated',
      signedOn: '2021-01-15',
      termination: { effectiveOn: '2022-06-30', reason: 'missionsNotDone', comment: null },
    });
    expect(contractInForce([terminated], '2023-01-01')?.id).toBe('terminated');
    expect(contractInForce([first], '2030-01-01')?.id).toBe('first');
  });
});
