import { type AciContract, contractSignedOn } from './contract.ts';
import { contractEndsOn } from './contract-years.ts';

/**
 * The contract that governs a CPTS on `today`: the signed one whose five years (cut short by a
 * termination) contain `today`; failing that, the last one signed — its deadlines still tell
 * where the CPTS stands. `null` when no contract is signed yet (docs/reference/aci.md §3).
 */
export function contractInForce<C extends AciContract>(contracts: readonly C[], today: string): C | null {
  const signed = contracts
    .map((contract) => ({ contract, signedOn: contractSignedOn(contract) }))
    .filter((entry): entry is { contract: C; signedOn: string } => entry.signedOn !== null && entry.signedOn <= today)
    .sort((a, b) => (a.signedOn < b.signedOn ? 1 : a.signedOn > b.signedOn ? -1 : 0));
  const running = signed.find(({ contract, signedOn }) => {
    const end = contract.termination?.effectiveOn ?? contractEndsOn(signedOn);
    return today < end;
  });
  return (running ?? signed[0])?.contract ?? null;
}
