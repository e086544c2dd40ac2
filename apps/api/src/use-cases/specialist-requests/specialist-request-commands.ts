import type { SpecialistRequestDto, SpecialistRequestInputDto } from '@maillon/contracts';
import {
  checkSpecialistAnswer,
  checkSpecialistRequestInput,
  conflict,
  forbidden,
  invalid,
  notFound,
  type ProfessionalIdentity,
  type SpecialistRequestRecord,
  type SpecialistTarget,
  specialistDeadline,
} from '@maillon/domain';
import { currentProfessional } from '../pro-requests/current-professional.ts';
import { claimAndInsertBooking } from '../slot-booking/slot-bookings.ts';
import { specialistRequestDto } from './specialist-request-dto.ts';
import type { SpecialistRequestsContext, SpecialistRequestsPorts } from './specialist-requests-ports.ts';

const SETTLED = 'Demande déjà traitée par un confrère.';

/** A physician of the directory (profession 10): the one who asks (docs/reference/specialist-access.md §1). */
export const isPhysician = (me: ProfessionalIdentity) => me.activities.some((a) => a.professionCode === '10');

/**
 * A physician member of the CPTS asks its specialists of one specialty for a consultation or an
 * opinion within a target delay (§1). Refused when the CPTS has no other member of that specialty.
 */
export async function postSpecialistRequest(ctx: SpecialistRequestsContext, input: SpecialistRequestInputDto) {
  const me = await currentProfessional(ctx.ports, ctx.principal);
  if (!isPhysician(me)) throw forbidden('Réservé aux médecins adhérents de la CPTS.');
  checkSpecialistRequestInput({ ...input, target: input.target as SpecialistTarget });
  if (!(await ctx.ports.proRequests.activeMemberships(me.idNatPs)).includes(input.cptsId))
    throw forbidden('Réservé aux médecins adhérents de la CPTS.');
  const specialists = await ctx.ports.proRequests.candidates(input.cptsId, '10', input.specialtyCode);
  if (!specialists.some((s) => s.idNatPs !== me.idNatPs))
    throw invalid('specialtyCode', 'Aucun autre spécialiste de cette spécialité n’est adhérent de la CPTS.');
  const target = input.target as SpecialistTarget;
  const record: SpecialistRequestRecord = {
    id: crypto.randomUUID(),
    cptsId: input.cptsId,
    authorIdNatPs: me.idNatPs,
    authorName: me.displayName,
    specialtyCode: input.specialtyCode,
    kind: input.kind,
    target,
    patient: { ...input.patient, need: input.patient.need.trim() },
    status: 'open',
    createdAt: ctx.now,
    deadlineAt: specialistDeadline(ctx.now, target),
    settledByIdNatPs: null,
    settledByName: null,
    settledAt: null,
    answerText: null,
    bookingId: null,
    achievedAt: null,
    cancelledAt: null,
    isDemo: false,
  };
  await ctx.transaction(async (ports) => {
    await ports.specialistRequests.insert(record);
    await ports.audit.record({ action: 'create', entity: 'specialistRequest', recordIds: [record.id], cptsId: record.cptsId });
  });
  return specialistRequestDto(ctx.ports, record, ctx.now);
}

/** The request and the signed-in specialist: an active member of its CPTS with its specialty, not its author (§2). */
async function asSpecialist(ctx: SpecialistRequestsContext, id: string) {
  const me = await currentProfessional(ctx.ports, ctx.principal);
  const request = await ctx.ports.specialistRequests.get(id);
  if (!request) throw notFound('Demande introuvable.');
  const specialists = await ctx.ports.proRequests.candidates(request.cptsId, '10', request.specialtyCode);
  if (request.authorIdNatPs === me.idNatPs || !specialists.some((s) => s.idNatPs === me.idNatPs))
    throw forbidden('Réservé aux spécialistes de la CPTS exerçant cette spécialité.');
  if (request.status === 'cancelled') throw conflict('Cette demande a été annulée.');
  if (request.status !== 'open') throw conflict(SETTLED);
  return { me, request };
}

async function settledDto(ctx: SpecialistRequestsContext, id: string): Promise<SpecialistRequestDto> {
  const record = await ctx.ports.specialistRequests.get(id);
  if (!record) throw notFound('Demande introuvable.');
  return specialistRequestDto(ctx.ports, record, ctx.now);
}

