import type { DistanceTier, MatchingUnit } from '../matching/distance.ts';
import type { MatchingPhase } from '../matching/matching-input.ts';
import type { BlockReason } from '../matching/matching-result.ts';
import type { DeclineReason, MtProposalActor, MtProposalStatus } from '../mt-matching/proposal-status.ts';

/**
 * The storage contract of matching runs and proposals (issue #9 items 4 and 5,
 * docs/reference/mt-matching.md §2–3); packages/db implements it. A run's state is stored so
 * that any API process answers its progress.
 */

export type MatchingRunStatus = 'running' | 'done' | 'failed';

export interface MatchingRunSummary {
  patients: number;
  gps: number;
  placements: number;
  distanceMode: 'kilometres' | 'tiers';
  totalDistanceKm: number | null;
}

/** Why a request of a run was left unmatched (ids only; names are read when the team looks). */
export interface StoredUnmatched {
  requestId: string;
  priorityGroup: string;
  reason: BlockReason;
  explanation: string;
}

export interface MatchingRunRecord {
  id: string;
  cptsId: string;
  status: MatchingRunStatus;
  phase: MatchingPhase | null;
  done: number;
  total: number;
  startedBy: string | null;
  startedAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
  summary: MatchingRunSummary | null;
  unmatched: StoredUnmatched[] | null;
  error: string | null;
  isDemo: boolean;
}

export interface MtProposalRecord {
  id: string;
  cptsId: string;
  requestId: string;
  runId: string | null;
  idNatPs: string;
  origin: 'run' | 'pull';
  status: MtProposalStatus;
  priorityGroup: string;
  weight: number;
  distanceKm: number | null;
  tier: DistanceTier | null;
  explanation: string;
  declineReason: DeclineReason | null;
  declineComment: string | null;
  createdAt: Date;
  sentOn: string | null;
  expiresOn: string | null;
  decidedOn: string | null;
  remindedOn: string | null;
  isDemo: boolean;
}

export interface MtProposalEventRecord {
  id: string;
  proposalId: string;
  fromStatus: MtProposalStatus | null;
  toStatus: MtProposalStatus;
  actor: MtProposalActor;
  authorId: string | null;
  comment: string | null;
  at: Date;
}

export interface MtProposalFilter {
  cptsId?: string | undefined;
  runId?: string | undefined;
  idNatPs?: string | undefined;
  requestIds?: readonly string[] | undefined;
  ids?: readonly string[] | undefined;
  statuses?: readonly MtProposalStatus[] | undefined;
}

export interface FollowUpRecord {
  proposalDays: number;
  reminderDays: number;
}

export interface MtMatchingRepository {
  /** Reference units with their centroid when contours are loaded. */
  matchingUnits(codes: readonly string[]): Promise<MatchingUnit[]>;
  followUp(cptsId: string): Promise<FollowUpRecord | null>;
  saveFollowUp(cptsId: string, settings: FollowUpRecord): Promise<void>;

  /** Inserts a running run; false when the CPTS already has one running (one at a time). */
  startRun(run: MatchingRunRecord): Promise<boolean>;
  progressRun(id: string, progress: { phase: MatchingPhase; done: number; total: number; at: Date }): Promise<void>;
  finishRun(id: string, end: Pick<MatchingRunRecord, 'status' | 'summary' | 'unmatched' | 'error'> & { at: Date }): Promise<void>;
  /** Marks failed the runs whose process stopped beating before `before` (a crash or a restart). */
  failStaleRuns(cptsId: string, before: Date): Promise<number>;
  run(cptsId: string, id: string): Promise<MatchingRunRecord | null>;
  /** Most recent first. */
  runs(cptsId: string, limit: number): Promise<MatchingRunRecord[]>;

  insertProposals(records: readonly MtProposalRecord[]): Promise<void>;
  proposals(filter: MtProposalFilter): Promise<MtProposalRecord[]>;
  proposal(id: string, options?: { forUpdate?: boolean }): Promise<MtProposalRecord | null>;
  /** Moves a proposal only if it is still in `from` (another process may have moved it): false when it was not. */
  moveProposal(
    id: string,
    from: MtProposalStatus,
    changes: Partial<Pick<MtProposalRecord, 'status' | 'sentOn' | 'expiresOn' | 'decidedOn' | 'declineReason' | 'declineComment'>>,
  ): Promise<boolean>;
  /** Drafts of earlier runs of the CPTS become `discarded` (a new run replaces them); returns their ids. */
  discardDrafts(cptsId: string): Promise<string[]>;
  addProposalEvents(events: readonly MtProposalEventRecord[]): Promise<void>;
  proposalEvents(proposalIds: readonly string[]): Promise<MtProposalEventRecord[]>;
  /** Sent proposals, of every CPTS, whose answer is due by `onOrBefore` (expiry and reminders). */
  sentDueBy(onOrBefore: string, limit: number): Promise<MtProposalRecord[]>;
  /** Records a reminder once; false when another process (or an earlier sweep) already sent it. */
  claimReminder(reminder: { subjectId: string; kind: string; cptsId: string; at: Date }): Promise<boolean>;
}
