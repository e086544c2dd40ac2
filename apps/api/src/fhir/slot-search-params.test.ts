import { describe, expect, it } from 'vitest';
import { FhirError } from './operation-outcome.ts';
import { parseFhirDateTime, parseSlotSearch, rawQueryPairs } from './slot-search-params.ts';

/** The guide's own search (interop.md §9), with its literal `+02:00`. */
const GUIDE =
  '/fhir/Slot?_include=Slot:schedule&_include:iterate=Schedule:actor&_include=Slot:service-type-reference' +
  '&_include:iterate=HealthcareService:organization&start=ge2024-06-12T16:20:00.000+02:00&start=le2024-06-15T16:20:00.000+02:00' +
  '&schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.1|810002909371,urn:oid:1.2.250.1.71.4.2.1|810001288385&status=free';

const parse = (url: string) => parseSlotSearch(rawQueryPairs(url));

function refusal(url: string): { status: number; expression: string | undefined; message: string } {
  try {
    parse(url);
  } catch (error) {
    if (error instanceof FhirError) return { status: error.status, expression: error.expression, message: error.message };
    throw error;
  }
  throw new Error('accepted');
}

const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `urn:oid:1.2.250.1.71.4.2.1|8100000000${String(i).padStart(2, '0')}`).join(',');
const WINDOW = 'start=ge2024-06-12T16:20:00%2B02:00&start=le2024-06-12T18:00:00Z';

describe('SAS slot search parameters (docs/reference/slots.md §4)', () => {
  it('reads the guide’s example search, keeping the literal + of the offset', () => {
    const params = parse(GUIDE);
    expect(params.from.toISOString()).toBe('2024-06-12T14:20:00.000Z');
    expect(params.to.toISOString()).toBe('2024-06-15T14:20:00.000Z');
    expect(params.idNatPs).toEqual(['810002909371', '810001288385']);
    expect(params.statuses).toEqual(['free']);
    expect(params.includes).toEqual({ schedule: true, actors: true, healthcareService: true, organization: true });
  });

  it('includes iterated resources only with their base include, and accepts busy with free', () => {
    const params = parse(
      `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(1)}&status=free,busy&_include:iterate=Schedule:actor`,
    );
    expect(params.includes).toEqual({ schedule: false, actors: false, healthcareService: false, organization: false });
    expect(params.statuses).toEqual(['free', 'busy']);
  });

  it.each([
    ['no window', `/fhir/Slot?schedule.actor:Practitioner.identifier=${ids(1)}&status=free`, 'start'],
    ['only ge', `/fhir/Slot?start=ge2024-06-12T16:20:00Z&schedule.actor:Practitioner.identifier=${ids(1)}&status=free`, 'start'],
    [
      'a date without offset',
      `/fhir/Slot?start=ge2024-06-12T16:20:00&start=le2024-06-13T16:20:00Z&schedule.actor:Practitioner.identifier=${ids(1)}&status=free`,
      'start',
    ],
    [
      'an impossible date',
      `/fhir/Slot?start=ge2024-02-30T16:20:00Z&start=le2024-03-01T16:20:00Z&schedule.actor:Practitioner.identifier=${ids(1)}&status=free`,
      'start',
    ],
    [
      'an eq prefix',
      `/fhir/Slot?start=eq2024-06-12T16:20:00Z&start=le2024-06-13T16:20:00Z&schedule.actor:Practitioner.identifier=${ids(1)}&status=free`,
      'start',
    ],
    [
      'an end before the start',
      `/fhir/Slot?start=ge2024-06-13T16:20:00Z&start=le2024-06-12T16:20:00Z&schedule.actor:Practitioner.identifier=${ids(1)}&status=free`,
      'start',
    ],
    [
      'a window over 31 days',
      `/fhir/Slot?start=ge2024-06-01T00:00:00Z&start=le2024-07-15T00:00:00Z&schedule.actor:Practitioner.identifier=${ids(1)}&status=free`,
      'start',
    ],
    ['no practitioner', `/fhir/Slot?${WINDOW}&status=free`, 'schedule.actor:Practitioner.identifier'],
    [
      '26 practitioners',
      `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(26)}&status=free`,
      'schedule.actor:Practitioner.identifier',
    ],
    [
      'an RPPS without its system',
      `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=10002909371&status=free`,
      'schedule.actor:Practitioner.identifier',
    ],
    [
      'another system',
      `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.2|810002909371&status=free`,
      'schedule.actor:Practitioner.identifier',
    ],
    ['no status', `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(1)}`, 'status'],
    ['a status the SAS does not use', `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(1)}&status=booked`, 'status'],
    ['an unknown include', `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(1)}&status=free&_include=Slot:*`, '_include'],
    ['an unknown parameter', `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(1)}&status=free&_sort=start`, '_sort'],
    ['XML', `/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(1)}&status=free&_format=xml`, '_format'],
    ['a bad escape', `/fhir/Slot?${WINDOW}&status=%E0%A4%A`, 'status'],
  ])('refuses %s with 400 naming the parameter', (_label, url, expression) => {
    const answer = refusal(url);
    expect(answer.status).toBe(400);
    expect(answer.expression).toBe(expression);
    expect(answer.message.length).toBeGreaterThan(10);
  });

  it('accepts 25 practitioners, and folds a repeated one', () => {
    expect(parse(`/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(25)}&status=free`).idNatPs).toHaveLength(25);
    expect(parse(`/fhir/Slot?${WINDOW}&schedule.actor:Practitioner.identifier=${ids(1)},${ids(1)}&status=free`).idNatPs).toHaveLength(1);
  });

  it('reads FHIR date-times with an offset only', () => {
    expect(parseFhirDateTime('2024-06-12T16:40:00.000+02:00')?.toISOString()).toBe('2024-06-12T14:40:00.000Z');
    expect(parseFhirDateTime('2024-06-12T16:40Z')?.toISOString()).toBe('2024-06-12T16:40:00.000Z');
    expect(parseFhirDateTime('2024-06-12')).toBeNull();
    expect(parseFhirDateTime('2024-06-12T24:00:00Z')).toBeNull();
    expect(parseFhirDateTime('2024-06-12T16:40:00 02:00')).toBeNull();
  });
});
