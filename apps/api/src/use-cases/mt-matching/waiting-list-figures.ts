import type { WaitingListIndicatorsDto } from '@maillon/contracts';
import { ageOn, canReadCpts, canReadRegion, forbidden, notFound, waitingListIndicators } from '@maillon/domain';
import type { MtMatchingContext } from './matching-run-ports.ts';
import { followUpOf, priorityOf, priorityRuleOf } from './waiting-list-input.ts';

const PLACED = ['accepted', 'consulted', 'declared'] as const;

/**
 * The waiting-list indicators of a CPTS (issue #9 item 6, docs/reference/mt-matching.md §4):
 * counts only, for its team and for the ARS of its region and the CPAM of its département
 * (never an identity). A request counts as placed on the day a GP accepted it; the CPAM
 * baseline is the ALD and 70+ patients of the CPAM's list (requests imported from it).
 */
export async function cptsWaitingListIndicators(ctx: MtMatchingContext, cptsId: string): Promise<WaitingListIndicatorsDto> {
  const cpts = await ctx.ports.cpts.get(cptsId);
  if (!cpts) throw notFound('CPTS introuvable.');
  if (!canReadCpts(ctx.principal, cpts)) throw forbidden('Cette CPTS n’est pas dans votre périmètre.');
  const rule = await priorityRuleOf(ctx.ports, cptsId);
  const followUp = await followUpOf(ctx.ports, cptsId);
  const requests = (await ctx.ports.mtRequests.list(cptsId, {})).filter((r) => r.status !== 'merged');
  const placed = await ctx.ports.mtMatching.proposals({ cptsId, statuses: [...PLACED] });
  const placedOn = new Map(placed.map((p) => [p.requestId, p.decidedOn]));
  const figures = waitingListIndicators(
    requests.map((r) => ({
      waiting: r.status === 'waiting' || r.status === 'proposed',
      groupLabel: priorityOf(r, rule, ctx.today).groupLabel,
      unitCode: r.unitCode,
      requestedOn: r.requestedOn,
      placedOn: placedOn.get(r.id) ?? null,
      fromCpam: r.source === 'cpam',
      ald: r.ald,
      senior: ageOn(r.birthDate, ctx.today) >= rule.seniorAge,
    })),
    { groupOrder: rule.groups.map((g) => g.label), followUp },
  );
  const names = new Map(
    (await ctx.ports.geography.unitsByCodes(figures.waitingByUnit.map((u) => u.unitCode))).map((u) => [u.code, u.name]),
  );
  return {
    ...figures,
    cptsId,
    cptsName: cpts.name,
    responseDays: followUp.responseDays,
    waitingByUnit: figures.waitingByUnit.map((u) => ({ ...u, unitName: names.get(u.unitCode) ?? u.unitCode })),
  };
}

/** The indicators of every CPTS of a region the principal reads (ARS of the region, CPAM: its département's CPTS). */
export async function regionWaitingListIndicators(
  ctx: MtMatchingContext,
  regionCode: string,
): Promise<{ items: WaitingListIndicatorsDto[] }> {
  if (!canReadRegion(ctx.principal, regionCode)) throw forbidden('Cette région n’est pas dans votre périmètre.');
  const readable = (await ctx.ports.cpts.list({ regionCode })).filter((c) => canReadCpts(ctx.principal, c));
  const items: WaitingListIndicatorsDto[] = [];
  for (const c of readable) items.push(await cptsWaitingListIndicators(ctx, c.id));
  return { items };
}
