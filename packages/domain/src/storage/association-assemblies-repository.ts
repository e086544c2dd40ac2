import type { AssemblyKind, AssemblyStatus, Attendance } from '../association/assembly.ts';
import type { MajorityRule, ResolutionOutcome } from '../association/vote.ts';

/** The storage contract of association assemblies: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export interface AssemblyRecord {
  id: string;
  cptsId: string;
  kind: AssemblyKind;
  title: string;
  scheduledAt: Date;
  location: string | null;
  agenda: string;
  status: AssemblyStatus;
  quorumPercent: number;
  maxProxiesPerHolder: number;
  majorityRule: MajorityRule;
  convenedAt: Date;
  closedAt: Date | null;
  minutes: string | null;
}

/** A member entitled to vote, frozen at convocation, with attendance and proxy. */

export interface VoterRecord {
  memberId: string;
  displayName: string;
  categoryName: string | null;
  attendance: Attendance;
  proxyHolderId: string | null;
}

export interface ResolutionRecord {
  id: string;
  assemblyId: string;
  position: number;
  title: string;
  text: string | null;
  majorityRule: MajorityRule;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  outcome: ResolutionOutcome | null;
  votedAt: Date | null;
}

export type VoteRecord = Pick<ResolutionRecord, 'votesFor' | 'votesAgainst' | 'votesAbstain' | 'outcome' | 'votedAt'>;

export interface AssociationAssembliesRepository {
  list(cptsId: string): Promise<AssemblyRecord[]>;
  /** With `forUpdate`, locks the row: attendance and votes of one assembly are serialised. */
  get(cptsId: string, id: string, options?: { forUpdate?: boolean }): Promise<AssemblyRecord | null>;
  create(assembly: AssemblyRecord, voters: readonly VoterRecord[], resolutions: readonly ResolutionRecord[]): Promise<void>;
  voters(assemblyId: string): Promise<VoterRecord[]>;
  saveAttendance(assemblyId: string, voters: readonly VoterRecord[]): Promise<void>;
  resolutions(assemblyIds: readonly string[]): Promise<ResolutionRecord[]>;
  recordVote(resolutionId: string, vote: VoteRecord): Promise<void>;
  setStatus(id: string, changes: Partial<Pick<AssemblyRecord, 'status' | 'closedAt' | 'minutes'>>): Promise<void>;
  /** Assemblies whose voter list includes one of the members (member portal). */
  assembliesOfVoters(memberIds: readonly string[]): Promise<(AssemblyRecord & { memberId: string; attendance: Attendance })[]>;
}
