import { DomainError } from '@maillon/domain';
import { describe, expect, it } from 'vitest';
import { sasFixture } from '../../test/sas-shape.ts';
import { parseSasAppointment } from './appointment-input.ts';

const booked = () => sasFixture('example-appointment-booked.json');

function refusedField(body: unknown): string | undefined {
  try {
    parseSasAppointment(body);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID') return error.field;
    throw error;
  }
  throw new Error('accepted');
}

describe('FrAppointmentSAS feedback (docs/reference/slots.md §4)', () => {
  it('reads the guide’s booked and cancelled examples', () => {
    expect(parseSasAppointment(booked())).toEqual({
      externalId: 'urn:oid:1.1.111.1.11.1.1.1|b6e39355-8a61-4556-b340-36f7b95fec6a',
      status: 'booked',
      slotId: null,
      start: new Date('2022-09-04T13:00:00Z'),
      end: new Date('2022-09-04T13:15:00Z'),
      practitionerIdNatPs: '810100050075',
      operatorIdentifier: 'urn:oid:1.2.250.1.71.4.2.1|3456780581/11242343',
      patient: null,
    });
    expect(parseSasAppointment(sasFixture('example-appointment-cancelled.json')).status).toBe('cancelled');
  });

  it('takes the slot reference and a contained patient when sent', () => {
    const slotId = crypto.randomUUID();
    const body = {
      ...booked(),
      slot: [{ reference: `Slot/${slotId}` }],
      contained: [{ resourceType: 'Patient', id: 'p', name: [{ family: 'Martin', given: ['Léa'] }], birthDate: '1990-04-01' }],
      participant: [...(booked().participant as unknown[]), { actor: { reference: '#p' }, status: 'accepted' }],
    };
    const parsed = parseSasAppointment(body);
    expect(parsed.slotId).toBe(slotId);
    expect(parsed.patient).toEqual({ lastName: 'Martin', firstName: 'Léa', birthDate: '1990-04-01' });
  });

  it.each([
    ['another resource', { resourceType: 'Patient' }, 'Appointment'],
    ['no identifier', { ...booked(), identifier: [] }, 'Appointment.identifier'],
    ['an identifier without system', { ...booked(), identifier: [{ value: 'x' }] }, 'Appointment.identifier.system'],
    ['a status outside the feedback', { ...booked(), status: 'arrived' }, 'Appointment.status'],
    ['no start', { ...booked(), start: undefined }, 'Appointment.start'],
    ['a start without offset', { ...booked(), start: '2022-09-04T14:00:00' }, 'Appointment.start'],
    ['an end before the start', { ...booked(), end: '2022-09-04T13:00:00+01:00' }, 'Appointment.end'],
    ['no operator', { ...booked(), extension: [] }, 'Appointment.extension'],
    [
      'an operator without identifier value',
      {
        ...booked(),
        extension: [
          {
            url: 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-appointment-operator',
            valueReference: { identifier: { system: 'urn:oid:1.2.250.1.71.4.2.1' } },
          },
        ],
      },
      'Appointment.extension.valueReference.identifier.value',
    ],
    ['a foreign slot reference', { ...booked(), slot: [{ reference: 'https://ailleurs/Slot/1' }] }, 'Appointment.slot.reference'],
    [
      'two slots',
      { ...booked(), slot: [{ reference: `Slot/${crypto.randomUUID()}` }, { reference: `Slot/${crypto.randomUUID()}` }] },
      'Appointment.slot',
    ],
    ['no participant', { ...booked(), participant: [] }, 'Appointment.participant'],
    [
      'a practitioner with an RPPS system',
      {
        ...booked(),
        participant: [{ actor: { identifier: { system: 'https://rpps.esante.gouv.fr', value: '10100050075' } }, status: 'accepted' }],
      },
      'Appointment.participant.actor.identifier.system',
    ],
    ['a control character', { ...booked(), identifier: [{ system: 'urn:oid:1.1', value: 'a\u0000b' }] }, 'Appointment.identifier.value'],
  ])('refuses %s with 422 naming the element', (_label, body, field) => {
    expect(refusedField(body)).toBe(field);
  });
});
