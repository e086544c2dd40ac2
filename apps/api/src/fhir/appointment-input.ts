import { BOOKING_STATUSES, type BookingStatus, invalid } from '@maillon/domain';
import type { Appointment, Patient } from '@medplum/fhirtypes';
import type { SasAppointment } from '../use-cases/fhir/record-sas-appointment.ts';
import { APPOINTMENT_OPERATOR_EXTENSIONS, IDNPS_SYSTEM } from './sas-codes.ts';
import { parseFhirDateTime } from './slot-search-params.ts';

/**
 * Reads a FrAppointmentSAS (docs/reference/slots.md §4) into what Maillon keeps. A resource that
 * breaks the profile is refused with 422 naming the element by its FHIRPath (`Appointment.status`).
 * Statuses: booked, fulfilled, noshow, cancelled (the guide's feedback); the regulator in the
 * operator extension is required; only the practitioner's IDNPS and, when the SAS sends a
 * contained Patient, its name and birth date are kept.
 */
const MAX_TEXT = 200;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, path: string, required: true): string;
function text(value: unknown, path: string, required: false): string | null;
function text(value: unknown, path: string, required: boolean): string | null {
  if (value === undefined || value === null) {
    if (required) throw invalid(path, `Élément obligatoire manquant : ${path}.`);
    return null;
  }
  if (typeof value !== 'string' || value.trim() === '') throw invalid(path, `${path} doit être un texte non vide.`);
  if (value.length > MAX_TEXT || CONTROL.test(value)) throw invalid(path, `${path} est trop long ou contient des caractères de contrôle.`);
  return value.trim();
}

function dateTime(value: unknown, path: string): Date {
  const raw = text(value, path, true);
  const date = parseFhirDateTime(raw);
  if (!date) throw invalid(path, `${path} doit être une date-heure FHIR avec fuseau (par exemple 2024-06-12T16:40:00+02:00).`);
  return date;
}

/** The single identifier as "<system>|<value>". */
export function identifierKey(value: unknown, path: string): string {
  if (!isObject(value)) throw invalid(path, `${path} doit avoir un system et une value.`);
  const system = text(value.system, `${path}.system`, true);
  const id = text(value.value, `${path}.value`, true);
  if (system.includes('|')) throw invalid(`${path}.system`, `${path}.system ne peut pas contenir « | ».`);
  return `${system}|${id}`;
}

function containedPatient(resource: Record<string, unknown>, reference: string): SasAppointment['patient'] {
  const contained = Array.isArray(resource.contained) ? resource.contained : [];
  const patient = contained.find((c): c is Patient => isObject(c) && c.resourceType === 'Patient' && `#${c.id}` === reference);
  if (!patient) return null;
  const name = Array.isArray(patient.name) ? patient.name[0] : undefined;
  const birthDate = patient.birthDate;
  if (birthDate !== undefined && (typeof birthDate !== 'string' || !ISO_DATE.test(birthDate)))
    throw invalid('Appointment.contained.birthDate', 'La date de naissance du patient doit être AAAA-MM-JJ.');
  return {
    lastName: text(name?.family, 'Appointment.contained.name.family', false),
    firstName: text(name?.given?.[0], 'Appointment.contained.name.given', false),
    birthDate: birthDate ?? null,
  };
}

export function parseSasAppointment(body: unknown): SasAppointment {
  if (!isObject(body) || body.resourceType !== 'Appointment')
    throw invalid('Appointment', 'Une ressource Appointment (FrAppointmentSAS) est attendue.');
  const resource = body as Record<string, unknown> & Partial<Appointment>;
  const identifiers = resource.identifier;
  if (!Array.isArray(identifiers) || identifiers.length !== 1)
    throw invalid('Appointment.identifier', 'Appointment.identifier doit contenir exactement un identifiant (system et value).');
  const externalId = identifierKey(identifiers[0], 'Appointment.identifier');
  const status = resource.status as string | undefined;
  if (!BOOKING_STATUSES.includes(status as BookingStatus))
    throw invalid('Appointment.status', 'Appointment.status doit valoir booked, fulfilled, noshow ou cancelled.');
  const start = dateTime(resource.start, 'Appointment.start');
  const end = dateTime(resource.end, 'Appointment.end');
  if (end <= start) throw invalid('Appointment.end', 'Appointment.end doit suivre Appointment.start.');

  const extensions = Array.isArray(resource.extension) ? resource.extension : [];
  const operator = extensions.find((e) => isObject(e) && (APPOINTMENT_OPERATOR_EXTENSIONS as readonly unknown[]).includes(e.url));
  if (!operator || !isObject(operator.valueReference))
    throw invalid('Appointment.extension', 'L’extension appointmentOperator (régulateur) est obligatoire, avec valueReference.identifier.');
  const operatorIdentifier = identifierKey(operator.valueReference.identifier, 'Appointment.extension.valueReference.identifier');

  let slotId: string | null = null;
  if (resource.slot !== undefined) {
    if (!Array.isArray(resource.slot) || resource.slot.length !== 1)
      throw invalid('Appointment.slot', 'Appointment.slot doit désigner un seul créneau.');
    const reference = text((resource.slot[0] as { reference?: unknown } | undefined)?.reference, 'Appointment.slot.reference', true);
    const id = reference.startsWith('Slot/') ? reference.slice(5) : '';
    if (!UUID.test(id))
      throw invalid('Appointment.slot.reference', 'Appointment.slot.reference doit être « Slot/<id> » d’un créneau de Maillon.');
    slotId = id.toLowerCase();
  }

  const participants = Array.isArray(resource.participant) ? resource.participant : [];
  if (participants.length === 0) throw invalid('Appointment.participant', 'Appointment.participant doit nommer le praticien (IDNPS).');
  let practitionerIdNatPs: string | null = null;
  let patient: SasAppointment['patient'] = null;
  for (const participant of participants) {
    if (!isObject(participant) || !isObject(participant.actor))
      throw invalid('Appointment.participant.actor', 'Chaque participant doit avoir un acteur.');
    const actor = participant.actor;
    if (isObject(actor.identifier)) {
      const system = text(actor.identifier.system, 'Appointment.participant.actor.identifier.system', false) ?? IDNPS_SYSTEM;
      if (system !== IDNPS_SYSTEM)
        throw invalid('Appointment.participant.actor.identifier.system', `Le praticien est identifié par ${IDNPS_SYSTEM} (IDNPS).`);
      if (practitionerIdNatPs) throw invalid('Appointment.participant', 'Un seul praticien par rendez-vous.');
      practitionerIdNatPs = text(actor.identifier.value, 'Appointment.participant.actor.identifier.value', true);
    } else if (typeof actor.reference === 'string' && actor.reference.startsWith('#')) {
      patient = containedPatient(resource, actor.reference);
    }
  }
  if (!practitionerIdNatPs) throw invalid('Appointment.participant', 'Appointment.participant doit nommer le praticien (IDNPS).');
  return { externalId, status: status as BookingStatus, slotId, start, end, practitionerIdNatPs, operatorIdentifier, patient };
}

/** The Appointment as stored, answered to POST and PUT. */
export function appointmentResponse(
  body: Appointment,
  booking: { id: string; slotId: string; status: BookingStatus; statusAt: Date },
): Appointment {
  return {
    ...body,
    id: booking.id,
    meta: { ...body.meta, lastUpdated: booking.statusAt.toISOString() },
    status: booking.status,
    slot: [{ reference: `Slot/${booking.slotId}` }],
  };
}
