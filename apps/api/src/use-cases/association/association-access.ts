import {
  type AssociationAccess,
  type CptsRecord,
  type CptsRepository,
  DomainError,
  type MemberRecord,
  type Principal,
  requireAssociationAccess,
} from '@maillon/domain';
import type { AssociationContext, AssociationPorts } from './association-ports.ts';

/**
 * Loads a CPTS for an association use case, with the access the principal has to it
 * (`requireAssociationAccess`: 404 outside their scope, 403 for counts-only staff asking more).
 * `forUpdate` locks the CPTS row: the writes of one association (receipt numbers, membership
 * uniqueness, mandates) are serialised.
 */
export async function loadAssociation(
  cpts: Pick<CptsRepository, 'get'>,
  principal: Principal,
  options: { cptsId: string; need: Exclude<AssociationAccess, 'none'>; forUpdate?: boolean },
): Promise<CptsRecord & { access: AssociationAccess }> {
  return requireAssociationAccess(principal, await cpts.get(options.cptsId, { forUpdate: options.forUpdate ?? false }), options.need);
}

/** Runs `work` in a transaction with the CPTS locked and managed by the principal. */
export function inManagedAssociation<T>(
  ctx: AssociationContext,
  cptsId: string,
  work: (ports: AssociationPorts, cpts: CptsRecord) => Promise<T>,
): Promise<T> {
  return ctx.transaction(async (ports) => {
    const cpts = await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'manage', forUpdate: true });
    return work(ports, cpts);
  });
}

/** A member of the CPTS (404 when the CPTS has no such member). */
export async function loadMember(
  ports: Pick<AssociationPorts, 'members'>,
  target: { cptsId: string; memberId: string },
): Promise<MemberRecord> {
  const member = await ports.members.get(target.cptsId, target.memberId);
  if (!member) throw new DomainError('NOT_FOUND', 'Adhérent introuvable.');
  return member;
}

export const currentYear = (today: string): number => Number(today.slice(0, 4));
