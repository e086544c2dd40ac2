import {
  type CptsRecord,
  type CptsRepository,
  type CptsTerritoryRow,
  canEditCpts,
  canEditIdentityAndTerritory,
  canReadCpts,
  DomainError,
  forbidden,
  type Principal,
} from '@maillon/domain';

/**
 * Loads a CPTS the principal may read. A CPTS outside the principal's scope answers 404, so
 * that its existence is not disclosed to other CPTS or regions. `forUpdate` locks its row
 * until the end of the transaction (the writes of one CPTS are serialised).
 */
export async function readableCpts(
  cpts: Pick<CptsRepository, 'get'>,
  principal: Principal,
  id: string,
  forUpdate = false,
): Promise<CptsRecord> {
  const record = await cpts.get(id, { forUpdate });
  if (!record || !canReadCpts(principal, record)) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
  return record;
}

/** A CPTS whose coordination-team records (missions) the principal may change, locked. */
export async function editableCpts(cpts: Pick<CptsRepository, 'get'>, principal: Principal, id: string): Promise<CptsRecord> {
  const record = await readableCpts(cpts, principal, id, true);
  if (!canEditCpts(principal, record)) {
    throw forbidden("Seule l'équipe de coordination de la CPTS peut enregistrer le suivi de ses missions.");
  }
  return record;
}

/** A CPTS whose identity and territory the principal may change (coordination, region staff, admin), locked. */
export async function maintainableCpts(cpts: Pick<CptsRepository, 'get'>, principal: Principal, id: string): Promise<CptsRecord> {
  const record = await readableCpts(cpts, principal, id, true);
  if (!canEditIdentityAndTerritory(principal, record)) {
    throw forbidden(
      "L'identité et le territoire de la CPTS sont tenus par son équipe de coordination et par l'ARS ou la CPAM de sa région.",
    );
  }
  return record;
}

/**
 * A CPTS's unit codes, taken from every CPTS's territories when they are at hand (outside a
 * transaction they are the version-keyed copy, read after the record, so not older): the query
 * is only for a CPTS that has gone from them in between (issue #11 item 3).
 */
export async function unitCodesAmong(
  territories: readonly CptsTerritoryRow[],
  cpts: Pick<CptsRepository, 'unitCodes'>,
  id: string,
): Promise<string[]> {
  const own = territories.find((t) => t.id === id);
  return own ? [...own.unitCodes] : cpts.unitCodes(id);
}
