import type { CapabilityStatement } from '@medplum/fhirtypes';
import {
  CAPABILITY_STATEMENT_CPTS,
  IMPLEMENTATION_GUIDE,
  PROFILES,
  SEARCH_PARAMETER_SERVICE_TYPE,
  SEARCH_PARAMETER_START,
} from './sas-codes.ts';

/**
 * What this server serves, modelled on the guide's SAS-GestionnaireAgenda-CPTS
 * (docs/reference/slots.md §4): the Slot search with its includes and the Appointment
 * feedback. It declares only what is implemented: the guide's `read` of Slot, Schedule and
 * Practitioner is not (the SAS reads them through the search's includes).
 */
export function capabilityStatement(base: string, date: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    publisher: 'Maillon',
    name: 'MaillonGestionnaireAgendaCPTS',
    title: 'Maillon — gestionnaire d’agenda CPTS pour la plateforme SAS',
    description: 'Créneaux de soins non programmés des CPTS (recherche de Slot) et retour des rendez-vous pris par le SAS (Appointment).',
    kind: 'instance',
    instantiates: [CAPABILITY_STATEMENT_CPTS],
    implementationGuide: [IMPLEMENTATION_GUIDE],
    software: { name: 'Maillon' },
    implementation: { description: 'Interface FHIR de Maillon pour le SAS', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        documentation: 'Mise à disposition de créneaux de disponibilité CPTS',
        security: {
          cors: false,
          service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'Certificates' }] }],
          description:
            'TLS mutuel (certificat IGC-Santé, contrôlé par le mandataire inverse) et jeton porteur « Authorization: Bearer » délivré par l’exploitant.',
        },
        resource: [
          {
            type: 'Slot',
            profile: PROFILES.slot,
            interaction: [{ code: 'search-type' }],
            searchInclude: ['Slot:schedule', 'Schedule:actor', 'Slot:service-type-reference', 'HealthcareService:organization'],
            searchParam: [
              {
                name: 'start',
                definition: SEARCH_PARAMETER_START,
                type: 'date',
                documentation: 'ge et le obligatoires, date-heure avec fuseau',
              },
              {
                name: 'schedule.actor:Practitioner.identifier',
                type: 'token',
                documentation: 'urn:oid:1.2.250.1.71.4.2.1|<identifiant national>, 1 à 25 séparés par des virgules',
              },
              { name: 'status', type: 'token', documentation: 'free (obligatoire), busy accepté' },
              {
                name: 'service-type-reference',
                definition: SEARCH_PARAMETER_SERVICE_TYPE,
                type: 'reference',
                documentation: 'pour _include seulement',
              },
            ],
          },
          { type: 'Schedule', profile: PROFILES.schedule },
          { type: 'Practitioner', profile: PROFILES.practitioner },
          { type: 'PractitionerRole', profile: PROFILES.practitionerRole },
          { type: 'HealthcareService', profile: PROFILES.healthcareService },
          { type: 'Organization', profile: PROFILES.organization },
          {
            type: 'Appointment',
            profile: PROFILES.appointment,
            interaction: [{ code: 'create' }, { code: 'update' }],
            conditionalCreate: false,
            conditionalUpdate: true,
            updateCreate: true,
            searchParam: [
              {
                name: 'identifier',
                type: 'token',
                documentation: 'pour PUT Appointment?identifier=<system>|<value> (création ou mise à jour)',
              },
            ],
          },
        ],
      },
    ],
  };
}
