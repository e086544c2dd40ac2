import type { CptsRecord, TerritoryProposalRecord } from '@maillon/domain';
import {
  applyTerritoryDiff,
  assertCanWithdrawProposal,
  canReadProposal,
  conflict,
  DomainError,
  isActive,
  planProposalDecision,
} from '@maillon/domain';
import type { CptsContext, CptsPorts } from '../cpts/cpts-ports.ts';
import { proposalState, sameUnitSet } from './proposal-dto.ts';

/**
 * Locks a proposal's CPTS, then the proposal (the order every territory change takes, so that
 * a decision and a new proposal on the same CPTS wait for each other instead of deadlocking);
 * a proposal the principal may not read answers 404.
 */
async function loadProposal(
  ports: CptsPorts,
  ctx: CptsContext,
  id: string,
): Promise<{ proposal: TerritoryProposalRecord; cpts: CptsRecord }> {
  const found = await ports.territoryProposals.get(id);
  const cpts = found ? await ports.cpts.get(found.cptsId, { forUpdate: true }) : null;
  const proposal = cpts ? await ports.territoryProposals.get(id, { forUpdate: true }) : null;
  if (!proposal || !cpts || !canReadProposal(ctx.principal, proposalState(proposal, cpts))) {
    throw new DomainError('NOT_FOUND', 'Proposition de territoire introuvable.');
  }
  return { proposal, cpts };
}

/**
 * Records the decision of the principal's region(s). The last acceptance applies the proposed
 * territory in the same transaction, after checking that the current territory is still the
 * one the proposal was made against (else 409: no silent merge) and that every unit still
 * exists in the reference geography.
 */
export async function decideProposal(
  ctx: CptsContext,
  id: string,
  request: { decision: 'accept' | 'refuse'; comment?: string | undefined; regionCode?: string | undefined },
): Promise<string> {
  return ctx.transaction(async (ports) => {
    const { proposal, cpts } = await loadProposal(ports, ctx, id);
    const plan = planProposalDecision({
      principal: ctx.principal,
      proposal: proposalState(proposal, cpts),
      verdict: request.decision,
      comment: request.comment,
      regionCode: request.regionCode,
    });
    if (plan.outcome === 'accepted') {
      if (!isActive(cpts.stage)) throw conflict('Cette CPTS n’est plus active : son territoire ne peut plus changer.');
      const current = await ports.cpts.unitCodes(cpts.id);
      if (!sameUnitSet(current, proposal.baseUnitCodes)) {
        throw conflict(
          'Le territoire de la CPTS a changé depuis cette proposition : elle ne peut plus être appliquée telle quelle. Refusez-la et demandez une nouvelle proposition.',
        );
      }
      const gone = proposal.addedUnitCodes.find((code) => !ctx.index.indexByCode.has(code));
      if (gone)
        throw conflict(`La commune ${gone} n'existe plus dans le référentiel géographique : la proposition ne peut pas être appliquée.`);
      const next = applyTerritoryDiff(current, { added: proposal.addedUnitCodes, removed: proposal.removedUnitCodes });
      await ports.cpts.replaceTerritory(cpts.id, next, ctx.now);
    }
    await ports.territoryProposals.recordDecisions(
      id,
      plan.regions.map((regionCode) => ({
        regionCode,
        decision: plan.decision,
        decidedBy: ctx.principal.userId,
        decidedAt: ctx.now,
        comment: plan.comment,
      })),
    );
    if (plan.outcome !== 'pending') {
      await ports.territoryProposals.close(id, { status: plan.outcome, closedAt: ctx.now, closedBy: ctx.principal.userId });
    }
    return cpts.id;
  });
}

/** Withdraws a pending proposal (its author, or the admin). */
export async function withdrawProposal(ctx: CptsContext, id: string): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { proposal, cpts } = await loadProposal(ports, ctx, id);
    assertCanWithdrawProposal(ctx.principal, proposalState(proposal, cpts));
    await ports.territoryProposals.close(id, { status: 'withdrawn', closedAt: ctx.now, closedBy: ctx.principal.userId });
  });
}
