import type { CptsRepository, GpCapacityRepository, IdentityRepository } from '@maillon/domain';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What the GP-capacity use cases read and write. */
export interface GpCapacityPorts {
  identity: Pick<IdentityRepository, 'findUserById'>;
  cpts: Pick<CptsRepository, 'get' | 'unitCodes'>;
  gpCapacity: GpCapacityRepository;
  audit: AuditTrail;
}

export type GpCapacityContext = UseCaseContext<GpCapacityPorts>;
