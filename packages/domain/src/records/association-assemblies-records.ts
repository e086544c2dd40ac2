import type { AssemblyKind, AssemblyStatus, Attendance } from '../association/assembly.ts';
import type { MajorityRule, ResolutionOutcome } from '../association/vote.ts';

/** Records the association assemblies repository exchanges with the use cases (ports in apps/api/src/use-cases). */

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
