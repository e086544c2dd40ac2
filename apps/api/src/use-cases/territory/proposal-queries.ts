import type { TerritoryProposalDto, TerritoryProposalList } from '@maillon/contracts';
import { assertCanReadRegion, canReadProposal, DomainError, type ProposalStatus } from '@maillon/domain';
import type { CptsContext } from '../cpts/cpts-ports.ts';
import { readableCpts } from '../cpts/load-cpts.ts';
import { proposalState, toProposalDtos } from './proposal-dto.ts';

type QueryContext = Omit<CptsContext, 'now' | 'today'>;

/**
 * Proposals of a region for its ARS/CPAM staff (and the admin): those on the region's CPTS
 * and those asking the region to decide, newest first, with the counts of pending ones and of
 * those awaiting the user's decision.
 */
export async function listRegionProposals(
  ctx: QueryContext,
  regionCode: string,
  status: ProposalStatus | undefined,
): Promise<TerritoryProposalList> {
  assertCanReadRegion(ctx.principal, regionCode);
  const records = await ctx.ports.territoryProposals.listForRegion(regionCode, {});
  const all = await toProposalDtos({ ...ctx, records });
  const pending = all.filter((p) => p.status === 'pending');
  return {
    items: status ? all.filter((p) => p.status === status) : all,
    counts: { pending: pending.length, awaitingMe: pending.filter((p) => p.permissions.decide.length > 0).length },
  };
}

/** Every proposal of a CPTS (its page's history), for those who read the CPTS. */
export async function listCptsProposals(ctx: QueryContext, cptsId: string): Promise<TerritoryProposalDto[]> {
  await readableCpts(ctx.ports.cpts, ctx.principal, cptsId);
  return toProposalDtos({ ...ctx, records: await ctx.ports.territoryProposals.listOfCpts(cptsId) });
}

/** One proposal, for its readers (the CPTS's readers and the staff of every region asked). */
export async function getProposal(ctx: QueryContext, id: string): Promise<TerritoryProposalDto> {
  const record = await ctx.ports.territoryProposals.get(id);
  const cpts = record ? await ctx.ports.cpts.get(record.cptsId) : null;
  if (!record || !cpts || !canReadProposal(ctx.principal, proposalState(record, cpts))) {
    throw new DomainError('NOT_FOUND', 'Proposition de territoire introuvable.');
  }
  const [dto] = await toProposalDtos({ ...ctx, records: [record] });
  return dto as TerritoryProposalDto;
}
