import type { AciContract, ContractMission } from '../src/aci/contract.ts';

/**
 * Test fixture only (not exported by the package): a signed taille 3 contract (118 000
 * inhabitants, INSEE 2020) whose parties sign on `signedOn`, with the missions given.
 */
export function makeContract(
  overrides: Partial<AciContract> & { signedOn?: string; missions?: readonly ContractMission[] } = {},
): AciContract {
  const { signedOn = '2023-03-15', ...rest } = overrides;
  const signature = { signedOn, signatory: null };
  return {
    id: 'contract-1',
    cptsId: 'cpts-1',
    signatures: { cpts: signature, cpam: signature, ars: signature },
    population: { count: 118_000, vintage: 2020 },
    sizeCategory: 3,
    missions: [],
    amendments: [],
    renews: null,
    termination: null,
    ...rest,
  };
}

/** A mission started on a day, not deployed. */
export function started(mission: ContractMission['mission'], startedOn: string): ContractMission {
  return { mission, startedOn, deployedOn: null };
}
