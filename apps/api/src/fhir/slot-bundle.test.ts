import type { Bundle, BundleEntry, Organization, Slot } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { bundleShapes, sasFixture, shapeOf } from '../../test/sas-shape.ts';
import type { FhirSlotSearchResult, SasSlot } from '../use-cases/fhir/search-fhir-slots.ts';
import { slotBundle, slotResource } from './slot-bundle.ts';
import type { SlotSearchParams } from './slot-search-params.ts';

const CPTS_A = '0c4f8f0e-1111-4a4a-9a9a-000000000001';
const CPTS_B = '0c4f8f0e-2222-4a4a-9a9a-000000000002';

const slot = (overrides: Partial<SasSlot>): SasSlot => ({
  id: crypto.randomUUID(),
  cptsId: CPTS_A,
  idNatPs: '810002909371',
  displayName: 'Dr Pierre Foret',
  professionCode: '10',
  specialtyCode: 'SM54',
  unitCode: '31035',
  unitName: 'Aussonne',
  postalCode: '31840',
  address: '25 chemin de Mounestie',
  startAt: new Date('2024-06-12T14:40:00Z'),
  endAt: new Date('2024-06-12T15:00:00Z'),
  consultationType: 'office',
  visibility: ['PUBLIC', 'CPTS'],
  status: 'free',
  heldUntil: null,
  isDemo: false,
  firstName: 'Pierre',
  lastName: 'Foret',
  cptsName: 'CPTS Axe majeur',
  cptsFiness: '950047225',
  cptsPhone: '+33102030405',
  sasStatus: 'free',
  cptsIdNatSt: '1950047225',
  ...overrides,
});

const ALL: SlotSearchParams['includes'] = { schedule: true, actors: true, healthcareService: true, organization: true };
const params = (includes = ALL): SlotSearchParams => ({
  from: new Date('2024-06-12T14:20:00Z'),
  to: new Date('2024-06-12T15:20:00Z'),
  idNatPs: ['810002909371'],
  statuses: ['free'],
  includes,
});
const OPTIONS = {
  base: 'https://maillon.example/fhir',
  selfUrl: 'https://maillon.example/fhir/Slot?status=free',
  bookingUrl: (id: string) => `https://maillon.example/regulation?creneau=${id}`,
  now: new Date('2024-06-12T10:00:00Z'),
};
const bundleOf = (slots: SasSlot[], includes = ALL) =>
  slotBundle({ slots, withoutFiness: [] } satisfies FhirSlotSearchResult, params(includes), OPTIONS);

/** Every reference inside the Bundle resolves: to an entry, or to a contained resource. */
function danglingReferences(bundle: Bundle): string[] {
  const urls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
  const out: string[] = [];
  for (const entry of bundle.entry ?? []) {
    const contained = new Set(((entry.resource as { contained?: { id?: string }[] }).contained ?? []).map((c) => `#${c.id}`));
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const ref = (node as { reference?: unknown }).reference;
        if (typeof ref === 'string' && !(ref.startsWith('#') ? contained.has(ref) : urls.has(`${OPTIONS.base}/${ref}`))) out.push(ref);
        Object.values(node).forEach(walk);
      }
    };
    walk(entry.resource);
  }
  return out;
}

const missingFrom = (ours: Record<string, string[]>, guide: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(guide).map(([type, items]) => [type, items.filter((i) => !(ours[type] ?? []).includes(i))]));

