/**
 * Canonical URLs, code systems and identifier systems of the SAS guide `ans.fhir.fr.sas` 1.2.0
 * (docs/reference/slots.md §4; /work/shared/reference/interop.md §1 and §9).
 */
const IG = 'https://interop.esante.gouv.fr/ig/fhir/sas';

export const PROFILES = {
  bundle: `${IG}/StructureDefinition/sas-cpts-bundle-aggregator`,
  slot: `${IG}/StructureDefinition/sas-cpts-slot-aggregator`,
  schedule: 'http://sas.fr/fhir/StructureDefinition/FrScheduleAgregateur',
  practitioner: 'http://sas.fr/fhir/StructureDefinition/FrPractitionerAgregateur',
  practitionerRole: 'http://sas.fr/fhir/StructureDefinition/FrPractitionerRoleExerciceAgregateur',
  location: 'http://sas.fr/fhir/StructureDefinition/FrLocationAgregateur',
  healthcareService: `${IG}/StructureDefinition/sas-cpts-healthcareservice-aggregator`,
  organization: `${IG}/StructureDefinition/sas-cpts-organization-aggregator`,
  appointment: 'http://sas.fr/fhir/StructureDefinition/FrAppointmentSAS',
} as const;

export const IMPLEMENTATION_GUIDE = IG;
export const CAPABILITY_STATEMENT_CPTS = `${IG}/CapabilityStatement/SAS-GestionnaireAgenda-CPTS`;
export const SEARCH_PARAMETER_START = `${IG}/SearchParameter/slot-sp-start`;
export const SEARCH_PARAMETER_SERVICE_TYPE = `${IG}/SearchParameter/cptsslot-sp-servicetype`;

export const SYSTEMS = {
  /** TRE_R314 slot types, in Slot.meta.security. */
  slotType: 'https://mos.esante.gouv.fr/NOS/TRE_R314-TypeCreneau/FHIR/TRE-R314-TypeCreneau',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  /** TRE_R66 establishment categories: 604 = CPTS. */
  establishmentCategory: 'https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement',
  specialty: 'https://mos.esante.gouv.fr/NOS/TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale',
  appointmentReason: 'http://terminology.hl7.org/CodeSystem/v2-0276',
  /** Identifier types (FR Core fr-core-cs-v2-0203): IDNPS, IDNST. */
  identifierType: 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203',
  /** The same code system as FrAppointmentSAS spells it. */
  identifierTypeInteropSante: 'http://interopsante.org/fhir/CodeSystem/fr-v2-0203',
  locationIdentifierType: 'http://interopsante.org/fhir/CodeSystem/fr-location-identifier-type',
  /** Test data (HL7 v3 ActReason HTEST): Maillon's demo slots. */
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
} as const;

/** Identification nationale PP (IDNPS): 8 + RPPS or 0 + ADELI. */
export const IDNPS_SYSTEM = 'urn:oid:1.2.250.1.71.4.2.1';
/** Identification nationale de structure (IDNST): 1 + FINESS for a CPTS. */
export const IDNST_SYSTEM = 'urn:oid:1.2.250.1.71.4.2.2';
/** The R5 Slot.serviceType backport: a CodeableReference to the CPTS's HealthcareService. */
export const SERVICE_TYPE_R5_EXTENSION = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Slot.serviceType';
/** FrAppointment's operator extension (FR Core), and the older Interop'Santé URL still met. */
export const APPOINTMENT_OPERATOR_EXTENSIONS = [
  'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-appointment-operator',
  'http://interopsante.org/fhir/StructureDefinition/FrAppointmentOperator',
] as const;
/** Where Maillon names its own locations (Location.identifier, type INTRN). */
export const MAILLON_LOCATION_SYSTEM = 'https://maillon.fr/fhir/location';
