import { CONSULTATION_TYPE_LABELS, CONSULTATION_TYPE_SAS_CODES, SLOT_CHANNEL_LABELS } from '@maillon/domain';
import type {
  Bundle,
  BundleEntry,
  HealthcareService,
  Location,
  Organization,
  Practitioner,
  PractitionerRole,
  Resource,
  Schedule,
  Slot,
} from '@medplum/fhirtypes';
import type { FhirSlotSearchResult, SasSlot } from '../use-cases/fhir/search-fhir-slots.ts';
import { operationOutcome } from './operation-outcome.ts';
import { IDNPS_SYSTEM, IDNST_SYSTEM, MAILLON_LOCATION_SYSTEM, PROFILES, SERVICE_TYPE_R5_EXTENSION, SYSTEMS } from './sas-codes.ts';
import type { SlotSearchParams } from './slot-search-params.ts';

/**
 * Maps a slot search to the guide's BundleAgregateurCPTS (docs/reference/slots.md §4): Slot
 * (FrSlotAgregateurCPTS) as `match`, then, as asked by `_include`, Schedule, Practitioner,
 * PractitionerRole (its practice address as a contained Location), HealthcareService and the
 * CPTS Organization as `include`, each once however many slots point to it.
 */
export interface BundleOptions {
  /** `https://host/fhir`: fullUrls and the self link start with it. */
  base: string;
  /** The request as received, for `link[self]`. */
  selfUrl: string;
  /** Where the SAS sends a user to book the slot (Slot.comment; the SAS appends `origin`). */
  bookingUrl: (slotId: string) => string;
  now: Date;
}

/** A PractitionerRole (and its Schedule) per professional, practice commune and CPTS. */
const roleId = (slot: SasSlot) => `${slot.idNatPs}-${slot.unitCode}-${slot.cptsId}`;
const serviceId = (cptsId: string) => `cpts-${cptsId}`;

const DEMO_TAG = { system: SYSTEMS.actReason, code: 'HTEST', display: 'Données de démonstration' };
const demoMeta = (isDemo: boolean) => (isDemo ? { tag: [DEMO_TAG] } : {});

export function slotResource(slot: SasSlot, bookingUrl: (slotId: string) => string): Slot {
  const type = slot.consultationType;
  return {
    resourceType: 'Slot',
    id: slot.id,
    meta: {
      profile: [PROFILES.slot],
      security: slot.visibility.map((code) => ({ system: SYSTEMS.slotType, code, display: SLOT_CHANNEL_LABELS[code] })),
      ...demoMeta(slot.isDemo),
    },
    serviceType: [
      { coding: [{ system: SYSTEMS.actCode, code: CONSULTATION_TYPE_SAS_CODES[type], display: CONSULTATION_TYPE_LABELS[type] }] },
      {
        extension: [{ url: SERVICE_TYPE_R5_EXTENSION, valueReference: { reference: `HealthcareService/${serviceId(slot.cptsId)}` } }],
        coding: [
          { system: SYSTEMS.establishmentCategory, code: '604', display: 'Communauté Professionnelle Territoriale de Santé (CPTS)' },
        ],
      },
    ],
    ...(slot.specialtyCode ? { specialty: [{ coding: [{ system: SYSTEMS.specialty, code: slot.specialtyCode }] }] } : {}),
    // Maillon's slots are appointments (ROUTINE); WALKIN is for slots without an appointment.
    appointmentType: { coding: [{ system: SYSTEMS.appointmentReason, code: 'ROUTINE' }] },
    schedule: { reference: `Schedule/${roleId(slot)}` },
    status: slot.sasStatus,
    start: slot.startAt.toISOString(),
    end: slot.endAt.toISOString(),
    comment: bookingUrl(slot.id),
  };
}

export function scheduleResource(slot: SasSlot): Schedule {
  return {
    resourceType: 'Schedule',
    id: roleId(slot),
    meta: { profile: [PROFILES.schedule], ...demoMeta(slot.isDemo) },
    actor: [{ reference: `Practitioner/${slot.idNatPs}` }, { reference: `PractitionerRole/${roleId(slot)}` }],
  };
}

export function practitionerResource(slot: SasSlot): Practitioner {
  const named = slot.lastName !== null && slot.lastName !== '';
  return {
    resourceType: 'Practitioner',
    id: slot.idNatPs,
    meta: { profile: [PROFILES.practitioner], ...demoMeta(slot.isDemo) },
    identifier: [
      { type: { coding: [{ system: SYSTEMS.identifierTypeInteropSante, code: 'IDNPS' }] }, system: IDNPS_SYSTEM, value: slot.idNatPs },
    ],
    name: [
      named ? { family: slot.lastName as string, ...(slot.firstName ? { given: [slot.firstName] } : {}) } : { text: slot.displayName },
    ],
  };
}

