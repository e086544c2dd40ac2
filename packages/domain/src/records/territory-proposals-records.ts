import type { ApprovalReason } from '../territory/territory-authority.ts';
import type { ProposalStatus, RegionDecision } from '../territory/territory-proposal.ts';

/** Records the territory proposals repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface ProposalApprovalRecord {
  regionCode: string;
  reason: ApprovalReason;
  decision: RegionDecision | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
}

export interface TerritoryProposalRecord {
  id: string;
  cptsId: string;
  status: ProposalStatus;
  baseUnitCodes: string[];
  addedUnitCodes: string[];
  removedUnitCodes: string[];
  comment: string | null;
  authorId: string | null;
  createdAt: Date;
  closedAt: Date | null;
  closedBy: string | null;
  supersededBy: string | null;
  approvals: ProposalApprovalRecord[];
}

export interface RegionDecisionRecord {
  regionCode: string;
  decision: RegionDecision;
  decidedBy: string;
  decidedAt: Date;
  comment: string | null;
}
