import { createCptsRepository, type Db } from '@maillon/db';
import type { CptsRecord, CptsRepository } from '@maillon/domain';
import { canEditCpts, canEditIdentityAndTerritory, canReadCpts, DomainError, forbidden, type Principal } from '@maillon/domain';

/**
 * Loads a CPTS the principal may read. A CPTS outside the principal's scope answers 404, so
 * that its existence is not disclosed to other CPTS or regions.
 */
export async function readableCpts(
  repo: Pick<CptsRepository, 'get'>,
  principal: Principal,
  id: string,
  forUpdate = false,
): Promise<CptsRecord> {
  const record = await repo.get(id, { forUpdate });
  if (!record || !canReadCpts(principal, record)) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
  return record;
}

export async function loadReadableCpts(db: Db, principal: Principal, id: string, forUpdate = false): Promise<CptsRecord> {
  return readableCpts(createCptsRepository(db), principal, id, forUpdate);
}

/** A CPTS whose coordination-team records (missions) the principal may change. */
export async function loadEditableCpts(db: Db, principal: Principal, id: string): Promise<CptsRecord> {
  const record = await loadReadableCpts(db, principal, id, true);
  if (!canEditCpts(principal, record)) {
    throw forbidden("Seule l'équipe de coordination de la CPTS peut enregistrer le suivi de ses missions.");
  }
  return record;
}

/** A CPTS whose identity and territory the principal may change (coordination, region staff, admin). */
export async function loadMaintainableCpts(db: Db, principal: Principal, id: string): Promise<CptsRecord> {
  const record = await loadReadableCpts(db, principal, id, true);
  if (!canEditIdentityAndTerritory(principal, record)) {
    throw forbidden(
      "L'identité et le territoire de la CPTS sont tenus par son équipe de coordination et par l'ARS ou la CPAM de sa région.",
    );
  }
  return record;
}
