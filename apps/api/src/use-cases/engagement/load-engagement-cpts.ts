import type { CptsRecord, Principal, TerritoryIndex } from '@maillon/domain';
import { assertMayManageEngagementLists } from '@maillon/domain';
import { readableCpts } from '../cpts/load-cpts.ts';
import type { EngagementPorts } from './engagement-ports.ts';

export type { EngagementContext } from './engagement-ports.ts';

export interface EngagementCpts {
  record: CptsRecord;
  unitCodes: string[];
}

/**
 * A CPTS whose engagement figures the principal may read: aggregates (rates, series) are for
 * whoever reads the CPTS, ARS/CPAM of its region included; anyone else gets 404.
 */
export async function loadEngagementFigures(
  ports: Pick<EngagementPorts, 'cpts'>,
  principal: Principal,
  id: string,
  forUpdate = false,
): Promise<EngagementCpts> {
  const record = await readableCpts(ports.cpts, principal, id, forUpdate);
  return { record, unitCodes: await ports.cpts.unitCodes(id) };
}

/**
 * A CPTS whose lists (professionals to invite, invitations, partners) the principal manages: its
 * coordination team and the admin (issue #3 "Access"); ARS/CPAM see figures only (403).
 */
export async function loadEngagementLists(
  ports: Pick<EngagementPorts, 'cpts'>,
  principal: Principal,
  id: string,
  forUpdate = false,
): Promise<EngagementCpts> {
  const loaded = await loadEngagementFigures(ports, principal, id, forUpdate);
  assertMayManageEngagementLists(principal, loaded.record);
  return loaded;
}

/** Name of a unit from the reference geography, or its code. */
export function unitName(index: TerritoryIndex, code: string): string {
  return index.units[index.indexByCode.get(code) ?? -1]?.name ?? code;
}
