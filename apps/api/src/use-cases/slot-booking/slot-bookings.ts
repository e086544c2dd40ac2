import type { BookingDto, BookingInput } from '@maillon/contracts';
import {
  assertBookingMove,
  type BookableSlotRecord,
  type BookingOutcome,
  type BookingWithSlot,
  bookingMail,
  checkBookingPatient,
  checkCancelReason,
  checkOutcomeTime,
  conflict,
  forbidden,
  holdUntil,
  isOfferedTo,
  isoWeekOf,
  isoWeekRange,
  notFound,
  type Principal,
  remainingQuota,
  type SlotBookingRecord,
  type SlotChannel,
  visibleChannels,
} from '@maillon/domain';
import { deliverQueued, queueMail } from '../mail/outbox.ts';
import { bookingDto, bookingRights } from './booking-dto.ts';
import { cptsScopes, professionalId, type SlotBookingContext, type SlotBookingPorts } from './slot-booking-ports.ts';

const TAKEN = 'Ce créneau vient d’être pris : choisissez-en un autre.';
const RECENT_MS = 7 * 86_400_000;

type Queued = { id: string; message: { to: string; subject: string; text: string; html: string } }[];

/** The channel the slot is booked through for this principal: the first of the slot's they may use (SNP first). */
async function bookingChannel(ports: SlotBookingPorts, principal: Principal, slot: BookableSlotRecord, now: Date): Promise<SlotChannel> {
  const scope = await cptsScopes(ports)(slot.cptsId);
  if (!scope) throw notFound('Créneau introuvable.');
  const allowed = visibleChannels(principal, scope, { professional: (await professionalId(ports, principal)) !== null });
  const channel = (['SNP', 'CPTS', 'PRO'] as const).find((c) => allowed.includes(c) && slot.visibility.includes(c));
  if (!channel) throw notFound('Créneau introuvable.');
  if (slot.startAt <= now) throw conflict('Ce créneau est passé.', 'slotId');
  return channel;
}

/** The weekly quota of the professional on this channel (docs/reference/slots.md §1), checked before holding or booking. */
async function checkQuota(ports: Pick<SlotBookingPorts, 'slotBooking'>, slot: BookableSlotRecord, channel: SlotChannel): Promise<void> {
  const quota = await ports.slotBooking.quota(slot.cptsId, slot.idNatPs, channel);
  if (!quota) return;
  const week = isoWeekRange(slot.startAt);
  const live = await ports.slotBooking.liveBookings(slot.cptsId, slot.idNatPs, channel, week.from, week.to);
  // One quota rule for publication and booking (packages/domain/src/slots/quotas.ts).
  if (remainingQuota({ [channel]: quota.perWeek }, { [isoWeekOf(slot.startAt)]: { [channel]: live } }, channel, slot.startAt) <= 0)
    throw conflict('Le quota hebdomadaire de rendez-vous de ce professionnel est atteint pour ce canal.', 'slotId');
}

/**
 * Holds a slot 5 minutes for the caller while they type the patient's identity (issue #10 item
 * 2): one conditional UPDATE, so of two regulators the second is told at once.
 */
export async function holdSlot(ctx: SlotBookingContext, slotId: string): Promise<{ slotId: string; heldUntil: string }> {
  const slot = await ctx.ports.slotBooking.slot(slotId);
  if (!slot) throw notFound('Créneau introuvable.');
  const channel = await bookingChannel(ctx.ports, ctx.principal, slot, ctx.now);
  if (!(slot.status === 'held' && slot.heldBy === ctx.principal.userId) && !isOfferedTo(slot, [channel], ctx.now))
    throw conflict(TAKEN, 'slotId');
  await checkQuota(ctx.ports, slot, channel);
  const held = await ctx.ports.slotBooking.hold(slotId, ctx.principal.userId, ctx.now, holdUntil(ctx.now));
  if (!held) {
    // One's own live hold stays as it is (a double click, a second tab).
    const current = await ctx.ports.slotBooking.slot(slotId);
    if (current?.status === 'held' && current.heldBy === ctx.principal.userId && current.heldUntil)
      return { slotId, heldUntil: current.heldUntil.toISOString() };
    throw conflict(TAKEN, 'slotId');
  }
  return { slotId, heldUntil: (held.heldUntil as Date).toISOString() };
}

async function communeName(ports: SlotBookingPorts, code: string): Promise<string> {
  return (await ports.geography.unitsByCodes([code]))[0]?.name ?? code;
}

async function deliver(ports: SlotBookingPorts, queued: Queued, now: Date) {
  for (const item of queued) await deliverQueued(ports, { ...item, now: () => now });
}

async function queuePatientMail(
  ports: SlotBookingPorts,
  kind: 'slot-booked' | 'slot-cancelled',
  to: string | null,
  slot: BookableSlotRecord,
  now: Date,
  queued: Queued,
) {
  if (!to) return;
  const text = bookingMail(kind, {
    startAt: slot.startAt,
    displayName: slot.displayName,
    address: slot.address,
    communeName: await communeName(ports, slot.unitCode),
  });
  const message = { to, subject: text.subject, text: text.text, html: `<p>${text.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` };
  queued.push({ id: await queueMail(ports, { message, kind, cptsId: slot.cptsId, now }), message });
}

