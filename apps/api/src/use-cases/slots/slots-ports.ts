import type { CptsRepository, IdentityRepository, SlotsRepository } from '@maillon/domain';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What the slot-publication use cases read and write (docs/reference/slots.md §1 and §5). */
export interface SlotsPorts {
  identity: Pick<IdentityRepository, 'findUserById'>;
  cpts: Pick<CptsRepository, 'get'>;
  slots: SlotsRepository;
  audit: AuditTrail;
}

export type SlotsContext = UseCaseContext<SlotsPorts>;
