import type { ProRequestInputDto } from '@maillon/contracts';
import {
  checkProRequestInput,
  conflict,
  DEFAULT_PRO_REQUEST_SETTINGS,
  forbidden,
  invalid,
  notFound,
  type ProRequestRecord,
  proRequestDeadlines,
} from '@maillon/domain';
import { currentProfessional } from './current-professional.ts';
import { deliverProRequestMail, type QueuedMail } from './pro-request-mail.ts';
import { proRequestDetail } from './pro-request-queries.ts';
import { broaden, offerTo } from './pro-request-routing.ts';
import type { ProRequestsContext } from './pro-requests-ports.ts';

/**
 * A professional member of the CPTS posts a need (issue #10 item 5). It goes first to the
 * usual professional when named (one of the CPTS's professionals of that profession), else at
 * once to every eligible professional nearby (docs/reference/pro-requests.md §3).
 */
export async function postProRequest(ctx: ProRequestsContext, input: ProRequestInputDto) {
  const me = await currentProfessional(ctx.ports, ctx.principal);
  checkProRequestInput(input, ctx.today);
  if (!(await ctx.ports.proRequests.activeMemberships(me.idNatPs)).includes(input.cptsId))
    throw forbidden('Réservé aux professionnels adhérents de la CPTS.');
  const territory = await ctx.ports.cpts.unitCodes(input.cptsId);
  if (!territory.includes(input.unitCode)) throw invalid('unitCode', 'La commune doit appartenir au territoire de la CPTS.');
  const candidates = await ctx.ports.proRequests.candidates(input.cptsId, input.professionCode, input.specialtyCode);
  const usual = input.usualIdNatPs === null ? null : candidates.find((c) => c.idNatPs === input.usualIdNatPs);
  if (input.usualIdNatPs !== null && (!usual || usual.idNatPs === me.idNatPs))
    throw invalid('usualIdNatPs', 'Le professionnel habituel doit être un autre adhérent de la CPTS exerçant cette profession.');
  const settings = (await ctx.ports.proRequests.settings(input.cptsId)) ?? DEFAULT_PRO_REQUEST_SETTINGS;
  const deadlines = proRequestDeadlines(ctx.now, input.urgency, usual != null, settings);
  const record: ProRequestRecord = {
    id: crypto.randomUUID(),
    cptsId: input.cptsId,
    authorIdNatPs: me.idNatPs,
    authorName: me.displayName,
    professionCode: input.professionCode,
    specialtyCode: input.specialtyCode,
    act: input.act.trim(),
    unitCode: input.unitCode,
    wantedOn: input.wantedOn,
    windowStart: input.windowStart,
    windowEnd: input.windowEnd,
    urgency: input.urgency,
    patient: { ...input.patient, need: input.patient.need.trim() },
    usualIdNatPs: usual?.idNatPs ?? null,
    stage: usual ? 'usual' : 'broad',
    status: 'open',
    createdAt: ctx.now,
    ...deadlines,
    escalatedAt: null,
    takenByIdNatPs: null,
    takenByName: null,
    takenAt: null,
    isDemo: false,
  };
  const queued: QueuedMail = [];
  await ctx.transaction(async (ports) => {
    await ports.proRequests.insert(record);
    await ports.proRequests.addEvent({ requestId: record.id, at: ctx.now, kind: 'posted', idNatPs: me.idNatPs, reason: null });
    if (usual) {
      await offerTo(ports, record, [usual], ctx.now, queued);
      await ports.proRequests.addEvent({ requestId: record.id, at: ctx.now, kind: 'offeredUsual', idNatPs: usual.idNatPs, reason: null });
    } else {
      const count = await broaden(ports, record, ctx.now, queued);
      await ports.proRequests.addEvent({
        requestId: record.id,
        at: ctx.now,
        kind: 'broadened',
        idNatPs: null,
        reason: `${count} destinataire(s)`,
      });
    }
    await ports.audit.record({ action: 'create', entity: 'proRequest', recordIds: [record.id], cptsId: record.cptsId });
  });
  await deliverProRequestMail(ctx.ports, queued, () => new Date());
  return proRequestDetail(ctx, record.id, { audit: false });
}

