import type { TeamProposalDto } from '@maillon/contracts';
import type { MtProposalRecord, MtRequestRecord } from '@maillon/domain';
import type { MtMatchingPorts } from './matching-run-ports.ts';

/** Proposals as the coordination team sees them: patient and GP names (the team may see identities). */
export async function teamProposalDtos(
  ports: Pick<MtMatchingPorts, 'gpCapacity'>,
  cptsId: string,
  proposals: readonly MtProposalRecord[],
  requests: ReadonlyMap<string, MtRequestRecord>,
): Promise<TeamProposalDto[]> {
  const gps = new Map((await ports.gpCapacity.ofCpts(cptsId)).map((c) => [c.idNatPs, c.displayName]));
  return proposals.map((p) => {
    const request = requests.get(p.requestId);
    return {
      id: p.id,
      requestId: p.requestId,
      patientName: request ? `${request.firstName} ${request.lastName}` : '',
      gp: { idNatPs: p.idNatPs, displayName: gps.get(p.idNatPs) ?? p.idNatPs },
      status: p.status,
      origin: p.origin,
      priorityGroup: p.priorityGroup,
      distanceKm: p.distanceKm,
      tier: p.tier,
      explanation: p.explanation,
      declineReason: p.declineReason,
      declineComment: p.declineComment,
      sentOn: p.sentOn,
      expiresOn: p.expiresOn,
      decidedOn: p.decidedOn,
    };
  });
}
