import { invalid } from '../errors.ts';
import { formatDate } from '../format/index.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import type { AciContract, ContractTermination, TerminationReason } from './contract.ts';
import { TERMINATION_REASONS } from './contract.ts';
import { requireSignedOn } from './contract-validation.ts';
import { contractEndsOn } from './contract-years.ts';

/**
 * Checks a termination of a signed contract and returns it to store (docs/reference/aci.md §4 [C]:
 * missions not done or eligibility lost; advances repaid pro rata, see the payment schedule).
 * It takes effect on `effectiveOn` (the contract runs until the day before): after the
 * signature and after every mission start, at the latest on the contract's last day. It may be
 * past (a history loaded late) or future (a notice period): the caller's clock is not needed.
 */
export function planTermination(request: {
  contract: AciContract;
  effectiveOn: string;
  reason: TerminationReason;
  comment: string | null;
}): ContractTermination {
  const { contract, effectiveOn, reason } = request;
  const signedOn = requireSignedOn(contract);
  if (contract.termination)
    throw invalid('termination', `Ce contrat est déjà résilié (le ${formatDate(contract.termination.effectiveOn)}).`);
  if (!isIsoDate(effectiveOn)) throw invalid('effectiveOn', 'Date au format AAAA-MM-JJ attendue.');
  if (effectiveOn <= signedOn) throw invalid('effectiveOn', 'La résiliation prend effet après la signature du contrat.');
  const endsOn = contractEndsOn(signedOn);
  if (effectiveOn > endsOn)
    throw invalid('effectiveOn', `Le contrat prend fin le ${formatDate(endsOn)} : il ne peut pas être résilié après.`);
  const lastStart = contract.missions
    .map((entry) => entry.startedOn ?? '')
    .sort()
    .at(-1);
  if (lastStart && effectiveOn <= lastStart) {
    throw invalid('effectiveOn', `Une mission a démarré le ${formatDate(lastStart)} : la résiliation prend effet après.`);
  }
  if (!TERMINATION_REASONS.includes(reason)) throw invalid('reason', 'Motif de résiliation inconnu.');
  const comment = request.comment?.trim() || null;
  if (reason === 'other' && !comment) throw invalid('comment', 'Précisez le motif de la résiliation.');
  return { effectiveOn, reason, comment };
}
