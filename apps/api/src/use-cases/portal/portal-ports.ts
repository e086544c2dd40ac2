import type { CptsRepository, IdentityRepository, PortalRepository } from '@maillon/domain';
import type { MemberSelfPorts } from '../association/member-self.ts';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What the member portal reads: the user's account, their memberships and the assemblies of their CPTS. */
export interface PortalPorts extends Pick<MemberSelfPorts, 'members' | 'associationSettings'> {
  identity: Pick<IdentityRepository, 'findUserById'>;
  cpts: Pick<CptsRepository, 'get'>;
  portal: PortalRepository;
  audit: AuditTrail;
}

export type PortalContext = UseCaseContext<PortalPorts>;
