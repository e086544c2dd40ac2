import type {
  CptsRepository,
  GeographyRepository,
  GpCapacityRepository,
  IdentityRepository,
  Mailer,
  MailOutboxRepository,
  MatchingInput,
  MatchingProgress,
  MatchingResult,
  MtMatchingRepository,
  MtRequestsRepository,
  UserIdentitiesRepository,
} from '@maillon/domain';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** Runs `matchPatients` somewhere (a worker thread in the API), reporting its progress. */
export interface MatchingEngine {
  run(input: MatchingInput, onProgress: (progress: MatchingProgress) => void): Promise<MatchingResult>;
}

/** What matching runs, proposals and the GP's workflow read and write. */
export interface MtMatchingPorts {
  cpts: Pick<CptsRepository, 'get' | 'unitCodes' | 'list'>;
  geography: Pick<GeographyRepository, 'unitsByCodes'>;
  identity: Pick<IdentityRepository, 'findUserById' | 'displayNames'>;
  userIdentities: Pick<UserIdentitiesRepository, 'findUserByIdNatPs'>;
  mtRequests: Pick<MtRequestsRepository, 'list' | 'get' | 'update' | 'addEvent' | 'settings' | 'counts'>;
  gpCapacity: GpCapacityRepository;
  mtMatching: MtMatchingRepository;
  mailOutbox: MailOutboxRepository;
  mailer: Mailer;
  audit: AuditTrail;
}

export type MtMatchingContext = UseCaseContext<MtMatchingPorts>;
