import {
  canCoordinate,
  canReadCpts,
  forbidden,
  medianMinutes,
  notFound,
  PRO_REQUEST_PROFESSIONS,
  type ProRequestRecord,
  type ProRequestsRepository,
} from '@maillon/domain';
import { currentProfessional } from './current-professional.ts';
import { communeLabels, proRequestDto, timelineDto, type Viewer } from './pro-request-dto.ts';
import type { ProRequestsContext } from './pro-requests-ports.ts';

async function viewerIdNatPs(ctx: ProRequestsContext): Promise<string | null> {
  const user = await ctx.ports.identity.findUserById(ctx.principal.userId);
  return user?.idNatPs ?? null;
}

async function namesOf(repo: ProRequestsRepository, request: ProRequestRecord): Promise<Map<string, string>> {
  const names = new Map<string, string>([[request.authorIdNatPs, request.authorName]]);
  for (const o of await repo.offers(request.id)) names.set(o.idNatPs, o.displayName);
  return names;
}

/**
 * One request with its timeline, for its author, a professional it was offered to, or the
 * coordination team of its CPTS; anyone else is refused. A receiver's first look is logged as
 * "viewed" (docs/reference/pro-requests.md §5).
 */
export async function proRequestDetail(ctx: ProRequestsContext, id: string, options: { audit: boolean } = { audit: true }) {
  const request = await ctx.ports.proRequests.get(id);
  if (!request) throw notFound('Demande introuvable.');
  const idNatPs = await viewerIdNatPs(ctx);
  const offers = await ctx.ports.proRequests.offers(id);
  const viewer: Viewer = { idNatPs, team: canCoordinate(ctx.principal, request.cptsId) };
  const offered = offers.some((o) => o.idNatPs === idNatPs);
  if (!viewer.team && request.authorIdNatPs !== idNatPs && !offered) throw forbidden('Cette demande ne vous concerne pas.');
  if (options.audit) {
    if (offered && idNatPs && !(await ctx.ports.proRequests.events(id)).some((e) => e.kind === 'viewed' && e.idNatPs === idNatPs))
      await ctx.ports.proRequests.addEvent({ requestId: id, at: ctx.now, kind: 'viewed', idNatPs, reason: null });
    await ctx.ports.audit.record({ action: 'read', entity: 'proRequest', recordIds: [id], cptsId: request.cptsId });
  }
  const labels = await communeLabels(ctx.ports, [request.unitCode]);
  const events = await ctx.ports.proRequests.events(id);
  const dto = proRequestDto(request, viewer, offers, labels);
  const names = await namesOf(ctx.ports.proRequests, request);
  // A receiver who did not take it never learns who did (docs/reference/pro-requests.md §6): only the author's and their own name.
  const shown = dto.takenByOther ? new Map([...names].filter(([who]) => who === request.authorIdNatPs || who === idNatPs)) : names;
  return { ...dto, timeline: timelineDto(events, shown) };
}

/** The signed-in professional's requests: posted and received, plus what the form needs (their CPTS, colleagues, communes). */
export async function myProRequests(ctx: ProRequestsContext) {
  const me = await currentProfessional(ctx.ports, ctx.principal);
  const posted = await ctx.ports.proRequests.postedBy(me.idNatPs);
  const received = await ctx.ports.proRequests.offeredTo(me.idNatPs);
  const cptsIds = await ctx.ports.proRequests.activeMemberships(me.idNatPs);
  const cpts = [];
  for (const cptsId of cptsIds) {
    const record = await ctx.ports.cpts.get(cptsId);
    if (!record) continue;
    const colleagues = [];
    for (const code of Object.keys(PRO_REQUEST_PROFESSIONS))
      for (const c of await ctx.ports.proRequests.candidates(cptsId, code, null))
        if (c.idNatPs !== me.idNatPs) colleagues.push({ idNatPs: c.idNatPs, displayName: c.displayName, professionCode: code });
    const territory = await ctx.ports.cpts.unitCodes(cptsId);
    const labels = await communeLabels(ctx.ports, territory);
    const communes = territory
      .map((code) => ({ code, label: labels.get(code) ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
    cpts.push({ id: cptsId, name: record.name, colleagues, communes });
  }
  const all = [...posted, ...received];
  const labels = await communeLabels(
    ctx.ports,
    all.map((r) => r.unitCode),
  );
  const viewer: Viewer = { idNatPs: me.idNatPs, team: false };
  const dto = async (r: ProRequestRecord) => proRequestDto(r, viewer, await ctx.ports.proRequests.offers(r.id), labels);
  const result = {
    me: { idNatPs: me.idNatPs, displayName: me.displayName },
    cpts,
    posted: await Promise.all(posted.map(dto)),
    received: await Promise.all(received.map(dto)),
  };
  await ctx.ports.audit.record({ action: 'read', entity: 'proRequest', recordIds: all.map((r) => r.id), cptsId: null });
  return result;
}

/** Counts only (no patient, no name): posted, taken, expired, escalated, open, median minutes to accept, by profession (§6). */
export function proRequestFigures(records: readonly ProRequestRecord[]) {
  const count = (rs: readonly ProRequestRecord[]) => ({
    posted: rs.length,
    taken: rs.filter((r) => r.status === 'taken').length,
    expired: rs.filter((r) => r.status === 'expired').length,
    escalated: rs.filter((r) => r.escalatedAt !== null).length,
    open: rs.filter((r) => r.status === 'open').length,
    medianMinutesToAccept: medianMinutes(
      rs.flatMap((r) => (r.takenAt ? [Math.round((r.takenAt.getTime() - r.createdAt.getTime()) / 60_000)] : [])),
    ),
  });
  const codes = [...new Set(records.map((r) => r.professionCode))].sort();
  return {
    ...count(records),
    byProfession: codes.map((code) => ({ professionCode: code, ...count(records.filter((r) => r.professionCode === code)) })),
  };
}

/** The coordination team's desk: every request of its CPTS with its timeline, and the figures. */
export async function teamProRequests(ctx: ProRequestsContext, cptsId: string) {
  const cpts = await ctx.ports.cpts.get(cptsId);
  if (!cpts) throw notFound('CPTS introuvable.');
  if (!canCoordinate(ctx.principal, cptsId)) throw forbidden('Réservé à l’équipe de coordination de la CPTS.');
  const records = await ctx.ports.proRequests.ofCpts(cptsId);
  const labels = await communeLabels(
    ctx.ports,
    records.map((r) => r.unitCode),
  );
  const viewer: Viewer = { idNatPs: null, team: true };
  const items = [];
  for (const r of records) {
    const offers = await ctx.ports.proRequests.offers(r.id);
    items.push({
      ...proRequestDto(r, viewer, offers, labels),
      timeline: timelineDto(await ctx.ports.proRequests.events(r.id), await namesOf(ctx.ports.proRequests, r)),
    });
  }
  await ctx.ports.audit.record({ action: 'read', entity: 'proRequest', recordIds: records.map((r) => r.id), cptsId });
  return { items, figures: proRequestFigures(records) };
}

/** Counts for the team, ARS of the region and CPAM of the département: no personal data. */
export async function proRequestCounts(ctx: ProRequestsContext, cptsId: string) {
  const cpts = await ctx.ports.cpts.get(cptsId);
  if (!cpts) throw notFound('CPTS introuvable.');
  if (!canReadCpts(ctx.principal, cpts)) throw forbidden('Accès réservé.');
  return proRequestFigures(await ctx.ports.proRequests.ofCpts(cptsId));
}
