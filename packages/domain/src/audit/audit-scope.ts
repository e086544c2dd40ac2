import { coordinatedCpts, isAdmin, type Principal } from '../access/principal.ts';
import { DomainError, invalid } from '../errors.ts';
import { canReadAuditTrail } from './audit-event.ts';

/**
 * The CPTS whose trail a principal reads (docs/reference/personal-data.md, « The audit trail »):
 * the admin reads every entry (`undefined`) or one CPTS's; a coordination team reads its own
 * CPTS's and need not name it when it coordinates only one. Any other reader is refused, and a
 * CPTS outside the reader's reach is « not found » (its existence is not confirmed).
 */
export function auditTrailCpts(principal: Principal, requested: string | undefined): string | undefined {
  const own = coordinatedCpts(principal);
  const cptsId = requested ?? (isAdmin(principal) ? undefined : own.length === 1 ? own[0] : undefined);
  if (cptsId === undefined && !isAdmin(principal)) {
    if (own.length > 1) throw invalid('cptsId', 'Précisez la CPTS dont vous consultez le journal.');
    throw new DomainError('FORBIDDEN', "Le journal d'audit est réservé à l'équipe de coordination de la CPTS et à l'administration.");
  }
  if (!canReadAuditTrail(principal, cptsId ?? null)) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
  return cptsId;
}

/** A period of days (YYYY-MM-DD, both inclusive) must not end before it starts. */
export function checkAuditPeriod(from: string | undefined, to: string | undefined): void {
  if (from && to && to < from) throw invalid('to', 'La fin de la période précède son début.');
}
