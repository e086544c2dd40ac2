import type {
  AuditEvent,
  CptsRepository,
  GeographyRepository,
  IdentityRepository,
  MtRequestsRepository,
  PublicThrottleRepository,
} from '@maillon/domain';
import type { MailPorts } from '../mail/outbox.ts';
import type { UseCaseContext } from '../use-case-context.ts';

/** What the médecin-traitant desk needs (docs/reference/mt-requests.md). */
export interface MtRequestsPorts extends MailPorts {
  mtRequests: MtRequestsRepository;
  publicThrottle: PublicThrottleRepository;
  cpts: Pick<CptsRepository, 'get' | 'list' | 'unitCodes' | 'territories'>;
  geography: Pick<GeographyRepository, 'searchUnits' | 'unitsByCodes'>;
  identity: Pick<IdentityRepository, 'displayNames'>;
  audit: { record(event: AuditEvent): Promise<void> };
}

export type MtRequestsContext = UseCaseContext<MtRequestsPorts>;