type BookingPatient = Pick<
  SlotBookingRecord,
  'patientLastName' | 'patientFirstName' | 'patientBirthDate' | 'patientPhone' | 'patientEmail' | 'patientUnitCode' | 'need'
>;

/**
 * The atomic core of every booking, inside the caller's transaction (docs/reference/slots.md §3):
 * the slot row claimed by a conditional UPDATE (free, expired hold, or the caller's own hold),
 * the weekly quota checked, the booking row inserted — the partial unique index
 * `slot_bookings_one_live` is the last guard. Used by regulators' bookings and by specialists
 * booking for a request (docs/reference/specialist-access.md §2).
 */
export async function claimAndInsertBooking(
  ports: Pick<SlotBookingPorts, 'slotBooking'>,
  booking: { id: string; slotId: string; channel: SlotChannel; userId: string; now: Date; patient: BookingPatient },
): Promise<BookableSlotRecord> {
  const slot = await ports.slotBooking.claim(booking.slotId, booking.userId, booking.now);
  if (!slot) throw conflict(TAKEN, 'slotId');
  await checkQuota(ports, slot, booking.channel);
  const inserted = await ports.slotBooking.insertBooking({
    id: booking.id,
    slotId: booking.slotId,
    cptsId: slot.cptsId,
    channel: booking.channel,
    status: 'booked',
    source: 'maillon',
    externalId: null,
    ...booking.patient,
    bookedBy: booking.userId,
    bookedAt: booking.now,
    statusAt: booking.now,
    cancelReason: null,
    isDemo: slot.isDemo,
  });
  if (!inserted) throw conflict(TAKEN, 'slotId');
  return slot;
}

/**
 * Books the slot for the patient, after a hold or directly (issue #10 item 2), in one
 * transaction: the slot row is claimed by a conditional UPDATE (free, expired hold, or the
 * caller's own hold), then the booking inserted — the partial unique index
 * `slot_bookings_one_live` is the last guard — and the patient e-mailed, without health detail.
 */
export async function bookSlot(ctx: SlotBookingContext, slotId: string, input: BookingInput): Promise<BookingDto> {
  checkBookingPatient(input, ctx.today);
  const found = await ctx.ports.slotBooking.slot(slotId);
  if (!found) throw notFound('Créneau introuvable.');
  const channel = await bookingChannel(ctx.ports, ctx.principal, found, ctx.now);
  const queued: Queued = [];
  const id = crypto.randomUUID();
  await ctx.transaction(async (ports) => {
    const slot = await claimAndInsertBooking(ports, {
      id,
      slotId,
      channel,
      userId: ctx.principal.userId,
      now: ctx.now,
      patient: {
        patientLastName: input.lastName,
        patientFirstName: input.firstName,
        patientBirthDate: input.birthDate,
        patientPhone: input.phone,
        patientEmail: input.email,
        patientUnitCode: input.unitCode,
        need: input.need,
      },
    });
    await queuePatientMail(ports, 'slot-booked', input.email, slot, ctx.now, queued);
    await ports.audit.record({ action: 'create', entity: 'slotBooking', recordIds: [id], cptsId: slot.cptsId, details: { channel } });
  });
  await deliver(ctx.ports, queued, ctx.now);
  return readable(ctx, id, false);
}

async function toDtos(ctx: SlotBookingContext, list: BookingWithSlot[]): Promise<BookingDto[]> {
  const scopeOf = cptsScopes(ctx.ports);
  const idNatPs = await professionalId(ctx.ports, ctx.principal);
  const names = new Map(
    (await ctx.ports.geography.unitsByCodes([...new Set(list.map((b) => b.slot.unitCode))])).map((u) => [u.code, u.name]),
  );
  const out: BookingDto[] = [];
  for (const b of list) {
    const scope = await scopeOf(b.slot.cptsId);
    if (!scope) continue;
    const rights = bookingRights(b, ctx.principal, scope, idNatPs);
    if (rights.read) out.push(bookingDto(b, names.get(b.slot.unitCode) ?? b.slot.unitCode, rights));
  }
  return out;
}

/** One booking for whoever may read it (the regulator, the slot's professional, the team); audited as a read when asked. */
async function readable(ctx: SlotBookingContext, id: string, audit: boolean): Promise<BookingDto> {
  const b = await ctx.ports.slotBooking.booking(id);
  if (!b) throw notFound('Rendez-vous introuvable.');
  const [dto] = await toDtos(ctx, [b]);
  if (!dto) throw notFound('Rendez-vous introuvable.');
  if (audit) await ctx.ports.audit.record({ action: 'read', entity: 'slotBooking', recordIds: [id], cptsId: b.slot.cptsId });
  return dto;
}

