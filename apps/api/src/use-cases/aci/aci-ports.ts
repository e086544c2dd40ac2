import type {
  AciAssessmentsRepository,
  AciContractsRepository,
  AciReferenceRepository,
  AssociationAssembliesRepository,
  AssociationMembersRepository,
  CptsRepository,
  IdentityRepository,
  MtRequestsRepository,
  SlotBookingRepository,
} from '@maillon/domain';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What the ACI contract use cases need from storage. */
export interface AciPorts {
  aciContracts: AciContractsRepository;
  aciAssessments: AciAssessmentsRepository;
  aciReference: AciReferenceRepository;
  cpts: Pick<CptsRepository, 'get' | 'list' | 'history' | 'appendTransition' | 'milestones'>;
  identity: Pick<IdentityRepository, 'displayNames'>;
  audit: AuditTrail;
}

export type AciContext = UseCaseContext<AciPorts>;

/** The yearly assessment and its report also count members and assemblies (values computed by Maillon). */
export interface AciAssessmentPorts extends AciPorts {
  members: Pick<AssociationMembersRepository, 'list'>;
  assemblies: Pick<AssociationAssembliesRepository, 'list'>;
  /** Médecin-traitant requests, counted for the access-to-care lines (no identity is read out). */
  mtRequests: Pick<MtRequestsRepository, 'list'>;
  /** Slot use, counted for the access-to-care lines (docs/reference/slots.md §6). */
  slotBooking: Pick<SlotBookingRepository, 'slotUse'>;
}

export type AciAssessmentContext = UseCaseContext<AciAssessmentPorts>;