/** The one who may act on an offered request: offered to them, not declined, not the author. */
async function offeredRequest(ctx: ProRequestsContext, id: string) {
  const me = await currentProfessional(ctx.ports, ctx.principal);
  const request = await ctx.ports.proRequests.get(id);
  if (!request) throw notFound('Demande introuvable.');
  const offer = (await ctx.ports.proRequests.offers(id)).find((o) => o.idNatPs === me.idNatPs);
  if (!offer) throw forbidden('Cette demande ne vous a pas été adressée.');
  return { me, request, offer };
}

/**
 * Accepts: the first to accept takes it, exactly once — one conditional UPDATE (`WHERE status
 * = 'open'`), so concurrent accepts yield one winner; the others get 409 "prise par un
 * confrère" (docs/reference/pro-requests.md §3).
 */
export async function acceptProRequest(ctx: ProRequestsContext, id: string) {
  const { me, offer } = await offeredRequest(ctx, id);
  if (offer.declinedAt) throw conflict('Vous avez décliné cette demande.');
  const won = await ctx.transaction(async (ports) => {
    if (!(await ports.proRequests.take(id, me.idNatPs, me.displayName, ctx.now))) return false;
    await ports.proRequests.addEvent({ requestId: id, at: ctx.now, kind: 'accepted', idNatPs: me.idNatPs, reason: null });
    await ports.audit.record({
      action: 'update',
      entity: 'proRequest',
      recordIds: [id],
      cptsId: (await ports.proRequests.get(id))?.cptsId ?? null,
    });
    return true;
  });
  if (!won) {
    const now = await ctx.ports.proRequests.get(id);
    throw conflict(now?.status === 'taken' ? 'Demande déjà prise par un confrère.' : 'Cette demande n’est plus ouverte.');
  }
  return proRequestDetail(ctx, id, { audit: false });
}

/**
 * Declines with a reason. When the usual professional declines, the request is broadened at
 * once instead of waiting for the delay (docs/reference/pro-requests.md §3).
 */
export async function declineProRequest(ctx: ProRequestsContext, id: string, reason: string) {
  const { me } = await offeredRequest(ctx, id);
  if (reason.trim().length < 2) throw invalid('reason', 'Indiquez un motif.');
  const queued: QueuedMail = [];
  await ctx.transaction(async (ports) => {
    const request = await ports.proRequests.get(id, { forUpdate: true });
    if (request?.status !== 'open') throw conflict('Cette demande n’est plus ouverte.');
    if (!(await ports.proRequests.decline(id, me.idNatPs, ctx.now))) throw conflict('Vous avez déjà décliné cette demande.');
    await ports.proRequests.addEvent({ requestId: id, at: ctx.now, kind: 'declined', idNatPs: me.idNatPs, reason: reason.trim() });
    if (request.stage === 'usual' && request.usualIdNatPs === me.idNatPs && (await ports.proRequests.update(id, { stage: 'broad' }))) {
      const count = await broaden(ports, request, ctx.now, queued);
      await ports.proRequests.addEvent({
        requestId: id,
        at: ctx.now,
        kind: 'broadened',
        idNatPs: null,
        reason: `${count} destinataire(s)`,
      });
    }
    await ports.audit.record({ action: 'update', entity: 'proRequest', recordIds: [id], cptsId: request.cptsId });
  });
  await deliverProRequestMail(ctx.ports, queued, () => new Date());
  return proRequestDetail(ctx, id, { audit: false });
}

/** The author cancels their open request (the page asks for confirmation first). */
export async function cancelProRequest(ctx: ProRequestsContext, id: string) {
  const me = await currentProfessional(ctx.ports, ctx.principal);
  const request = await ctx.ports.proRequests.get(id);
  if (!request) throw notFound('Demande introuvable.');
  if (request.authorIdNatPs !== me.idNatPs) throw forbidden('Seul l’auteur peut annuler sa demande.');
  await ctx.transaction(async (ports) => {
    if (!(await ports.proRequests.update(id, { status: 'cancelled' }))) throw conflict('Cette demande n’est plus ouverte.');
    await ports.proRequests.addEvent({ requestId: id, at: ctx.now, kind: 'cancelled', idNatPs: me.idNatPs, reason: null });
    await ports.audit.record({ action: 'update', entity: 'proRequest', recordIds: [id], cptsId: request.cptsId });
  });
  return proRequestDetail(ctx, id, { audit: false });
}
