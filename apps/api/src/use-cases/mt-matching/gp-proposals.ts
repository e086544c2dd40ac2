import type { GpProposalDto } from '@maillon/contracts';
import {
  ageBand,
  ageOn,
  conflict,
  type DeclineReason,
  IDENTITY_VISIBLE_STATUSES,
  type MtProposalRecord,
  type MtRequestRecord,
  notFound,
} from '@maillon/domain';
import { currentGp } from './current-gp.ts';
import type { MtMatchingContext, MtMatchingPorts } from './matching-run-ports.ts';
import { deliverMtMail, type QueuedMail, queueMtMail } from './mt-mail.ts';
import { moveProposal } from './proposal-moves.ts';
import { moveRequest } from './request-moves.ts';

export type GpDecision =
  | { decision: 'accept' }
  | { decision: 'decline'; reason: DeclineReason; comment: string | null }
  | { decision: 'consulted' }
  | { decision: 'declared' };

/**
 * A proposal as its GP sees it: age band, commune, priority group and why, and the patient's
 * identity and contact only once the GP accepted (issue #9 item 7).
 */
async function gpDtos(
  ports: MtMatchingPorts,
  proposals: readonly MtProposalRecord[],
  requests: ReadonlyMap<string, MtRequestRecord>,
  today: string,
) {
  const cptsNames = new Map<string, string>();
  for (const id of new Set(proposals.map((p) => p.cptsId))) cptsNames.set(id, (await ports.cpts.get(id))?.name ?? '');
  const unitNames = new Map(
    (await ports.geography.unitsByCodes([...new Set([...requests.values()].map((r) => r.unitCode))])).map((u) => [u.code, u.name]),
  );
  return proposals.flatMap((p): GpProposalDto[] => {
    const r = requests.get(p.requestId);
    if (!r) return [];
    const visible = IDENTITY_VISIBLE_STATUSES.includes(p.status);
    return [
      {
        id: p.id,
        cptsName: cptsNames.get(p.cptsId) ?? '',
        status: p.status,
        ageBand: ageBand(ageOn(r.birthDate, today)),
        unitName: unitNames.get(r.unitCode) ?? r.unitCode,
        priorityGroup: p.priorityGroup,
        explanation: p.explanation,
        expiresOn: p.expiresOn,
        patient: visible ? { name: `${r.firstName} ${r.lastName}`, birthDate: r.birthDate, phone: r.phone, email: r.email } : null,
      },
    ];
  });
}

async function requestsOf(ports: MtMatchingPorts, proposals: readonly MtProposalRecord[]) {
  const map = new Map<string, MtRequestRecord>();
  for (const p of proposals) {
    const r = await ports.mtRequests.get(p.requestId);
    if (r) map.set(r.id, r);
  }
  return map;
}

/** The signed-in GP's proposals (sent to them, accepted, taken by pull), in every CPTS; identity reads are recorded. */
export async function listGpProposals(ctx: MtMatchingContext): Promise<{ items: GpProposalDto[] }> {
  const gp = await currentGp(ctx.ports, ctx.principal);
  const proposals = await ctx.ports.mtMatching.proposals({
    idNatPs: gp.idNatPs,
    statuses: ['sent', 'accepted', 'consulted', 'declared', 'declined', 'expired', 'withdrawn'],
  });
  const items = await gpDtos(ctx.ports, proposals, await requestsOf(ctx.ports, proposals), ctx.today);
  for (const cptsId of new Set(proposals.map((p) => p.cptsId))) {
    const seen = proposals.filter((p) => p.cptsId === cptsId);
    await ctx.ports.audit.record({
      action: 'read',
      entity: 'mtProposal',
      recordIds: seen.map((p) => p.requestId),
      cptsId,
      details: { identities: seen.filter((p) => IDENTITY_VISIBLE_STATUSES.includes(p.status)).length },
    });
  }
  return { items };
}

/**
 * The GP answers a proposal (issue #9 item 5): accepts (the patient is told by e-mail that there
 * is news, without any detail, and the request becomes "informed"), declines with a reason (the
 * request goes back to the queue with its seniority), then records the first consultation and
 * the declaration of médecin traitant, which closes the request.
 */
export async function decideProposal(
  ctx: MtMatchingContext,
  proposalId: string,
  decision: GpDecision,
): Promise<{ items: GpProposalDto[] }> {
  const gp = await currentGp(ctx.ports, ctx.principal);
  const queued: QueuedMail = [];
  await ctx.transaction(async (ports) => {
    const proposal = await ports.mtMatching.proposal(proposalId, { forUpdate: true });
    if (!proposal || proposal.idNatPs !== gp.idNatPs) throw notFound('Proposition introuvable.');
    let request = await ports.mtRequests.get(proposal.requestId, { forUpdate: true });
    if (!request) throw notFound('Demande introuvable.');
    const move = { actor: 'gp' as const, authorId: ctx.principal.userId, now: ctx.now };
    const requestMove = { today: ctx.today, now: ctx.now, actorId: ctx.principal.userId, data: { proposalId, idNatPs: gp.idNatPs } };
    switch (decision.decision) {
      case 'accept': {
        await moveProposal(ports, proposal, { ...move, to: 'accepted', changes: { decidedOn: ctx.today } });
        request = await moveRequest(ports, request, { ...requestMove, action: 'accept' });
        if (request.email) {
          const cpts = await ports.cpts.get(proposal.cptsId);
          await queueMtMail(
            ports,
            {
              kind: 'mt-patient-proposal',
              to: request.email,
              cptsId: proposal.cptsId,
              cptsName: cpts?.name ?? 'CPTS',
              now: ctx.now,
            },
            queued,
          );
          await moveRequest(ports, request, { ...requestMove, action: 'inform' });
        }
        break;
      }
      case 'decline':
        await moveProposal(ports, proposal, {
          ...move,
          to: 'declined',
          comment: decision.comment,
          changes: { decidedOn: ctx.today, declineReason: decision.reason, declineComment: decision.comment },
        });
        await moveRequest(ports, request, { ...requestMove, action: 'decline' });
        break;
      case 'consulted':
        if (request.status !== 'informed') throw conflict('Le patient n’a pas encore été informé par l’équipe de la CPTS.', 'status');
        await moveProposal(ports, proposal, { ...move, to: 'consulted' });
        await moveRequest(ports, request, { ...requestMove, action: 'recordFirstVisit' });
        break;
      case 'declared':
        await moveProposal(ports, proposal, { ...move, to: 'declared' });
        await moveRequest(ports, request, { ...requestMove, action: 'confirmDeclaration' });
        break;
    }
    await ports.audit.record({
      action: 'update',
      entity: 'mtProposal',
      recordIds: [proposal.requestId],
      cptsId: proposal.cptsId,
      details: { decision: decision.decision },
    });
  });
  await deliverMtMail(ctx.ports, queued, () => ctx.now);
  return listGpProposals(ctx);
}
