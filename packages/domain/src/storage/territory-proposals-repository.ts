import type { ApprovalReason } from '../territory/territory-authority.ts';
import type { ProposalStatus, RegionDecision } from '../territory/territory-proposal.ts';

/** The storage contract of territory proposals: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

export interface TerritoryProposalsRepository {
  create(record: TerritoryProposalRecord): Promise<void>;
  get(id: string, options?: { forUpdate?: boolean }): Promise<TerritoryProposalRecord | null>;
  pendingOf(cptsId: string): Promise<TerritoryProposalRecord | null>;
  /** Every proposal of a CPTS, newest first. */
  listOfCpts(cptsId: string): Promise<TerritoryProposalRecord[]>;
  /** Proposals on the region's CPTS or asking the region to decide, newest first. */
  listForRegion(regionCode: string, filter: { status?: ProposalStatus | undefined }): Promise<TerritoryProposalRecord[]>;
  recordDecisions(id: string, decisions: readonly RegionDecisionRecord[]): Promise<void>;
  close(id: string, closing: { status: ProposalStatus; closedAt: Date; closedBy: string | null; supersededBy?: string }): Promise<void>;
}
