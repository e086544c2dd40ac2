import type { CandidateDto, GpProposalDto } from '@maillon/contracts';
import {
  acceptsAge,
  acceptsVisits,
  ageBand,
  conflict,
  forbidden,
  type GpDirectoryEntry,
  invalid,
  type MatchingGp,
  matchingGeography,
  proposalExplanation,
  servesUnit,
} from '@maillon/domain';
import { currentGp } from './current-gp.ts';
import { listGpProposals } from './gp-proposals.ts';
import type { MtMatchingContext, MtMatchingPorts } from './matching-run-ports.ts';
import { deliverMtMail, type QueuedMail, queueMtMail } from './mt-mail.ts';
import { moveRequest } from './request-moves.ts';
import { type WaitingList, waitingList } from './waiting-list-input.ts';

const CANDIDATES_SHOWN = 50;

async function gpInCpts(ports: MtMatchingPorts, gp: GpDirectoryEntry, list: WaitingList, cptsId: string): Promise<MatchingGp> {
  const engineGp = list.gps.find((g) => g.id === gp.idNatPs);
  if (!engineGp || !(await ports.gpCapacity.get(cptsId, gp.idNatPs)))
    throw forbidden('Déclarez d’abord votre capacité d’accueil à cette CPTS pour voir les patients en attente.');
  return engineGp;
}

/** The waiting requests a GP's constraints allow, most urgent first. */
function compatible(list: WaitingList, gp: MatchingGp) {
  const geography = matchingGeography(list.units, [gp.unitCode, ...list.patients.map((p) => p.unitCode)]);
  return {
    geography,
    patients: list.patients
      .filter((p) => servesUnit(gp, p.unitCode, geography) && acceptsAge(gp, p.ageYears) && acceptsVisits(gp, p.needsHomeVisits))
      .sort((a, b) => b.priority.score - a.priority.score || (a.id < b.id ? -1 : 1)),
  };
}

/**
 * A GP browses pseudonymised candidates near their practice (issue #9 item 3, "pull"): age band,
 * commune, priority group, waiting time, distance; no name, no birth date, no contact. Only a GP
 * who declared capacity to the CPTS, and only the requests their own constraints accept.
 */
export async function gpCandidates(ctx: MtMatchingContext, cptsId: string): Promise<{ cptsId: string; items: CandidateDto[] }> {
  const gp = await currentGp(ctx.ports, ctx.principal);
  const list = await waitingList(ctx.ports, cptsId, ctx.today);
  const engineGp = await gpInCpts(ctx.ports, gp, list, cptsId);
  const { geography, patients } = compatible(list, engineGp);
  const shown = patients.slice(0, CANDIDATES_SHOWN);
  const names = new Map((await ctx.ports.geography.unitsByCodes(shown.map((p) => p.unitCode))).map((u) => [u.code, u.name]));
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'mtProposal',
    recordIds: shown.map((p) => p.id),
    cptsId,
    details: { pseudonymised: true },
  });
  return {
    cptsId,
    items: shown.map((p) => ({
      requestId: p.id,
      ageBand: ageBand(p.ageYears),
      unitCode: p.unitCode,
      unitName: names.get(p.unitCode) ?? p.unitCode,
      priorityGroup: p.priority.groupLabel,
      waitingDays: list.priorities.get(p.id)?.waitingDays ?? 0,
      homeVisits: p.needsHomeVisits,
      distanceKm: geography.km(engineGp.unitCode, p.unitCode),
      tier: geography.tier(engineGp.unitCode, p.unitCode),
    })),
  };
}

/**
 * The GP takes one candidate: atomic (the request row is locked and must still be waiting, and a
 * unique index allows one open proposal per request), so two GPs cannot take the same patient;
 * the second is told in French. The proposal is accepted at once and the patient informed.
 */
export async function takeCandidate(ctx: MtMatchingContext, cptsId: string, requestId: string): Promise<{ items: GpProposalDto[] }> {
  const gp = await currentGp(ctx.ports, ctx.principal);
  const queued: QueuedMail = [];
  await ctx.transaction(async (ports) => {
    // The GP's declaration first, then the request (always this order: no deadlock between takes).
    await ports.gpCapacity.get(cptsId, gp.idNatPs, { forUpdate: true });
    const request = await ports.mtRequests.get(requestId, { forUpdate: true });
    if (!request || request.cptsId !== cptsId) throw invalid('requestId', 'Demande introuvable dans cette CPTS.');
    if (request.status !== 'waiting')
      throw conflict('Ce patient vient d’être pris en charge par un autre médecin ou proposé par l’équipe.', 'requestId');
    const list = await waitingList(ports, cptsId, ctx.today);
    const engineGp = await gpInCpts(ports, gp, list, cptsId);
    if (Math.min(engineGp.availableNow, engineGp.availableThisMonth) <= 0)
      throw conflict('Vous n’avez plus de place déclarée : mettez à jour votre capacité d’accueil.', 'requestId');
    const { geography, patients } = compatible(list, engineGp);
    const patient = patients.find((p) => p.id === requestId);
    if (!patient) throw invalid('requestId', 'Ce patient n’entre pas dans les contraintes que vous avez déclarées.');
    const distanceKm = geography.km(engineGp.unitCode, patient.unitCode);
    const tier = geography.tier(engineGp.unitCode, patient.unitCode);
    const id = crypto.randomUUID();
    await ports.mtMatching.insertProposals([
      {
        id,
        cptsId,
        requestId,
        runId: null,
        idNatPs: gp.idNatPs,
        origin: 'pull',
        status: 'accepted',
        priorityGroup: patient.priority.groupLabel,
        weight: patient.priority.weight,
        distanceKm,
        tier,
        explanation: `Choisi par le médecin. ${proposalExplanation({ groupLabel: patient.priority.groupLabel, distanceKm, tier, remainingNow: engineGp.availableNow - 1, remainingThisMonth: engineGp.availableThisMonth - 1 })}`,
        declineReason: null,
        declineComment: null,
        createdAt: ctx.now,
        sentOn: ctx.today,
        expiresOn: null,
        decidedOn: ctx.today,
        remindedOn: null,
        isDemo: request.isDemo,
      },
    ]);
    await ports.mtMatching.addProposalEvents([
      {
        id: crypto.randomUUID(),
        proposalId: id,
        fromStatus: null,
        toStatus: 'accepted',
        actor: 'gp',
        authorId: ctx.principal.userId,
        comment: null,
        at: ctx.now,
      },
    ]);
    const data = { proposalId: id, idNatPs: gp.idNatPs, origin: 'pull' };
    const move = { today: ctx.today, now: ctx.now, actorId: ctx.principal.userId, data };
    let moved = await moveRequest(ports, request, { ...move, action: 'propose' });
    moved = await moveRequest(ports, moved, { ...move, action: 'accept' });
    if (moved.email) {
      const cpts = await ports.cpts.get(cptsId);
      await queueMtMail(
        ports,
        {
          kind: 'mt-patient-proposal',
          to: moved.email,
          cptsId,
          cptsName: cpts?.name ?? 'CPTS',
          now: ctx.now,
        },
        queued,
      );
      await moveRequest(ports, moved, { ...move, action: 'inform' });
    }
    await ports.audit.record({ action: 'create', entity: 'mtProposal', recordIds: [requestId], cptsId, details: { origin: 'pull' } });
  });
  await deliverMtMail(ctx.ports, queued, () => ctx.now);
  return listGpProposals(ctx);
}
