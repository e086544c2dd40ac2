import { describe, expect, it } from 'vitest';
import { makeContract, started } from '../../test/aci-contract-fixture.ts';
import type { AciContract } from './contract.ts';
import { checkContract, requireSignedOn, validateContract } from './contract-validation.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';

const check = (contract: AciContract) => checkContract(contract, { reference });
const fails = (contract: AciContract, field: string) =>
  expect(() => check(contract)).toThrow(expect.objectContaining({ code: 'INVALID', field }));

describe('checking a contract', () => {
  it('returns the signature date of a consistent contract', () => {
    expect(
      check(
        makeContract({ missions: [started('accessToCare', '2023-03-15'), { ...started('quality', '2024-01-15'), startWithinMonths: 12 }] }),
      ),
    ).toBe('2023-03-15');
  });

  it('refuses a signature before 25 August 2019, naming the party', () => {
    const contract = makeContract({ signedOn: '2019-09-02' });
    fails(
      { ...contract, signatures: { ...contract.signatures, cpam: { signedOn: '2019-08-20', signatory: 'Directeur de la CPAM' } } },
      'signatures.cpam.signedOn',
    );
  });

  it('refuses a mission started before the signature, naming the mission', () => {
    fails(makeContract({ missions: [started('accessToCare', '2023-03-15'), started('pathways', '2023-03-14')] }), 'missions[1].startedOn');
    const unsigned = makeContract();
    fails(
      { ...unsigned, signatures: { ...unsigned.signatures, ars: null }, missions: [started('prevention', '2023-04-01')] },
      'missions[0].startedOn',
    );
  });

  it('refuses a mission twice, a deployment before its start, and a start after termination', () => {
    fails(makeContract({ missions: [started('prevention', '2023-04-01'), started('prevention', '2023-05-01')] }), 'missions[1].mission');
    fails(makeContract({ missions: [{ mission: 'prevention', startedOn: null, deployedOn: '2023-05-01' }] }), 'missions[0].deployedOn');
    fails(
      makeContract({ missions: [{ mission: 'prevention', startedOn: '2023-06-01', deployedOn: '2023-05-01' }] }),
      'missions[0].deployedOn',
    );
    const termination = { effectiveOn: '2024-01-01', reason: 'cptsRequest' as const, comment: null };
    fails(makeContract({ termination, missions: [started('prevention', '2024-01-01')] }), 'missions[0].startedOn');
  });

  it('takes deadlines in months for optional missions only', () => {
    fails(
      makeContract({ missions: [{ ...started('accessToCare', '2023-03-15'), startWithinMonths: 3 }] }),
      'missions[0].startWithinMonths',
    );
    fails(makeContract({ missions: [{ ...started('quality', '2023-03-15'), startWithinMonths: 0 }] }), 'missions[0].startWithinMonths');
    fails(
      makeContract({ missions: [{ ...started('quality', '2023-03-15'), startWithinMonths: 12, deployedWithinMonths: 6 }] }),
      'missions[0].deployedWithinMonths',
    );
  });

  it('refuses the crisis mission in a contract that ended before avenant 2 applied', () => {
    const old = { signedOn: '2019-09-02', population: { count: 118_000, vintage: 2016 } };
    fails(
      makeContract({
        ...old,
        termination: { effectiveOn: '2021-06-01', reason: 'dissolution', comment: null },
        missions: [started('healthCrisis', '2020-03-01')],
      }),
      'missions[0].mission',
    );
    expect(check(makeContract({ ...old, missions: [started('healthCrisis', '2022-03-01')] }))).toBe('2019-09-02');
  });

  it('checks the population and taille fixed at signature', () => {
    fails(makeContract({ sizeCategory: 2 }), 'sizeCategory');
    fails(makeContract({ population: { count: 118_000, vintage: 2024 } }), 'population.vintage');
  });

  it('checks amendments: signed after the contract, not retroactive, in order, within the contract', () => {
    const amendment = {
      signedOn: '2024-09-10',
      effectiveFrom: '2024-10-01',
      population: { count: 181_000, vintage: 2021 },
      sizeCategory: 4 as const,
      reason: null,
    };
    expect(check(makeContract({ amendments: [amendment] }))).toBe('2023-03-15');
    fails(makeContract({ amendments: [{ ...amendment, signedOn: '2023-03-01' }] }), 'amendments[0].signedOn');
    fails(makeContract({ amendments: [{ ...amendment, effectiveFrom: '2024-09-01' }] }), 'amendments[0].effectiveFrom');
    fails(makeContract({ amendments: [{ ...amendment, effectiveFrom: '2028-03-15' }] }), 'amendments[0].effectiveFrom');
    fails(makeContract({ amendments: [amendment, { ...amendment, effectiveFrom: '2024-09-30' }] }), 'amendments[1].effectiveFrom');
    fails(makeContract({ amendments: [{ ...amendment, sizeCategory: 3 }] }), 'amendments[0].sizeCategory');
  });

  it('checks a termination: after the signature, within the five years, with a reason', () => {
    const termination = { effectiveOn: '2025-06-30', reason: 'missionsNotDone' as const, comment: null };
    expect(check(makeContract({ termination }))).toBe('2023-03-15');
    fails(makeContract({ termination: { ...termination, effectiveOn: '2023-03-15' } }), 'termination.effectiveOn');
    fails(makeContract({ termination: { ...termination, effectiveOn: '2028-03-15' } }), 'termination.effectiveOn');
    fails(makeContract({ termination: { ...termination, reason: 'other' } }), 'termination.comment');
  });

  it('refuses dates after today when validating what a user enters', () => {
    expect(() =>
      validateContract(makeContract({ missions: [started('pathways', '2026-06-02')] }), { reference, today: '2026-06-01' }),
    ).toThrow(expect.objectContaining({ field: 'missions[0].startedOn' }));
    expect(() => validateContract(makeContract({ signedOn: '2026-06-02' }), { reference, today: '2026-06-01' })).toThrow(
      expect.objectContaining({ field: 'signatures.cpts.signedOn' }),
    );
    expect(validateContract(makeContract(), { reference, today: '2026-06-01' })).toBe('2023-03-15');
  });

  it('needs all three signatures before the engines work on a contract', () => {
    const contract = makeContract();
    expect(() => requireSignedOn({ ...contract, signatures: { ...contract.signatures, cpam: null } })).toThrow(
      expect.objectContaining({ field: 'signatures' }),
    );
  });
});
