import type {
  AssociationAssembliesRepository,
  AssociationDirectoryRepository,
  AssociationGovernanceRepository,
  AssociationMembersRepository,
  AssociationSettingsRepository,
  CptsRepository,
  IdentityRepository,
} from '@maillon/domain';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What the association use cases (members, dues, categories, bodies, assemblies) need from storage. */
export interface AssociationPorts {
  cpts: Pick<CptsRepository, 'get' | 'unitCodes'>;
  members: AssociationMembersRepository;
  associationSettings: AssociationSettingsRepository;
  governance: AssociationGovernanceRepository;
  assemblies: AssociationAssembliesRepository;
  associationDirectory: Pick<AssociationDirectoryRepository, 'professional' | 'search'>;
  identity: Pick<IdentityRepository, 'findUserById'>;
  /** Every read, export and change of a member's data is recorded here. */
  audit: AuditTrail;
}

export type AssociationContext = UseCaseContext<AssociationPorts>;