export function practitionerRoleResource(slot: SasSlot): PractitionerRole {
  const location: Location = {
    resourceType: 'Location',
    id: 'lieu',
    meta: { profile: [PROFILES.location] },
    identifier: [
      {
        type: { coding: [{ system: SYSTEMS.locationIdentifierType, code: 'INTRN' }] },
        system: MAILLON_LOCATION_SYSTEM,
        value: `${slot.idNatPs}-${slot.unitCode}`,
      },
    ],
    address: {
      // The guide wants one line; without a recorded street the commune is the best known place.
      line: [slot.address?.trim() || slot.unitName],
      city: slot.unitName,
      ...(slot.postalCode ? { postalCode: slot.postalCode } : {}),
    },
  };
  return {
    resourceType: 'PractitionerRole',
    id: roleId(slot),
    meta: { profile: [PROFILES.practitionerRole], ...demoMeta(slot.isDemo) },
    contained: [location],
    practitioner: { reference: `Practitioner/${slot.idNatPs}` },
    organization: {
      identifier: {
        type: { coding: [{ system: SYSTEMS.identifierTypeInteropSante, code: 'IDNST' }] },
        system: IDNST_SYSTEM,
        value: slot.cptsIdNatSt,
      },
      display: slot.cptsName,
    },
    location: [{ reference: '#lieu' }],
  };
}

export function healthcareServiceResource(slot: SasSlot): HealthcareService {
  return {
    resourceType: 'HealthcareService',
    id: serviceId(slot.cptsId),
    meta: { profile: [PROFILES.healthcareService], ...demoMeta(slot.isDemo) },
    providedBy: { reference: `Organization/${slot.cptsId}` },
    name: `Soins non programmés — ${slot.cptsName}`,
  };
}

export function organizationResource(slot: SasSlot): Organization {
  return {
    resourceType: 'Organization',
    id: slot.cptsId,
    meta: { profile: [PROFILES.organization], ...demoMeta(slot.isDemo) },
    identifier: [{ type: { coding: [{ system: SYSTEMS.identifierType, code: 'IDNST' }] }, system: IDNST_SYSTEM, value: slot.cptsIdNatSt }],
    name: slot.cptsName,
    ...(slot.cptsPhone ? { telecom: [{ system: 'phone', value: slot.cptsPhone }] } : {}),
  };
}

export function slotBundle(result: FhirSlotSearchResult, params: SlotSearchParams, options: BundleOptions): Bundle {
  const entry = (resource: Resource & { id?: string }, mode: 'match' | 'include'): BundleEntry => ({
    fullUrl: `${options.base}/${resource.resourceType}/${resource.id}`,
    resource,
    search: { mode },
  });
  const included = new Map<string, BundleEntry>();
  const include = (resource: Resource & { id?: string }) => {
    const key = `${resource.resourceType}/${resource.id}`;
    if (!included.has(key)) included.set(key, entry(resource, 'include'));
  };
  const matches = result.slots.map((slot) => {
    if (params.includes.schedule) include(scheduleResource(slot));
    if (params.includes.actors) {
      include(practitionerResource(slot));
      include(practitionerRoleResource(slot));
    }
    if (params.includes.healthcareService) include(healthcareServiceResource(slot));
    if (params.includes.organization) include(organizationResource(slot));
    return entry(slotResource(slot, options.bookingUrl), 'match');
  });
  const warnings: BundleEntry[] = result.withoutFiness.length
    ? [
        {
          fullUrl: `urn:uuid:${crypto.randomUUID()}`,
          resource: operationOutcome(
            result.withoutFiness.map((c) => ({
              severity: 'warning',
              code: 'incomplete',
              diagnostics: `${c.slots} créneau(x) de la CPTS « ${c.cptsName} » omis : aucun numéro FINESS n'est enregistré pour elle, or le SAS l'identifie par 1 + FINESS.`,
            })),
          ),
          search: { mode: 'outcome' },
        },
      ]
    : [];
  return {
    resourceType: 'Bundle',
    id: crypto.randomUUID(),
    meta: { profile: [PROFILES.bundle], lastUpdated: options.now.toISOString() },
    type: 'searchset',
    total: matches.length,
    link: [{ relation: 'self', url: options.selfUrl }],
    entry: [...matches, ...included.values(), ...warnings],
  };
}
