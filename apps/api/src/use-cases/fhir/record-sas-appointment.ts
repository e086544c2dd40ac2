import {
  assertBookingMove,
  type BookingStatus,
  conflict,
  type FhirBookableSlot,
  forbidden,
  invalid,
  isBookable,
  type SasBookingRecord,
  type SlotChannel,
} from '@maillon/domain';
import type { FhirContext, FhirPorts } from './fhir-ports.ts';

/** What Maillon keeps of a FrAppointmentSAS (docs/reference/slots.md §4): only what the profile carries. */
export interface SasAppointment {
  /** "<system>|<value>" of Appointment.identifier. */
  externalId: string;
  status: BookingStatus;
  /** Appointment.slot, when the SAS sends it; otherwise found by practitioner and start. */
  slotId: string | null;
  start: Date;
  end: Date;
  /** IDNPS of the practitioner participant. */
  practitionerIdNatPs: string;
  /** The regulator (FrAppointmentOperator), "<system>|<value>". */
  operatorIdentifier: string;
  /** A contained Patient's name and birth date, when sent: personal data. */
  patient: { lastName: string | null; firstName: string | null; birthDate: string | null } | null;
}

export interface SasAppointmentResult {
  booking: SasBookingRecord;
  created: boolean;
}

/** The channel a SAS booking goes through: SNP when the slot is open to regulators (docs/reference/slots.md §4). */
const channelOf = (slot: FhirBookableSlot): SlotChannel => (slot.visibility.includes('SNP') ? 'SNP' : (slot.visibility[0] ?? 'SNP'));

function assertInScope(ctx: FhirContext, slot: FhirBookableSlot): void {
  const scope = ctx.client.departementCodes;
  if (scope && !scope.includes(slot.departementCode))
    throw forbidden(`Ce créneau est hors du périmètre du client FHIR (département ${slot.departementCode}).`);
}

async function auditBooking(
  ports: FhirPorts,
  action: 'create' | 'update',
  booking: { id: string; cptsId: string },
  details: Record<string, string | boolean>,
) {
  await ports.audit.record({ action, entity: 'slotBooking', recordIds: [booking.id], cptsId: booking.cptsId, details });
}

/**
 * Appointment feedback from the SAS (POST creates, PUT `?identifier=` upserts): a new
 * appointment books its slot (source `sas`, never two live bookings of a slot: the slot row is
 * locked, and the unique index `slot_bookings_one_live` refuses a second); a later status moves
 * the booking as `assertBookingMove` allows, `cancelled` frees the slot. Every write is audited
 * under the client's name, in the transaction of the change.
 */
export async function recordSasAppointment(
  ctx: FhirContext,
  appointment: SasAppointment,
  mode: 'create' | 'upsert',
): Promise<SasAppointmentResult> {
  return ctx.transaction(async (ports) => {
    const existing = await ports.fhir.sasBooking(appointment.externalId);
    if (existing) {
      if (mode === 'create')
        throw conflict(
          `Un rendez-vous porte déjà l’identifiant « ${appointment.externalId} » : utilisez PUT pour le modifier.`,
          'Appointment.identifier',
        );
      const slot = await ports.fhir.lockSlot(existing.slotId);
      if (slot) assertInScope(ctx, slot);
      if (appointment.slotId && appointment.slotId !== existing.slotId)
        throw invalid('Appointment.slot', 'Le créneau d’un rendez-vous existant ne peut pas changer : annulez-le et créez-en un autre.');
      if (existing.status === appointment.status) return { booking: existing, created: false };
      assertBookingMove(existing.status, appointment.status);
      await ports.fhir.setBookingStatus(existing.id, appointment.status, ctx.now);
      if (appointment.status === 'cancelled' && slot?.status === 'booked') await ports.fhir.setSlotStatus(slot.id, 'free', ctx.now);
      await auditBooking(ports, 'update', existing, { from: existing.status, to: appointment.status, source: 'sas' });
      return { booking: { ...existing, status: appointment.status, statusAt: ctx.now }, created: false };
    }
    if (appointment.status !== 'booked')
      throw invalid(
        'Appointment.status',
        'Un nouveau rendez-vous est envoyé au statut « booked » ; les autres statuts modifient un rendez-vous existant.',
      );
    const slotId = appointment.slotId ?? (await ports.fhir.slotAt(appointment.practitionerIdNatPs, appointment.start));
    const slot = slotId ? await ports.fhir.lockSlot(slotId) : null;
    if (!slot) throw invalid('Appointment.slot', 'Aucun créneau de ce praticien ne correspond à ce rendez-vous.');
    assertInScope(ctx, slot);
    if (slot.idNatPs !== appointment.practitionerIdNatPs)
      throw invalid('Appointment.participant', 'Le praticien du rendez-vous n’est pas celui du créneau.');
    if (slot.status === 'withdrawn') throw conflict('Ce créneau a été retiré par le praticien.', 'Appointment.slot');
    if (!isBookable(slot, ctx.now)) throw conflict('Ce créneau n’est plus libre.', 'Appointment.slot');
    const id = crypto.randomUUID();
    await ports.fhir.insertSasBooking({
      id,
      slotId: slot.id,
      cptsId: slot.cptsId,
      channel: channelOf(slot),
      externalId: appointment.externalId,
      operatorIdentifier: appointment.operatorIdentifier,
      patientLastName: appointment.patient?.lastName ?? null,
      patientFirstName: appointment.patient?.firstName ?? null,
      patientBirthDate: appointment.patient?.birthDate ?? null,
      at: ctx.now,
      isDemo: slot.isDemo,
    });
    await ports.fhir.setSlotStatus(slot.id, 'booked', ctx.now);
    const booking: SasBookingRecord = {
      id,
      slotId: slot.id,
      cptsId: slot.cptsId,
      status: 'booked',
      externalId: appointment.externalId,
      operatorIdentifier: appointment.operatorIdentifier,
      bookedAt: ctx.now,
      statusAt: ctx.now,
    };
    await auditBooking(ports, 'create', booking, { status: 'booked', source: 'sas', patient: appointment.patient !== null });
    return { booking, created: true };
  });
}
