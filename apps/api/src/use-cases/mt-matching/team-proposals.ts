import type { TeamProposalDto } from '@maillon/contracts';
import { conflict, invalid, matchingGpOf, notFound, proposalExpiresOn } from '@maillon/domain';
import { coordinatedCpts } from './current-gp.ts';
import { monthStart } from './gp-capacity.ts';
import type { MtMatchingContext } from './matching-run-ports.ts';
import { deliverMtMail, type QueuedMail, queueMtMail } from './mt-mail.ts';
import { teamProposalDtos } from './proposal-dto.ts';
import { moveProposal } from './proposal-moves.ts';
import { moveRequest } from './request-moves.ts';
import { followUpOf } from './waiting-list-input.ts';

/** The CPTS's proposals past review (sent and after), newest first: the team follows them (names: read recorded). */
export async function listTeamProposals(ctx: MtMatchingContext, cptsId: string): Promise<{ items: TeamProposalDto[] }> {
  await coordinatedCpts(ctx.ports.cpts, ctx.principal, cptsId);
  const proposals = (
    await ctx.ports.mtMatching.proposals({
      cptsId,
      statuses: ['sent', 'accepted', 'declined', 'withdrawn', 'expired', 'consulted', 'declared'],
    })
  ).reverse();
  const requests = new Map((await ctx.ports.mtRequests.list(cptsId, {})).map((r) => [r.id, r]));
  await ctx.ports.audit.record({ action: 'read', entity: 'mtProposal', recordIds: proposals.map((p) => p.requestId), cptsId });
  return { items: await teamProposalDtos(ctx.ports, cptsId, proposals, requests) };
}

/**
 * The team sends reviewed drafts to their GPs (issue #9 item 4: proposals, never silent
 * assignments). Each request must still be waiting and each GP must still have the places: what
 * changed since the run (a GP's pull, a withdrawal) is a conflict naming the proposal. The GP is
 * told by e-mail, without any patient detail.
 */
export async function sendProposals(ctx: MtMatchingContext, cptsId: string, proposalIds: readonly string[]): Promise<void> {
  const queued: QueuedMail = [];
  await ctx.transaction(async (ports) => {
    const cpts = await coordinatedCpts(ports.cpts, ctx.principal, cptsId);
    const followUp = await followUpOf(ports, cptsId);
    const proposals = await ports.mtMatching.proposals({ cptsId, ids: proposalIds });
    const capacities = new Map((await ports.gpCapacity.ofCpts(cptsId)).map((c) => [c.idNatPs, c]));
    const committed = await ports.gpCapacity.committedPlaces(cptsId, monthStart(ctx.today));
    const sending = new Map<string, number>();
    for (const [index, id] of proposalIds.entries()) {
      const proposal = proposals.find((p) => p.id === id);
      if (!proposal) throw invalid(`proposalIds[${index}]`, 'Proposition introuvable dans cette CPTS.');
      const capacity = capacities.get(proposal.idNatPs);
      const places = capacity
        ? matchingGpOf(
            { id: proposal.idNatPs, practiceUnitCode: capacity.practiceUnitCode, declaration: capacity.declaration },
            committed.get(proposal.idNatPs) ?? { sinceDeclaration: 0, thisMonth: 0 },
          )
        : null;
      const count = (sending.get(proposal.idNatPs) ?? 0) + 1;
      if (!places || count > Math.min(places.availableNow, places.availableThisMonth))
        throw conflict('Le médecin de cette proposition n’a plus de place déclarée : relancez un appariement.', `proposalIds[${index}]`);
      sending.set(proposal.idNatPs, count);
      const request = await ports.mtRequests.get(proposal.requestId, { forUpdate: true });
      if (!request) throw invalid(`proposalIds[${index}]`, 'Demande introuvable.');
      if (request.status !== 'waiting')
        throw conflict('Cette demande n’est plus en attente : relancez un appariement.', `proposalIds[${index}]`);
      await moveProposal(ports, proposal, {
        to: 'sent',
        actor: 'team',
        authorId: ctx.principal.userId,
        now: ctx.now,
        changes: { sentOn: ctx.today, expiresOn: proposalExpiresOn(ctx.today, followUp) },
      });
      await moveRequest(ports, request, {
        action: 'propose',
        today: ctx.today,
        now: ctx.now,
        actorId: ctx.principal.userId,
        data: { proposalId: proposal.id, idNatPs: proposal.idNatPs },
      });
    }
    for (const idNatPs of sending.keys()) {
      const gp = await ports.userIdentities.findUserByIdNatPs(idNatPs);
      if (gp) await queueMtMail(ports, { kind: 'mt-proposal-to-gp', to: gp.email, cptsId, cptsName: cpts.name, now: ctx.now }, queued);
    }
    await ports.audit.record({
      action: 'update',
      entity: 'mtProposal',
      recordIds: proposals.map((p) => p.requestId),
      cptsId,
      details: { sent: proposals.length },
    });
  });
  await deliverMtMail(ctx.ports, queued, () => ctx.now);
}

/** The team withdraws a proposal in progress: the request goes back to the queue with its seniority. */
export async function withdrawProposal(ctx: MtMatchingContext, cptsId: string, proposalId: string, comment: string | null): Promise<void> {
  await ctx.transaction(async (ports) => {
    await coordinatedCpts(ports.cpts, ctx.principal, cptsId);
    const proposal = await ports.mtMatching.proposal(proposalId, { forUpdate: true });
    if (!proposal || proposal.cptsId !== cptsId) throw notFound('Proposition introuvable.');
    await moveProposal(ports, proposal, {
      to: 'withdrawn',
      actor: 'team',
      authorId: ctx.principal.userId,
      now: ctx.now,
      comment,
      changes: { decidedOn: ctx.today },
    });
    const request = await ports.mtRequests.get(proposal.requestId, { forUpdate: true });
    if (request && ['proposed', 'accepted', 'informed', 'firstVisit'].includes(request.status))
      await moveRequest(ports, request, {
        action: 'requeue',
        today: ctx.today,
        now: ctx.now,
        actorId: ctx.principal.userId,
        data: { proposalId },
      });
    await ports.audit.record({ action: 'update', entity: 'mtProposal', recordIds: [proposal.requestId], cptsId });
  });
}