export const bookingDetail = (ctx: SlotBookingContext, id: string) => readable(ctx, id, true);

async function auditedList(ctx: SlotBookingContext, list: BookingWithSlot[], cptsId: string | null): Promise<{ items: BookingDto[] }> {
  const items = await toDtos(ctx, list);
  await ctx.ports.audit.record({ action: 'read', entity: 'slotBooking', recordIds: items.map((i) => i.id), cptsId });
  return { items };
}

/** The caller's bookings of the last 7 days and to come. */
export async function myBookings(ctx: SlotBookingContext): Promise<{ items: BookingDto[] }> {
  return auditedList(ctx, await ctx.ports.slotBooking.bookedBy(ctx.principal.userId, new Date(ctx.now.getTime() - RECENT_MS)), null);
}

/** The bookings of the signed-in professional's slots (last 7 days and to come). */
export async function professionalBookings(ctx: SlotBookingContext): Promise<{ items: BookingDto[] }> {
  const idNatPs = await professionalId(ctx.ports, ctx.principal);
  if (!idNatPs) throw forbidden('Réservé aux professionnels de santé identifiés par leur numéro RPPS.');
  return auditedList(ctx, await ctx.ports.slotBooking.ofProfessional(idNatPs, new Date(ctx.now.getTime() - RECENT_MS)), null);
}

/** The bookings of a CPTS's slots, for its coordination team. */
export async function cptsBookings(
  ctx: SlotBookingContext,
  cptsId: string,
  window: { from: Date; to: Date },
): Promise<{ items: BookingDto[] }> {
  if (!(await ctx.ports.cpts.get(cptsId))) throw notFound('CPTS introuvable.');
  if (!ctx.principal.grants.some((g) => g.role === 'admin' || (g.role === 'coordinator' && g.cptsId === cptsId)))
    throw forbidden('Réservé à l’équipe de coordination de la CPTS.');
  return auditedList(ctx, await ctx.ports.slotBooking.ofCpts(cptsId, window.from, window.to), cptsId);
}

async function changeable(ctx: SlotBookingContext, ports: SlotBookingPorts, id: string) {
  const b = await ports.slotBooking.booking(id, { forUpdate: true });
  if (!b) throw notFound('Rendez-vous introuvable.');
  const scope = await cptsScopes(ports)(b.slot.cptsId);
  const rights = scope ? bookingRights(b, ctx.principal, scope, await professionalId(ports, ctx.principal)) : null;
  if (!rights?.read) throw notFound('Rendez-vous introuvable.');
  return { b, rights };
}

/**
 * Cancels a booking (the regulator, the slot's professional or the team; reason required):
 * the slot is free again, the patient told without health detail.
 */
export async function cancelBooking(ctx: SlotBookingContext, id: string, reasonText: string): Promise<BookingDto> {
  const reason = checkCancelReason(reasonText);
  const queued: Queued = [];
  await ctx.transaction(async (ports) => {
    const { b, rights } = await changeable(ctx, ports, id);
    if (!rights.cancel) throw forbidden('Vous ne pouvez pas annuler ce rendez-vous.');
    assertBookingMove(b.booking.status, 'cancelled');
    await ports.slotBooking.setBookingStatus(id, 'cancelled', ctx.now, reason);
    if (b.slot.startAt > ctx.now && b.slot.status === 'booked') await ports.slotBooking.release(b.slot.id, ctx.now);
    await queuePatientMail(ports, 'slot-cancelled', b.booking.patientEmail, b.slot, ctx.now, queued);
    const reopened = await ports.specialistRequests.reopenAfterCancelledBooking(id);
    if (reopened)
      await ports.audit.record({
        action: 'update',
        entity: 'specialistRequest',
        recordIds: [reopened],
        cptsId: b.slot.cptsId,
        details: { status: 'open' },
      });
    await ports.audit.record({
      action: 'update',
      entity: 'slotBooking',
      recordIds: [id],
      cptsId: b.slot.cptsId,
      details: { status: 'cancelled' },
    });
  });
  await deliver(ctx.ports, queued, ctx.now);
  return readable(ctx, id, false);
}

/** The professional or the team records whether the patient came (FrAppointmentSAS fulfilled / noshow). */
export async function recordOutcome(ctx: SlotBookingContext, id: string, status: BookingOutcome): Promise<BookingDto> {
  await ctx.transaction(async (ports) => {
    const { b, rights } = await changeable(ctx, ports, id);
    if (!rights.outcome) throw forbidden('Seuls le professionnel du créneau et l’équipe de coordination indiquent si le patient est venu.');
    assertBookingMove(b.booking.status, status);
    checkOutcomeTime(b.slot.startAt, ctx.now);
    await ports.slotBooking.setBookingStatus(id, status, ctx.now, null);
    await ports.audit.record({ action: 'update', entity: 'slotBooking', recordIds: [id], cptsId: b.slot.cptsId, details: { status } });
  });
  return readable(ctx, id, false);
}
