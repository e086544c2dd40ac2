import type { IdentityRepository, LoginThrottleRepository } from '@maillon/domain';
import type { AuditTrail, PublicContext, UseCaseContext } from '../use-case-context.ts';

/** What sign-in, sessions and passwords need from storage. */
export interface AuthPorts {
  identity: IdentityRepository;
  loginThrottle: LoginThrottleRepository;
  audit: AuditTrail;
}

/** Sign-in: nobody is known yet. */
export type SignInContext = PublicContext<AuthPorts>;

/** The signed-in user working on their own account (sessions, password). */
export type AccountContext = UseCaseContext<AuthPorts>;
