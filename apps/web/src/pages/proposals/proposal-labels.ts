import type { ProposalStatusDto, TerritoryProposalDto } from '@maillon/contracts';
import { formatDate, formatInhabitants, formatNumber } from '../../lib/format.ts';

export const PROPOSAL_STATUS_COLORS: Record<ProposalStatusDto, string> = {
  pending: 'orange',
  accepted: 'green',
  refused: 'red',
  withdrawn: 'gray',
  superseded: 'gray',
};

type Approval = TerritoryProposalDto['approvals'][number];

/** "ARS Auvergne-Rhône-Alpes : acceptée par ars.ara le 22/11/2026"; "sans décision" once the proposal is closed. */
export function approvalText(approval: Approval, status: ProposalStatusDto): string {
  const who = approval.decidedByName ? ` par ${approval.decidedByName}` : '';
  const when = approval.decidedAt ? ` le ${formatDate(approval.decidedAt)}` : '';
  const undecided = status === 'pending' ? 'en attente' : 'sans décision';
  const verdict =
    approval.decision === 'accepted' ? `acceptée${who}${when}` : approval.decision === 'refused' ? `refusée${who}${when}` : undecided;
  return `ARS ${approval.regionName} : ${verdict}`;
}

/** "+2 communes, −1 commune". */
export function changeSummary(proposal: Pick<TerritoryProposalDto, 'added' | 'removed'>): string {
  const parts: string[] = [];
  if (proposal.added.length > 0) parts.push(`+${formatNumber(proposal.added.length)} commune${proposal.added.length > 1 ? 's' : ''}`);
  if (proposal.removed.length > 0) parts.push(`−${formatNumber(proposal.removed.length)} commune${proposal.removed.length > 1 ? 's' : ''}`);
  return parts.join(', ') || 'aucun changement';
}

/** "19 699 hab. → 21 098 hab. (+1 399)". */
export function populationEffect(proposal: Pick<TerritoryProposalDto, 'populationBefore' | 'populationAfter'>): string {
  const delta = proposal.populationAfter - proposal.populationBefore;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${formatInhabitants(proposal.populationBefore)} → ${formatInhabitants(proposal.populationAfter)} (${sign}${formatNumber(Math.abs(delta))})`;
}
