import { canReadRegion, coordinatedCpts, forbidden, isAdmin, isCpamOf, type Principal, steeredRegions } from '@maillon/domain';
import { priorityOf } from './desk-queries.ts';
import { deskSettingsOf } from './desk-settings.ts';
import type { MtRequestsContext } from './mt-requests-ports.ts';

/**
 * Counts only (issue #9 item 7): ARS and CPAM staff of a region, the coordination teams of other
 * CPTS (their region's) and the admin see how many requests each CPTS has, by status, door and
 * priority group, never who. Priority groups are computed here from the identities, which never
 * leave this function.
 */
export async function requestCounts(ctx: MtRequestsContext, query: { region?: string | undefined }) {
  const p: Principal = ctx.principal;
  const own = coordinatedCpts(p);
  const ownRegions = own.length > 0 ? (await ctx.ports.cpts.list({ ids: own })).map((c) => c.regionCode) : [];
  const regions = isAdmin(p) ? null : new Set([...steeredRegions(p), ...ownRegions]);
  if (regions && regions.size === 0) throw forbidden('Réservé aux ARS, CPAM, équipes de coordination et à l’administration.');
  if (query.region && regions && !regions.has(query.region) && !canReadRegion(p, query.region)) {
    throw forbidden('Cette région ne relève pas de votre périmètre.');
  }
  const all = await ctx.ports.cpts.list({ regionCode: query.region });
  const visible = all.filter((c) => !regions || regions.has(c.regionCode) || isCpamOf(p, c));
  const counts = await ctx.ports.mtRequests.counts(visible.map((c) => c.id));
  const items = [];
  for (const c of visible) {
    const mine = counts.filter((x) => x.cptsId === c.id);
    const byStatus: Record<string, number> = {};
    const bySource: Record<string, number> = {};
    for (const x of mine) {
      byStatus[x.status] = (byStatus[x.status] ?? 0) + x.count;
      bySource[x.source] = (bySource[x.source] ?? 0) + x.count;
    }
    const { priorityRule } = await deskSettingsOf(ctx.ports, c.id);
    const waiting = mine.some((x) => x.status === 'waiting') ? await ctx.ports.mtRequests.list(c.id, { statuses: ['waiting'] }) : [];
    const byGroup = new Map<string, number>();
    for (const r of waiting) {
      const g = priorityOf(r, priorityRule, ctx.today).groupId;
      byGroup.set(g, (byGroup.get(g) ?? 0) + 1);
    }
    items.push({
      cptsId: c.id,
      cptsName: c.name,
      total: mine.reduce((s, x) => s + x.count, 0),
      byStatus,
      bySource,
      waitingByGroup: priorityRule.groups.map((g) => ({ groupId: g.id, label: g.label, count: byGroup.get(g.id) ?? 0 })),
    });
  }
  return { items };
}
