import type {
  CptsRepository,
  EngagementRepository,
  InvitationsRepository,
  NonMembersRepository,
  PartnersRepository,
} from '@maillon/domain';
import type { DirectorySourcesPorts } from '../diagnostic/diagnostic-ports.ts';
import type { AuditTrail, TerritorialContext } from '../use-case-context.ts';

/** What the engagement screens (rates, professionals to invite, invitations, partners) need from storage. */
export interface EngagementPorts extends DirectorySourcesPorts {
  cpts: Pick<CptsRepository, 'get' | 'unitCodes'>;
  engagement: EngagementRepository;
  invitations: InvitationsRepository;
  nonMembers: NonMembersRepository;
  partners: PartnersRepository;
  /** Nominative lists (professionals to invite, invitations) are recorded here when read or changed. */
  audit: AuditTrail;
}

export type EngagementContext = TerritorialContext<EngagementPorts>;
