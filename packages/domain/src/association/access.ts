import { type CptsScope, canCoordinate, canReadCpts, type Principal } from '../access/principal.ts';

/**
 * What a principal sees of a CPTS association (issue #3, "Access"): its coordination team (and
 * the platform admin) manages members, bodies and assemblies and sees contact data; ARS and CPAM
 * staff who follow it (ARS of its region, CPAM of its département) see counts and rates only; anyone else does not see the CPTS at all.
 */
export type AssociationAccess = 'manage' | 'figures' | 'none';

export function associationAccess(p: Principal, cpts: CptsScope): AssociationAccess {
  if (canCoordinate(p, cpts.id)) return 'manage';
  if (canReadCpts(p, cpts)) return 'figures';
  return 'none';
}
