import {
  canCoordinate,
  canReadCpts,
  forbidden,
  isSpecialistSpecialty,
  notFound,
  type SpecialistRequestRecord,
  specialistAccessIndicator,
} from '@maillon/domain';
import { currentProfessional } from '../pro-requests/current-professional.ts';
import { isPhysician } from './specialist-request-commands.ts';
import { outcomeOf, specialistRequestDto } from './specialist-request-dto.ts';
import type { SpecialistRequestsContext } from './specialist-requests-ports.ts';

/** Dedicated slots are offered up to this far ahead (the longest target, 30 days, and a few days more). */
const SLOT_HORIZON_MS = 35 * 86_400_000;

/**
 * The signed-in physician's requests and, for a specialist, their inbox (open requests of their
 * specialties in the CPTS they are members of, and those they settled) with their own
 * dedicated slots: free, future, of those CPTS, open to PRO (docs/reference/specialist-access.md §2, §4).
 */
export async function mySpecialistRequests(ctx: SpecialistRequestsContext) {
  const me = await currentProfessional(ctx.ports, ctx.principal);
  const specialties = [
    ...new Set(
      me.activities.filter((a) => a.professionCode === '10' && isSpecialistSpecialty(a.specialtyCode)).map((a) => a.specialtyCode),
    ),
  ].filter((c): c is string => c !== null);
  const cpts = [];
  const inbox: SpecialistRequestRecord[] = [];
  for (const cptsId of await ctx.ports.proRequests.activeMemberships(me.idNatPs)) {
    const record = await ctx.ports.cpts.get(cptsId);
    if (!record) continue;
    cpts.push({ id: cptsId, name: record.name });
    inbox.push(...(await ctx.ports.specialistRequests.inbox(cptsId, specialties, me.idNatPs)));
  }
  const memberOf = new Set(cpts.map((c) => c.id));
  const slots =
    specialties.length === 0
      ? []
      : (await ctx.ports.slots.slotsOf(me.idNatPs, ctx.now, new Date(ctx.now.getTime() + SLOT_HORIZON_MS)))
          .filter((s) => s.status === 'free' && s.startAt > ctx.now && memberOf.has(s.cptsId) && s.visibility.includes('PRO'))
          .map((s) => ({
            id: s.id,
            cptsId: s.cptsId,
            startAt: s.startAt.toISOString(),
            endAt: s.endAt.toISOString(),
            consultationType: s.consultationType,
          }));
  const posted = await ctx.ports.specialistRequests.postedBy(me.idNatPs);
  const result = {
    me: { displayName: me.displayName, canAsk: isPhysician(me), specialties },
    cpts,
    posted: await Promise.all(posted.map((r) => specialistRequestDto(ctx.ports, r, ctx.now))),
    inbox: await Promise.all(inbox.map((r) => specialistRequestDto(ctx.ports, r, ctx.now))),
    slots,
  };
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'specialistRequest',
    recordIds: [...posted, ...inbox].map((r) => r.id),
    cptsId: null,
  });
  return result;
}

/** The coordination team's list: every request of its CPTS with the summary, and the indicator (§4). */
export async function teamSpecialistRequests(ctx: SpecialistRequestsContext, cptsId: string) {
  if (!(await ctx.ports.cpts.get(cptsId))) throw notFound('CPTS introuvable.');
  if (!canCoordinate(ctx.principal, cptsId)) throw forbidden('Réservé à l’équipe de coordination de la CPTS.');
  const records = await ctx.ports.specialistRequests.ofCpts(cptsId);
  const items = await Promise.all(records.map((r) => specialistRequestDto(ctx.ports, r, ctx.now)));
  await ctx.ports.audit.record({ action: 'read', entity: 'specialistRequest', recordIds: records.map((r) => r.id), cptsId });
  return { items, indicator: specialistAccessIndicator(records.map(outcomeOf), ctx.now) };
}

/** The indicator alone, counts without patient or name: the team, the ARS of the region, the CPAM of the département (§4). */
export async function specialistIndicator(ctx: SpecialistRequestsContext, cptsId: string) {
  const cpts = await ctx.ports.cpts.get(cptsId);
  if (!cpts) throw notFound('CPTS introuvable.');
  if (!canReadCpts(ctx.principal, cpts)) throw forbidden('Accès réservé.');
  return specialistAccessIndicator((await ctx.ports.specialistRequests.ofCpts(cptsId)).map(outcomeOf), ctx.now);
}
