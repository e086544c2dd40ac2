import { type CptsScope, canDecideTerritoryFor, canReadCpts, canReadRegion, isAdmin, type Principal } from '../access/principal.ts';
import { conflict, forbidden, invalid } from '../errors.ts';

/**
 * A territory proposal is pending until every involved region accepted it (accepted), one
 * refused it (refused), its author withdrew it (withdrawn) or filed a new one in its place
 * (superseded).
 */
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'refused', 'withdrawn', 'superseded'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  pending: 'En attente de décision',
  accepted: 'Acceptée',
  refused: 'Refusée',
  withdrawn: 'Retirée',
  superseded: 'Remplacée par une nouvelle proposition',
};

export type RegionDecision = 'accepted' | 'refused';

export interface ProposalApprovalState {
  regionCode: string;
  decision: RegionDecision | null;
}

export interface ProposalState {
  status: ProposalStatus;
  authorId: string | null;
  cpts: CptsScope;
  approvals: readonly ProposalApprovalState[];
}

/** Readers: whoever reads the CPTS, and the staff of every region asked to decide. */
export function canReadProposal(p: Principal, proposal: Pick<ProposalState, 'cpts' | 'approvals'>): boolean {
  return canReadCpts(p, proposal.cpts) || proposal.approvals.some((a) => canReadRegion(p, a.regionCode));
}

/** Regions of a pending proposal still waiting for a decision the principal may take. */
export function decidableRegions(p: Principal, proposal: ProposalState): string[] {
  if (proposal.status !== 'pending') return [];
  return proposal.approvals.filter((a) => a.decision === null && canDecideTerritoryFor(p, a.regionCode)).map((a) => a.regionCode);
}

export function canWithdrawProposal(p: Principal, proposal: ProposalState): boolean {
  return proposal.status === 'pending' && (proposal.authorId === p.userId || isAdmin(p));
}

export interface DecisionRequest {
  principal: Principal;
  proposal: ProposalState;
  verdict: 'accept' | 'refuse';
  comment?: string | undefined;
  /** Decide for this region only; by default for every region still waiting that the principal may decide. */
  regionCode?: string | undefined;
}

export interface DecisionPlan {
  regions: string[];
  decision: RegionDecision;
  comment: string | null;
  /** The proposal's status once these decisions are recorded. */
  outcome: ProposalStatus;
}

const notPending = (status: ProposalStatus) =>
  conflict(`Cette proposition n'est plus en attente (${PROPOSAL_STATUS_LABELS[status].toLowerCase()}).`);

/**
 * Checks a decision: each involved region decides for itself; the proposal is accepted when
 * every region accepted, refused as soon as one refused. A refusal must say why.
 */
export function planProposalDecision(request: DecisionRequest): DecisionPlan {
  const { principal, proposal } = request;
  if (proposal.status !== 'pending') throw notPending(proposal.status);
  let regions = decidableRegions(principal, proposal);
  if (request.regionCode !== undefined) {
    const approval = proposal.approvals.find((a) => a.regionCode === request.regionCode);
    if (!approval) throw invalid('regionCode', "Cette région n'est pas appelée à se prononcer sur la proposition.");
    if (approval.decision !== null) throw conflict('Cette région s’est déjà prononcée sur la proposition.', 'regionCode');
    regions = regions.filter((code) => code === request.regionCode);
  }
  if (regions.length === 0) {
    throw forbidden("Seule l'ARS d'une région appelée à se prononcer (ou l'administration) peut accepter ou refuser cette proposition.");
  }
  const comment = request.comment?.trim() || null;
  if (request.verdict === 'refuse' && !comment) throw invalid('comment', 'Un refus doit être motivé : ajoutez un commentaire.');
  const decision: RegionDecision = request.verdict === 'accept' ? 'accepted' : 'refused';
  const after = proposal.approvals.map((a) => (regions.includes(a.regionCode) ? decision : a.decision));
  const outcome: ProposalStatus = after.includes('refused') ? 'refused' : after.every((d) => d === 'accepted') ? 'accepted' : 'pending';
  return { regions, decision, comment, outcome };
}

/** The author (or the admin) withdraws; anyone else is refused whatever the status. */
export function assertCanWithdrawProposal(p: Principal, proposal: ProposalState): void {
  if (proposal.authorId !== p.userId && !isAdmin(p)) throw forbidden("Seul l'auteur de la proposition peut la retirer.");
  if (proposal.status !== 'pending') throw notPending(proposal.status);
}

/**
 * At most one pending proposal per CPTS. Its author may replace it by a new proposal (it is
 * then superseded); anyone else, and any direct change, is refused with a conflict until it is
 * accepted, refused or withdrawn, so that no decision in progress is silently lost.
 */
export function pendingProposalOutcome(
  p: Principal,
  pending: { authorId: string | null; createdOn: string } | null,
  change: 'direct' | 'proposal',
): 'none' | 'supersede' {
  if (!pending) return 'none';
  if (change === 'proposal' && pending.authorId === p.userId) return 'supersede';
  const [year, month, day] = pending.createdOn.split('-');
  throw conflict(
    `Une proposition de territoire du ${day}/${month}/${year} attend la décision de l'ARS : elle doit être acceptée, refusée ou retirée avant tout autre changement.`,
    'units',
  );
}
