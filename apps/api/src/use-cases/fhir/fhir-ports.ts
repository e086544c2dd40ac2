import type { FhirClientRecord, FhirRepository } from '@maillon/domain';
import type { AuditTrail } from '../use-case-context.ts';

/** What the SAS FHIR use cases need (docs/reference/slots.md §4). */
export interface FhirPorts {
  fhir: FhirRepository;
  audit: AuditTrail;
}

/**
 * A FHIR request's context: no signed-in person, the authenticated software client instead
 * (its départements bound what it reads and books), and a transaction giving the same ports.
 */
export interface FhirContext {
  ports: FhirPorts;
  transaction<T>(work: (ports: FhirPorts) => Promise<T>): Promise<T>;
  client: FhirClientRecord;
  now: Date;
}
