import {
  createAciAssessmentsRepository,
  createAciContractsRepository,
  createAciReferenceRepository,
  createAssociationAssembliesRepository,
  createAssociationDirectoryRepository,
  createAssociationGovernanceRepository,
  createAssociationMembersRepository,
  createAssociationSettingsRepository,
  createAuditRepository,
  createCommuneCodesRepository,
  createContoursRepository,
  createCptsRepository,
  createDiagnosticRepository,
  createEngagementRepository,
  createFhirRepository,
  createGeographyRepository,
  createGpCapacityRepository,
  createHealthRepository,
  createIdentityRepository,
  createImportRunsRepository,
  createImportStagingRepository,
  createInvitationsRepository,
  createLoginThrottleRepository,
  createMailOutboxRepository,
  createMtMatchingRepository,
  createMtRequestsRepository,
  createNonMembersRepository,
  createPartnersRepository,
  createPlansRepository,
  createPortalRepository,
  createProRequestsRepository,
  createPublicThrottleRepository,
  createSlotBookingRepository,
  createSlotsRepository,
  createSpecialistRequestsRepository,
  createTerritoryProposalsRepository,
  createUserIdentitiesRepository,
  type Db,
} from '@maillon/db';
import type { Mailer } from '@maillon/domain';
import type { AuditTrail } from '../use-cases/use-case-context.ts';
import type { AuditRecorder } from './audit-recorder.ts';

/** Without a configured mailer, messages wait in the outbox (composition/mailer.ts). */
const OUTBOX_ONLY: Mailer = {
  delivers: false,
  send: async () => {
    throw new Error('Aucun serveur SMTP configuré.');
  },
};

/**
 * The composition root of storage: every port the use cases declare, implemented by the Drizzle
 * repositories of packages/db on one connection or transaction. Built per request and again per
 * transaction (`UseCaseContext.transaction`), never kept between requests. A port a use case
 * declares must be satisfied by what is built here: TypeScript checks it where routes hand
 * the context to the use case.
 */
export function portsFor(db: Db, audit: AuditRecorder, mailer: Mailer = OUTBOX_ONLY) {
  const trail: AuditTrail = { record: (event) => audit.record(db, event) };
  return {
    aciContracts: createAciContractsRepository(db),
    aciAssessments: createAciAssessmentsRepository(db),
    aciReference: createAciReferenceRepository(db),
    assemblies: createAssociationAssembliesRepository(db),
    associationDirectory: createAssociationDirectoryRepository(db),
    governance: createAssociationGovernanceRepository(db),
    members: createAssociationMembersRepository(db),
    associationSettings: createAssociationSettingsRepository(db),
    auditLog: createAuditRepository(db),
    communeCodes: createCommuneCodesRepository(),
    contours: createContoursRepository(db),
    cpts: createCptsRepository(db),
    diagnostic: createDiagnosticRepository(db),
    engagement: createEngagementRepository(db),
    fhir: createFhirRepository(db),
    geography: createGeographyRepository(db),
    gpCapacity: createGpCapacityRepository(db),
    health: createHealthRepository(db),
    identity: createIdentityRepository(db),
    importRuns: createImportRunsRepository(db),
    importStaging: createImportStagingRepository(db),
    invitations: createInvitationsRepository(db),
    loginThrottle: createLoginThrottleRepository(db),
    mailOutbox: createMailOutboxRepository(db),
    mtMatching: createMtMatchingRepository(db),
    mailer,
    mtRequests: createMtRequestsRepository(db),
    nonMembers: createNonMembersRepository(db),
    partners: createPartnersRepository(db),
    plans: createPlansRepository(db),
    portal: createPortalRepository(db),
    proRequests: createProRequestsRepository(db),
    publicThrottle: createPublicThrottleRepository(db),
    slots: createSlotsRepository(db),
    slotBooking: createSlotBookingRepository(db),
    specialistRequests: createSpecialistRequestsRepository(db),
    territoryProposals: createTerritoryProposalsRepository(db),
    userIdentities: createUserIdentitiesRepository(db),
    audit: trail,
  };
}

export type Ports = ReturnType<typeof portsFor>;
