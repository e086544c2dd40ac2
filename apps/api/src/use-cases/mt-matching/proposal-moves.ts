import { assertProposalMove, conflict, type MtProposalActor, type MtProposalRecord, type MtProposalStatus } from '@maillon/domain';
import type { MtMatchingPorts } from './matching-run-ports.ts';

/**
 * Moves a proposal under the workflow's rule (`assertProposalMove`) with its history line. The
 * update is conditional on the status read: if another process moved it first, a conflict.
 */
export async function moveProposal(
  ports: Pick<MtMatchingPorts, 'mtMatching'>,
  proposal: MtProposalRecord,
  move: {
    to: MtProposalStatus;
    actor: MtProposalActor;
    authorId: string | null;
    now: Date;
    comment?: string | null;
    changes?: Partial<Pick<MtProposalRecord, 'sentOn' | 'expiresOn' | 'decidedOn' | 'declineReason' | 'declineComment'>>;
  },
): Promise<MtProposalRecord> {
  assertProposalMove(proposal.status, move.to, move.actor);
  const moved = await ports.mtMatching.moveProposal(proposal.id, proposal.status, { status: move.to, ...(move.changes ?? {}) });
  if (!moved) throw conflict('Cette proposition vient d’être modifiée par ailleurs ; rechargez la page.');
  await ports.mtMatching.addProposalEvents([
    {
      id: crypto.randomUUID(),
      proposalId: proposal.id,
      fromStatus: proposal.status,
      toStatus: move.to,
      actor: move.actor,
      authorId: move.authorId,
      comment: move.comment ?? null,
      at: move.now,
    },
  ]);
  return { ...proposal, status: move.to, ...(move.changes ?? {}) };
}
