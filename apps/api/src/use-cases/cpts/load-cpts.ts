import { type CptsRecord, createCptsRepository, type Db } from '@maillon/db';
import { canEditCpts, canReadCpts, DomainError, forbidden, type Principal } from '@maillon/domain';

/**
 * Loads a CPTS the principal may read. A CPTS outside the principal's scope answers 404, so
 * that its existence is not disclosed to other CPTS or regions.
 */
export async function loadReadableCpts(db: Db, principal: Principal, id: string, forUpdate = false): Promise<CptsRecord> {
  const record = await createCptsRepository(db).get(id, { forUpdate });
  if (!record || !canReadCpts(principal, record)) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
  return record;
}

export async function loadEditableCpts(db: Db, principal: Principal, id: string): Promise<CptsRecord> {
  const record = await loadReadableCpts(db, principal, id, true);
  if (!canEditCpts(principal, record)) {
    throw forbidden("Seule l'équipe de coordination de la CPTS peut modifier son identité et son territoire.");
  }
  return record;
}
