import { canCoordinate, isAdmin, type Principal } from '../access/principal.ts';

/**
 * The audit trail of personal data (docs/reference/personal-data.md): every read, export and
 * change of data about an identified person is recorded with who, when, which records, what
 * action, from which route and from which address.
 */
export const AUDIT_ACTIONS = ['read', 'export', 'create', 'update', 'delete', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  read: 'Consultation',
  export: 'Export',
  create: 'Création',
  update: 'Modification',
  delete: 'Suppression',
  import: 'Import',
};

/** Kinds of records whose reading or change is personal-data processing. */
export const AUDIT_ENTITIES = [
  'member',
  'dues',
  'professional',
  'invitation',
  'mandate',
  'assemblyAttendance',
  'auditTrail',
  'portal',
  'session',
  'account',
  'database',
  'evidenceFile',
  'gpCapacity',
  'mtProposal',
  'matchingRun',
  'cptsRegistry',
  'mtRequest',
  'mailOutbox',
  'proRequest',
  'specialistRequest',
  'slotBooking',
  'fhirClient',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ENTITY_LABELS: Record<AuditEntity, string> = {
  member: 'Adhérent',
  dues: 'Cotisation',
  professional: "Professionnel de l'annuaire",
  invitation: 'Invitation',
  mandate: 'Mandat',
  assemblyAttendance: 'Présence en assemblée',
  auditTrail: "Journal d'audit",
  portal: 'Espace adhérent',
  session: 'Session',
  account: 'Compte utilisateur',
  evidenceFile: 'Justificatif ACI',
  database: 'Base complète (sauvegarde, restauration)',
  gpCapacity: 'Capacité d’accueil d’un médecin',
  mtProposal: 'Proposition de médecin traitant',
  matchingRun: 'Appariement de la liste d’attente',
  cptsRegistry: 'Registre des CPTS (import)',
  mtRequest: 'Demande de médecin traitant',
  mailOutbox: "Boîte d'envoi des e-mails",
  proRequest: 'Demande entre professionnels',
  specialistRequest: 'Demande d’avis spécialisé',
  slotBooking: 'Rendez-vous sur un créneau',
  fhirClient: 'Client FHIR (plateforme SAS)',
};

/** What a use case says it did; who, when, where from and through which route are added by the recorder. */
export interface AuditEvent {
  action: AuditAction;
  entity: AuditEntity;
  /** Identifiers of the records read or changed (ids, never names or contact data). */
  recordIds: readonly string[];
  /** The CPTS whose data this is, when there is one: its coordination team reads the entry. */
  cptsId: string | null;
  /** Counts and non-personal facts (e.g. `{ rows: 120, format: 'csv' }`); never personal data. */
  details?: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * Who reads a trail: the platform admin reads every entry; a CPTS's coordination team reads
 * its CPTS's entries (the controller's own accountability, RGPD art. 5(2) and 30).
 * ARS and CPAM staff do not: they see aggregates, never who looked at whom.
 */
export function canReadAuditTrail(principal: Principal, cptsId: string | null): boolean {
  if (isAdmin(principal)) return true;
  return cptsId !== null && canCoordinate(principal, cptsId);
}

/** Records per entry kept by id; beyond it the entry keeps the count (a national export). */
export const AUDIT_MAX_RECORD_IDS = 10_000;
