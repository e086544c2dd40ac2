import type { AssemblyDetailDto, AssemblySummaryDto, ResolutionDto } from '@maillon/contracts';
import type { AssemblyRecord, ResolutionRecord, VoterRecord } from '@maillon/domain';
import { ASSEMBLY_KIND_LABELS, ASSEMBLY_STATUS_LABELS, computeQuorum, MAJORITY_RULE_LABELS, OUTCOME_LABELS } from '@maillon/domain';

export function toAssemblySummary(assembly: AssemblyRecord, resolutions: readonly ResolutionRecord[]): AssemblySummaryDto {
  return {
    id: assembly.id,
    kind: assembly.kind,
    kindLabel: ASSEMBLY_KIND_LABELS[assembly.kind],
    title: assembly.title,
    scheduledAt: assembly.scheduledAt.toISOString(),
    location: assembly.location,
    status: assembly.status,
    statusLabel: ASSEMBLY_STATUS_LABELS[assembly.status],
    resolutionCount: resolutions.length,
    adoptedCount: resolutions.filter((r) => r.outcome === 'adopted').length,
  };
}

export function toResolutionDto(r: ResolutionRecord): ResolutionDto {
  return {
    id: r.id,
    position: r.position,
    title: r.title,
    text: r.text,
    majorityRule: r.majorityRule,
    majorityRuleLabel: MAJORITY_RULE_LABELS[r.majorityRule],
    votesFor: r.votesFor,
    votesAgainst: r.votesAgainst,
    votesAbstain: r.votesAbstain,
    outcome: r.outcome,
    outcomeLabel: r.outcome ? OUTCOME_LABELS[r.outcome] : null,
    votedAt: r.votedAt?.toISOString() ?? null,
  };
}

/** The assembly with its frozen voter list, live quorum and resolutions. */
export function toAssemblyDetail(
  assembly: AssemblyRecord,
  voters: readonly VoterRecord[],
  resolutions: readonly ResolutionRecord[],
): AssemblyDetailDto {
  const carried = new Map<string, number>();
  for (const v of voters) if (v.proxyHolderId) carried.set(v.proxyHolderId, (carried.get(v.proxyHolderId) ?? 0) + 1);
  return {
    ...toAssemblySummary(assembly, resolutions),
    agenda: assembly.agenda,
    majorityRule: assembly.majorityRule,
    maxProxiesPerHolder: assembly.maxProxiesPerHolder,
    convenedAt: assembly.convenedAt.toISOString(),
    closedAt: assembly.closedAt?.toISOString() ?? null,
    minutes: assembly.minutes,
    quorum: computeQuorum(voters, assembly.quorumPercent),
    voters: voters.map((v) => ({ ...v, proxiesCarried: carried.get(v.memberId) ?? 0 })),
    resolutions: resolutions.map(toResolutionDto),
  };
}