/** The specialist writes the opinion: settled once, by one conditional UPDATE (§2). */
export async function answerSpecialistRequest(ctx: SpecialistRequestsContext, id: string, text: string) {
  const answerText = checkSpecialistAnswer(text);
  const { me, request } = await asSpecialist(ctx, id);
  if (request.kind !== 'opinion') throw invalid('kind', 'Une demande de consultation se traite en réservant un créneau.');
  await ctx.transaction(async (ports) => {
    const won = await ports.specialistRequests.settle(id, {
      status: 'answered',
      answerText,
      bookingId: null,
      byIdNatPs: me.idNatPs,
      byName: me.displayName,
      at: ctx.now,
      achievedAt: ctx.now,
    });
    if (!won) throw conflict(SETTLED);
    await ports.audit.record({
      action: 'update',
      entity: 'specialistRequest',
      recordIds: [id],
      cptsId: request.cptsId,
      details: { status: 'answered' },
    });
  });
  return settledDto(ctx, id);
}

/**
 * The specialist books one of their dedicated slots (their own free future slot of the CPTS
 * open to PRO) for the consultation, in one transaction: the request row locked and re-checked,
 * the slot booked by the booking code of slots (conditional claim, unique live booking, PRO
 * quota), then the request settled by its conditional UPDATE. Of two specialists, one wins (§2).
 */
export async function bookSpecialistRequest(ctx: SpecialistRequestsContext, id: string, slotId: string) {
  const { me, request } = await asSpecialist(ctx, id);
  if (request.kind !== 'consultation') throw invalid('kind', 'Une demande d’avis se traite par une réponse écrite.');
  const slot = await ctx.ports.slotBooking.slot(slotId);
  if (!slot || slot.idNatPs !== me.idNatPs || slot.cptsId !== request.cptsId || !slot.visibility.includes('PRO'))
    throw invalid('slotId', 'Choisissez un de vos créneaux dédiés de la CPTS (ouverts aux professionnels).');
  if (slot.startAt <= ctx.now) throw conflict('Ce créneau est passé.', 'slotId');
  const bookingId = crypto.randomUUID();
  await ctx.transaction(async (ports: SpecialistRequestsPorts) => {
    const locked = await ports.specialistRequests.get(id, { forUpdate: true });
    if (locked?.status !== 'open') throw conflict(SETTLED);
    const booked = await claimAndInsertBooking(ports, {
      id: bookingId,
      slotId,
      channel: 'PRO',
      userId: ctx.principal.userId,
      now: ctx.now,
      // The patient's identity is not in Maillon: the requesting physician tells the patient (§2).
      patient: {
        patientLastName: null,
        patientFirstName: null,
        patientBirthDate: null,
        patientPhone: null,
        patientEmail: null,
        patientUnitCode: null,
        need: null,
      },
    });
    const won = await ports.specialistRequests.settle(id, {
      status: 'booked',
      answerText: null,
      bookingId,
      byIdNatPs: me.idNatPs,
      byName: me.displayName,
      at: ctx.now,
      achievedAt: booked.startAt,
    });
    if (!won) throw conflict(SETTLED);
    await ports.audit.record({
      action: 'create',
      entity: 'slotBooking',
      recordIds: [bookingId],
      cptsId: request.cptsId,
      details: { channel: 'PRO' },
    });
    await ports.audit.record({
      action: 'update',
      entity: 'specialistRequest',
      recordIds: [id],
      cptsId: request.cptsId,
      details: { status: 'booked' },
    });
  });
  return settledDto(ctx, id);
}

/** The author cancels their request while it is open. */
export async function cancelSpecialistRequest(ctx: SpecialistRequestsContext, id: string) {
  const me = await currentProfessional(ctx.ports, ctx.principal);
  const request = await ctx.ports.specialistRequests.get(id);
  if (!request) throw notFound('Demande introuvable.');
  if (request.authorIdNatPs !== me.idNatPs) throw forbidden('Seul le médecin qui a fait la demande peut l’annuler.');
  await ctx.transaction(async (ports) => {
    if (!(await ports.specialistRequests.cancel(id, ctx.now))) throw conflict('Cette demande n’est plus en attente.');
    await ports.audit.record({
      action: 'update',
      entity: 'specialistRequest',
      recordIds: [id],
      cptsId: request.cptsId,
      details: { status: 'cancelled' },
    });
  });
  return settledDto(ctx, id);
}
