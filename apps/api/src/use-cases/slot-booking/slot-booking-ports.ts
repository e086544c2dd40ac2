import type {
  CptsRepository,
  CptsScope,
  GeographyRepository,
  IdentityRepository,
  MtMatchingRepository,
  Principal,
  SlotBookingRepository,
  SpecialistRequestsRepository,
} from '@maillon/domain';
import type { MailPorts } from '../mail/outbox.ts';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What regulation, booking and slot use read and write (docs/reference/slots.md §2–3, §6). */
export interface SlotBookingPorts extends MailPorts {
  slotBooking: SlotBookingRepository;
  /** `territories` is read from the process's version-keyed copy in a territorial context (the search's). */
  cpts: Pick<CptsRepository, 'get' | 'list' | 'territories'>;
  identity: Pick<IdentityRepository, 'findUserById'>;
  /** Units with their centroid: the médecin-traitant matching's geography, reused for distances. */
  mtMatching: Pick<MtMatchingRepository, 'matchingUnits'>;
  geography: Pick<GeographyRepository, 'unitsByCodes'>;
  /** A cancelled consultation booked for a specialist request reopens the request (docs/reference/specialist-access.md §2). */
  specialistRequests: Pick<SpecialistRequestsRepository, 'reopenAfterCancelledBooking'>;
  audit: AuditTrail;
}

export type SlotBookingContext = UseCaseContext<SlotBookingPorts>;

/** Scopes of CPTS read in one request, each once. */
export function cptsScopes(ports: Pick<SlotBookingPorts, 'cpts'>) {
  const cache = new Map<string, Promise<(CptsScope & { name: string }) | null>>();
  return (id: string) => {
    let found = cache.get(id);
    if (!found) {
      found = ports.cpts
        .get(id)
        .then((c) => (c ? { id: c.id, regionCode: c.regionCode, departementCodes: c.departementCodes, name: c.name } : null));
      cache.set(id, found);
    }
    return found;
  };
}

/** The national professional id of the signed-in account, if it holds one (a health professional). */
export async function professionalId(ports: Pick<SlotBookingPorts, 'identity'>, principal: Principal): Promise<string | null> {
  return (await ports.identity.findUserById(principal.userId))?.idNatPs ?? null;
}
