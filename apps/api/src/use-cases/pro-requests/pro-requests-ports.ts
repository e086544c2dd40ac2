import type {
  CptsRepository,
  GeographyRepository,
  IdentityRepository,
  MtMatchingRepository,
  ProRequestsRepository,
  UserIdentitiesRepository,
} from '@maillon/domain';
import type { MailPorts } from '../mail/outbox.ts';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What the use cases of requests between professionals read and write (docs/reference/pro-requests.md). */
export interface ProRequestsPorts extends MailPorts {
  identity: Pick<IdentityRepository, 'findUserById'>;
  userIdentities: Pick<UserIdentitiesRepository, 'findUserByIdNatPs'>;
  cpts: Pick<CptsRepository, 'get' | 'unitCodes'>;
  geography: Pick<GeographyRepository, 'unitsByCodes'>;
  mtMatching: Pick<MtMatchingRepository, 'matchingUnits'>;
  proRequests: ProRequestsRepository;
  audit: AuditTrail;
}

export type ProRequestsContext = UseCaseContext<ProRequestsPorts>;
