import { invalid } from '../errors.ts';
import { formatDate } from '../format/index.ts';
import type { AciContract } from './contract.ts';
import { contractSignedOn } from './contract.ts';
import { requireSignedOn } from './contract-validation.ts';
import { anniversary, CONTRACT_YEARS, contractEndsOn } from './contract-years.ts';

/** The first day a renewal of `previous` may be signed on: the day after its fifth year ends. */
export function renewalEarliestSignature(previous: AciContract): string {
  return anniversary(requireSignedOn(previous), CONTRACT_YEARS);
}

/**
 * Checks that `renewal` follows `previous` (renewal rules are unknown, docs/reference/aci.md §1 [U]; rule
 * chosen: one contract at a time per CPTS). The renewal is a new five-year contract of the same
 * CPTS, naming the one it renews, signed once the previous one has run its five years; a
 * terminated contract is not renewed (a later contract is a new one, without `renews`).
 * See docs/reference/aci.md §6.
 */
export function checkRenewal(previous: AciContract, renewal: AciContract): void {
  if (renewal.renews !== previous.id) throw invalid('renews', 'Le renouvellement doit désigner le contrat qu’il renouvelle.');
  if (renewal.cptsId !== previous.cptsId) throw invalid('cptsId', 'Un contrat se renouvelle pour la même CPTS.');
  if (previous.termination) throw invalid('renews', 'Un contrat résilié ne se renouvelle pas : signez un nouveau contrat.');
  const earliest = renewalEarliestSignature(previous);
  const signedOn = contractSignedOn(renewal);
  if (signedOn !== null && signedOn < earliest) {
    throw invalid(
      'signatures',
      `Le contrat précédent prend fin le ${formatDate(contractEndsOn(requireSignedOn(previous)))} : le renouvellement se signe à partir du ${formatDate(earliest)}.`,
    );
  }
}
