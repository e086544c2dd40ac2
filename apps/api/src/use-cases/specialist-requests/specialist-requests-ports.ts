import type {
  CptsRepository,
  IdentityRepository,
  ProRequestsRepository,
  SlotBookingRepository,
  SlotsRepository,
  SpecialistRequestsRepository,
} from '@maillon/domain';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What the use cases of specialist requests read and write (docs/reference/specialist-access.md). */
export interface SpecialistRequestsPorts {
  identity: Pick<IdentityRepository, 'findUserById'>;
  /** The directory's professionals and CPTS memberships, as requests between professionals read them. */
  proRequests: Pick<ProRequestsRepository, 'professional' | 'activeMemberships' | 'candidates'>;
  cpts: Pick<CptsRepository, 'get'>;
  slots: Pick<SlotsRepository, 'slotsOf'>;
  /** The booking of slots (docs/reference/slots.md §3), reused for the consultation. */
  slotBooking: SlotBookingRepository;
  specialistRequests: SpecialistRequestsRepository;
  audit: AuditTrail;
}

export type SpecialistRequestsContext = UseCaseContext<SpecialistRequestsPorts>;
