import { createCptsRepository, type Db } from '@maillon/db';
import type { CptsRecord } from '@maillon/domain';
import { type AssociationAccess, associationAccess, DomainError, forbidden, type Principal } from '@maillon/domain';
import type { AuditRecorder } from '../audit/audit-recorder.ts';

/** What every association use case receives (passed explicitly, no singleton). */
export interface AssociationContext {
  db: Db;
  principal: Principal;
  now: Date;
  /** YYYY-MM-DD in Europe/Paris. */
  today: string;
  /** Every read, export and change of a member's data is recorded here. */
  audit: AuditRecorder;
}

/**
 * Loads a CPTS for an association use case. Outside the principal's scope the CPTS answers
 * 404 (its existence is not disclosed); ARS/CPAM staff asking for more than counts get 403.
 * `forUpdate` locks the CPTS row: the writes of one association (receipt numbers, membership
 * uniqueness, mandates) are serialised.
 */
export async function loadAssociation(
  db: Db,
  principal: Principal,
  options: { cptsId: string; need: Exclude<AssociationAccess, 'none'>; forUpdate?: boolean },
): Promise<CptsRecord & { access: AssociationAccess }> {
  const record = await createCptsRepository(db).get(options.cptsId, { forUpdate: options.forUpdate ?? false });
  const access = record ? associationAccess(principal, record) : 'none';
  if (!record || access === 'none') throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
  if (options.need === 'manage' && access !== 'manage') {
    throw forbidden(
      "Seule l'équipe de coordination de la CPTS gère ses adhérents, ses instances et ses assemblées ; l'ARS et la CPAM en voient les effectifs agrégés.",
    );
  }
  return { ...record, access };
}

/** Runs `work` in a transaction with the CPTS locked and managed by the principal. */
export function inManagedAssociation<T>(
  ctx: AssociationContext,
  cptsId: string,
  work: (tx: Db, cpts: CptsRecord) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const cpts = await loadAssociation(tx, ctx.principal, { cptsId, need: 'manage', forUpdate: true });
    return work(tx, cpts);
  });
}

export const currentYear = (today: string): number => Number(today.slice(0, 4));