describe('SAS Slot Bundle (BundleAgregateurCPTS, docs/reference/slots.md §4)', () => {
  it('holds to the shape of the guide’s example-bundlecpts1: same resource types, profiles, systems, extensions, references', () => {
    const ours = bundleShapes(bundleOf([slot({})]));
    const guide = bundleShapes(sasFixture('example-bundlecpts1.json'));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(guide).sort());
    // What the example has that is the editor's own, not the guide's: a practice phone, the
    // editor's location-identifier system (Maillon uses its own, https://maillon.fr/fhir/location).
    const allowed = ['PractitionerRole.telecom', 'Location.identifier https://editeur.com'];
    const missing = missingFrom(ours, guide);
    for (const [type, items] of Object.entries(missing))
      expect(
        items.filter((i) => !allowed.some((a) => i.startsWith(a))),
        type,
      ).toEqual([]);
  });

  it('holds to example-bundlecpts2 with slots of two CPTS: each HealthcareService and Organization once', () => {
    const bundle = bundleOf([
      slot({}),
      slot({
        cptsId: CPTS_B,
        cptsName: 'CPTS Val d’Oise centre',
        cptsIdNatSt: '1950046227',
        startAt: new Date('2024-06-12T15:00:00Z'),
        endAt: new Date('2024-06-12T15:20:00Z'),
      }),
    ]);
    const count = (type: string) => bundle.entry?.filter((e) => e.resource?.resourceType === type).length;
    expect([count('Slot'), count('HealthcareService'), count('Organization'), count('Practitioner')]).toEqual([2, 2, 2, 1]);
    const guide = bundleShapes(sasFixture('example-bundlecpts2.json'));
    expect(Object.keys(bundleShapes(bundle)).sort()).toEqual(Object.keys(guide).sort());
    expect(danglingReferences(bundle)).toEqual([]);
    expect(bundle.total).toBe(2);
    expect(bundle.entry?.filter((e) => e.search?.mode === 'match').map((e) => e.resource?.resourceType)).toEqual(['Slot', 'Slot']);
  });

  it('holds each Slot to the guide’s example-slotcpts1 and carries visibility, type, CPTS and booking link', () => {
    const resource = slotResource(slot({ visibility: ['SNP', 'PRO'], consultationType: 'home' }), OPTIONS.bookingUrl);
    const guide = shapeOf(sasFixture('example-slotcpts1.json'));
    expect(guide.filter((i) => !shapeOf(resource).includes(i))).toEqual([]);
    expect(resource.meta?.security?.map((c) => c.code)).toEqual(['SNP', 'PRO']);
    expect(resource.serviceType?.[0]?.coding?.[0]?.code).toBe('HH');
    expect(resource.status).toBe('free');
    expect(resource.comment).toBe(`https://maillon.example/regulation?creneau=${resource.id}`);
  });

  it('names a CPTS by 1 + FINESS, as FrOrganizationAgregateurCPTS requires (^1[0-9]{9}$)', () => {
    const organization = bundleOf([slot({})]).entry?.find((e) => e.resource?.resourceType === 'Organization')?.resource as Organization;
    expect(organization.identifier).toHaveLength(1);
    expect(organization.identifier?.[0]?.value).toMatch(/^1[0-9]{9}$/);
    expect(shapeOf(organization)).toEqual(expect.arrayContaining(shapeOf(sasFixture('example-orgacpts1.json'))));
  });

  it('shows a booked slot as busy and tags demo slots', () => {
    const resource: Slot = slotResource(slot({ sasStatus: 'busy', isDemo: true }), OPTIONS.bookingUrl);
    expect(resource.status).toBe('busy');
    expect(resource.meta?.tag?.[0]?.code).toBe('HTEST');
  });

  it('returns only the slots when nothing is included, and warns about CPTS left out for lack of FINESS', () => {
    const bundle = slotBundle(
      { slots: [slot({})], withoutFiness: [{ cptsId: CPTS_B, cptsName: 'CPTS sans FINESS', slots: 3 }] },
      params({ schedule: false, actors: false, healthcareService: false, organization: false }),
      OPTIONS,
    );
    const types = bundle.entry?.map((e: BundleEntry) => `${e.resource?.resourceType}:${e.search?.mode}`);
    expect(types).toEqual(['Slot:match', 'OperationOutcome:outcome']);
    expect(JSON.stringify(bundle.entry?.[1]?.resource)).toContain('CPTS sans FINESS');
  });

  it('falls back to the directory-less display name and to the commune as address line', () => {
    const bundle = bundleOf([slot({ firstName: null, lastName: null, address: null })]);
    const practitioner = bundle.entry?.find((e) => e.resource?.resourceType === 'Practitioner')?.resource;
    expect(practitioner).toMatchObject({ name: [{ text: 'Dr Pierre Foret' }] });
    expect(JSON.stringify(bundle)).toContain('"line":["Aussonne"]');
  });
});
